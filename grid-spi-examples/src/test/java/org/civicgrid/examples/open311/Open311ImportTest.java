package org.civicgrid.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Tier;
import org.civicgrid.routing.cases.Urgency;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.InMemoryCaseStorageFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Open311ImportTest {
  private static final Instant NOW = Instant.parse("2024-05-01T02:00:00Z");

  private final CaseStorage storage = new InMemoryCaseStorageFactory().create(Config.empty());
  private final Open311Import open311 = new Open311Import(storage, Open311Fixtures.CATALOGUE, Actor.of("p-open311"),
      Clock.fixed(NOW, ZoneOffset.UTC),
      address -> address.equals("阜新市细河区中华路1号") ? Optional.of(CasePlace.place("building-1")) : Optional.empty());

  @AfterEach
  void close() {
    storage.close();
  }

  @Test
  void anAppPostBecomesAReportedCaseWithAMaskedReporter() {
    Imported imported = open311.submit(burstMainPost());

    assertThat(imported.created()).isTrue();
    Case intake = imported.file().state().intake();
    assertThat(imported.file().state().status()).isEqualTo(CaseStatus.REPORTED);
    assertThat(intake.category()).isEqualTo("0401");
    assertThat(intake.channel()).isEqualTo(Channel.APP);
    assertThat(intake.place()).isEqualTo(CasePlace.at(GeoPoint.wgs84(121.6481, 42.0115)));
    assertThat(intake.urgency()).isEqualTo(Urgency.EMERGENCY);
    assertThat(intake.tier()).isEqualTo(Tier.NETWORK);
    assertThat(intake.attachments()).containsExactly(URI.create("https://media.example.org/1.jpg"));
    assertThat(intake.reporter()).hasToString("resident 张* 138****5678");
    assertThat(imported.file().log().get(0).at()).isEqualTo(NOW);
  }

  @Test
  void postingTheSameFormAgainFindsTheCase() {
    Imported first = open311.submit(burstMainPost());
    Imported again = open311.submit(burstMainPost());

    assertThat(again.created()).isFalse();
    assertThat(again.file().id()).isEqualTo(first.file().id());
    assertThat(first.file().id().value()).startsWith("o311-");
    assertThat(storage.cases().version(first.file().id())).isEqualTo(1);
  }

  @Test
  void aRequestFromAnotherSystemKeepsItsIdAndIsImportedOnce() {
    Map<String, String> form = burstMainPost();
    form.put("service_request_id", "fx-12345-2024");

    Imported first = open311.submit(form);
    Imported again = open311.submit(form);

    assertThat(first.file().id()).isEqualTo(CaseId.of("fx-12345-2024"));
    assertThat(first.file().state().intake().channel()).isEqualTo(Channel.TRANSFER_IN);
    assertThat(again.created()).isFalse();
    assertThat(again.file().log()).isEqualTo(first.file().log());
  }

  @Test
  void aRequestIdThatIsNoCaseNumberMapsToAStableHashedOne() {
    Map<String, String> form = burstMainPost();
    form.put("token", "12345/2024 阜新");

    CaseId id = open311.submit(form).file().id();

    assertThat(id.value()).matches("o311-[0-9a-f]{24}");
    assertThat(open311.submit(form).file().id()).isEqualTo(id);
  }

  @Test
  void theSameRequestIdWithOtherContentIsRefused() {
    Map<String, String> form = burstMainPost();
    form.put("service_request_id", "fx-1");
    open311.submit(form);
    form.put("description", "另一件事");

    assertError(() -> open311.submit(form), "service_request_id fx-1 is already case fx-1 with other content");
  }

  @Test
  void anAddressIsLocatedByTheApplicationsGeocoder() {
    Map<String, String> form = burstMainPost();
    form.remove("lat");
    form.remove("long");
    form.put("address_string", "阜新市细河区中华路1号");

    assertThat(open311.submit(form).file().state().intake().place()).isEqualTo(CasePlace.place("building-1"));
  }

  @Test
  void anImportedClosedRequestWithoutExactStatusIsClosedByTheSubcategorysDepartment() {
    String json = "[{\"service_request_id\":\"fx-9\",\"status\":\"closed\",\"service_code\":\"0401\","
        + "\"description\":\"供水管道破裂\",\"requested_datetime\":\"2024-05-01T09:00:00+08:00\","
        + "\"updated_datetime\":\"2024-05-01T12:00:00+08:00\",\"lat\":42.0115,\"long\":121.6481}]";

    Imported imported = open311.requests(json).get(0);

    assertThat(imported.file().state().status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(imported.file().state().units()).containsExactly(HandlingUnit.department("water-supply"));
    assertThat(imported.file().state().lastAt()).isEqualTo(Instant.parse("2024-05-01T04:00:00Z"));
    assertThat(imported.file().log().get(0).at()).isEqualTo(Instant.parse("2024-05-01T01:00:00Z"));
  }

  @Test
  void anUnknownServiceCodeIsRefused() {
    Map<String, String> form = burstMainPost();
    form.put("service_code", "0499");

    assertError(() -> open311.submit(form), "service_code 0499 is not a service of catalogue social-governance");
  }

  @Test
  void aMissingServiceCodeIsRefused() {
    Map<String, String> form = burstMainPost();
    form.remove("service_code");

    assertError(() -> open311.submit(form), "service_code is missing");
  }

  @Test
  void aMissingDescriptionIsRefused() {
    Map<String, String> form = burstMainPost();
    form.put("description", " ");

    assertError(() -> open311.submit(form), "description is missing");
  }

  @Test
  void aMissingLocationIsRefused() {
    Map<String, String> form = burstMainPost();
    form.remove("lat");
    form.remove("long");

    assertError(() -> open311.submit(form), "a location is missing: give lat and long, address_string or address_id");
  }

  @Test
  void latWithoutLongIsRefused() {
    Map<String, String> form = burstMainPost();
    form.remove("long");

    assertError(() -> open311.submit(form), "lat 42.0115 is given without long");
  }

  @Test
  void anOutOfRangeLatitudeIsRefused() {
    Map<String, String> form = burstMainPost();
    form.put("lat", "92.5");

    assertError(() -> open311.submit(form), "lat 92.5 is outside -90..90");
  }

  @Test
  void aLongitudeThatIsNoNumberIsRefused() {
    Map<String, String> form = burstMainPost();
    form.put("long", "121,6481");

    assertError(() -> open311.submit(form), "long 121,6481 is not a number");
  }

  @Test
  void anAddressTheGeocoderCannotPlaceIsRefused() {
    Map<String, String> form = burstMainPost();
    form.remove("lat");
    form.remove("long");
    form.put("address_string", "火星");

    assertError(() -> open311.submit(form), "address_string 火星 could not be located");
  }

  @Test
  void aBadAttributeValueIsRefused() {
    Map<String, String> form = burstMainPost();
    form.put("attribute[urgency]", "asap");

    assertError(() -> open311.submit(form),
        "attribute[urgency] asap is not one of [normal, urgent, emergency]");
  }

  @Test
  void anUnknownAttributeIsRefused() {
    Map<String, String> form = burstMainPost();
    form.put("attribute[colour]", "red");

    assertError(() -> open311.submit(form), "attribute[colour] is not an attribute of the service");
  }

  @Test
  void aMediaUrlThatIsNoWebAddressIsRefused() {
    Map<String, String> form = burstMainPost();
    form.put("media_url", "file:///etc/passwd");

    assertError(() -> open311.submit(form), "media_url file:///etc/passwd is not an http(s) URL");
  }

  @Test
  void aBadPhoneIsRefusedWithoutQuotingIt() {
    Map<String, String> form = burstMainPost();
    form.put("phone", "12-34");

    assertThatThrownBy(() -> open311.submit(form)).isInstanceOfSatisfying(Open311Error.class, e -> {
      assertThat(e.description()).startsWith("first_name, last_name or phone: reporter phone must have 7 to 15 digits");
      assertThat(e.toJson()).doesNotContain("12-34");
    });
  }

  @Test
  void malformedJsonIsRefusedWithItsPosition() {
    assertError(() -> open311.requests("[{\"service_code\":\"0401\","), "the body is not JSON");
  }

  @Test
  void aRequestListThatIsNoArrayIsRefused() {
    assertError(() -> open311.requests("{\"service_code\":\"0401\"}"), "requests must be a JSON array, not OBJECT");
  }

  @Test
  void aRequestWithoutIdIsRefused() {
    assertError(() -> open311.requests("[{\"status\":\"open\",\"service_code\":\"0401\",\"description\":\"漏水\","
        + "\"lat\":42.0,\"long\":121.6}]"), "service_request_id is missing");
  }

  @Test
  void aRatedRequestWithoutItsRatingIsRefused() {
    assertError(() -> open311.requests("[{\"service_request_id\":\"fx-2\",\"status\":\"closed\",\"service_code\":"
        + "\"0401\",\"description\":\"漏水\",\"lat\":42.0,\"long\":121.6,\"extended_attributes\":"
        + "{\"civicgrid_status\":\"rated\"}}]"), "civicgrid_satisfaction is missing for civicgrid_status rated");
  }

  @Test
  void aBadRequestInAListStoresNoneOfIt() {
    String json = "[{\"service_request_id\":\"fx-3\",\"status\":\"open\",\"service_code\":\"0401\","
        + "\"description\":\"漏水\",\"lat\":42.0,\"long\":121.6},"
        + "{\"service_request_id\":\"fx-4\",\"status\":\"open\",\"service_code\":\"0401\","
        + "\"description\":\"漏水\",\"lat\":42.0,\"long\":121.6,\"extended_attributes\":"
        + "{\"civicgrid_handling_units\":[\"team:7\"]}}]";

    assertError(() -> open311.requests(json),
        "civicgrid_handling_units team:7 is not grid:<grid code> or department:<id>");
    assertThat(storage.cases().version(CaseId.of("fx-3"))).isZero();
  }

  private static Map<String, String> burstMainPost() {
    Map<String, String> form = new HashMap<>();
    form.put("service_code", "0401");
    form.put("lat", "42.0115");
    form.put("long", "121.6481");
    form.put("description", "小区门口供水管道破裂");
    form.put("attribute[urgency]", "emergency");
    form.put("attribute[tier]", "network");
    form.put("media_url", "https://media.example.org/1.jpg");
    form.put("first_name", "三");
    form.put("last_name", "张");
    form.put("email", "zhang@example.org");
    form.put("phone", "13812345678");
    return form;
  }

  private static void assertError(Runnable call, String description) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(Open311Error.class, e -> {
      assertThat(e.status()).isEqualTo(400);
      assertThat(e.description()).startsWith(description);
      assertThat(e.toJson()).startsWith("[{\"code\":400,\"description\":\"" + description);
    });
  }
}
