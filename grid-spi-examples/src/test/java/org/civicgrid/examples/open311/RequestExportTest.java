package org.civicgrid.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.examples.open311.Open311Fixtures.FUXIN_GCJ02;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.geo.crs.CoordinateTransforms;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.stats.DueDates;
import org.junit.jupiter.api.Test;

class RequestExportTest {
  private final RequestExport export = Open311Fixtures.export(DueDates.builder()
      .handling(CaseId.of("c-0401-1"), Instant.parse("2024-05-01T05:00:00Z"))
      .closing(CaseId.of("c-0401-1"), Instant.parse("2024-05-02T01:00:00Z")).build());

  @Test
  void aCaseBeingHandledIsOpenWithItsExactStatusKeptAside() {
    JsonNode request = export.request(Open311Fixtures.burstMainHandling());

    assertThat(request.get("service_request_id").asText()).isEqualTo("c-0401-1");
    assertThat(request.get("status").asText()).isEqualTo("open");
    assertThat(request.has("status_notes")).isFalse();
    assertThat(request.get("service_code").asText()).isEqualTo("0401");
    assertThat(request.get("service_name").asText()).isEqualTo("供水管道破裂");
    assertThat(request.get("agency_responsible").asText()).isEqualTo("department water-supply");
    assertThat(request.get("requested_datetime").asText()).isEqualTo("2024-05-01T09:00:00+08:00");
    assertThat(request.get("updated_datetime").asText()).isEqualTo("2024-05-01T11:30:00+08:00");
    assertThat(request.get("expected_datetime").asText()).isEqualTo("2024-05-02T09:00:00+08:00");
    JsonNode extended = request.get("extended_attributes");
    assertThat(extended.get("civicgrid_status").asText()).isEqualTo("handling");
    assertThat(extended.get("civicgrid_channel").asText()).isEqualTo("hotline");
    assertThat(extended.get("civicgrid_urgency").asText()).isEqualTo("emergency");
    assertThat(extended.get("civicgrid_tier").asText()).isEqualTo("network");
    assertThat(extended.get("civicgrid_deadline").asText()).isEqualTo("2024-05-01T13:00:00+08:00");
    assertThat(List.of(extended.get("civicgrid_handling_units").get(0).asText(),
        extended.get("civicgrid_handling_units").get(1).asText()))
        .containsExactly("department:water-supply", "grid:210902001001");
  }

  @Test
  void aGcj02PointIsWrittenInWgs84() {
    JsonNode request = export.request(Open311Fixtures.burstMainHandling());

    GeoPoint wgs84 = CoordinateTransforms.transform(FUXIN_GCJ02, CoordinateSystem.WGS84);
    assertThat(request.get("lat").asDouble()).isEqualTo(wgs84.latitude());
    assertThat(request.get("long").asDouble()).isEqualTo(wgs84.longitude());
    assertThat(request.get("long").asDouble()).isNotEqualTo(FUXIN_GCJ02.longitude());
  }

  @Test
  void theFirstAttachmentIsTheMediaUrlAndAllAreKeptAside() {
    JsonNode request = export.request(Open311Fixtures.burstMainHandling());

    assertThat(request.get("media_url").asText()).isEqualTo("https://media.example.org/c-0401-1/1.jpg");
    assertThat(request.get("extended_attributes").get("civicgrid_media_urls")).hasSize(2);
  }

  @Test
  void theReporterIsNeverWritten() {
    String json = export.request(Open311Fixtures.burstMainHandling()).toString();

    assertThat(json).doesNotContain("张").doesNotContain("13812345678").doesNotContain("5678");
  }

  @Test
  void aRejectedCaseIsClosedWithItsReasonAsStatusNotes() {
    JsonNode request = export.request(Open311Fixtures.blockedCarRejected());

    assertThat(request.get("status").asText()).isEqualTo("closed");
    assertThat(request.get("status_notes").asText()).isEqualTo("车主已自行挪车");
    assertThat(request.has("lat")).isFalse();
    assertThat(request.has("expected_datetime")).isFalse();
    assertThat(request.get("extended_attributes").get("civicgrid_status").asText()).isEqualTo("rejected");
    assertThat(request.get("extended_attributes").get("civicgrid_grid").asText()).isEqualTo("210902001001");
  }

  @Test
  void aBuildingIsTheAddressIdAndARatingIsKept() {
    JsonNode request = export.request(Open311Fixtures.disputeRated());

    assertThat(request.get("address_id").asText()).isEqualTo("building-3");
    assertThat(request.get("status").asText()).isEqualTo("closed");
    assertThat(request.get("extended_attributes").get("civicgrid_satisfaction").asInt()).isEqualTo(5);
  }

  @Test
  void requestsKeepTheGivenOrder() {
    assertThat(export.requests(List.of(Open311Fixtures.disputeRated(), Open311Fixtures.blockedCarRejected()))
        .findValuesAsText("service_request_id")).containsExactly("c-0101-7", "c-0202-3");
  }
}
