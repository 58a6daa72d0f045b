package org.civicgrid.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.civicgrid.routing.category.CategoryCatalogues;
import org.junit.jupiter.api.Test;

class ServiceExportTest {
  private final ServiceExport chinese = new ServiceExport(CategoryCatalogues.socialGovernance(), Locale.CHINESE);

  @Test
  void everySubcategoryIsAServiceGroupedByItsMainClass() {
    ArrayNode services = chinese.services();

    assertThat(services).hasSize(CategoryCatalogues.socialGovernance().subcategories().size());
    JsonNode burstMain = service(services, "0401");
    assertThat(burstMain.get("service_name").asText()).isEqualTo("供水管道破裂");
    assertThat(burstMain.get("group").asText()).isEqualTo("公用事业");
    assertThat(burstMain.get("type").asText()).isEqualTo("realtime");
    assertThat(burstMain.get("metadata").asBoolean()).isTrue();
    assertThat(burstMain.get("keywords").asText()).isEqualTo("burst water main,water-supply,department");
    assertThat(burstMain.get("description").asText()).isEqualTo("burst water main; handling limit 4 calendar hours");
  }

  @Test
  void englishNamesWhenAskedFor() {
    JsonNode dispute = service(new ServiceExport(CategoryCatalogues.socialGovernance(), Locale.ENGLISH).services(),
        "0101");

    assertThat(dispute.get("service_name").asText()).isEqualTo("neighbour dispute");
    assertThat(dispute.get("group").asText()).isEqualTo("disputes");
  }

  @Test
  void definitionShowsTheFilingConditionAndOffersUrgencyAndTier() {
    JsonNode attributes = chinese.definition("0401").get("attributes");

    assertThat(attributes.get(0).get("code").asText()).isEqualTo("filing_condition");
    assertThat(attributes.get(0).get("variable").asBoolean()).isFalse();
    assertThat(attributes.get(0).get("description").asText()).isEqualTo("供水管道破裂、漏水，影响居民用水");
    assertThat(attributes.get(1).get("code").asText()).isEqualTo("urgency");
    assertThat(attributes.get(1).get("datatype").asText()).isEqualTo("singlevaluelist");
    assertThat(attributes.get(1).get("values").findValuesAsText("key")).containsExactly("normal", "urgent",
        "emergency");
    assertThat(attributes.get(2).get("values").findValuesAsText("key")).containsExactly("household", "grid",
        "network");
  }

  @Test
  void unknownServiceCodeIsAGeoReportError() {
    assertThatThrownBy(() -> chinese.definition("9901"))
        .isInstanceOfSatisfying(Open311Error.class, e -> assertThat(e.toJson()).isEqualTo(
            "[{\"code\":400,\"description\":\"service_code 9901 is not a service of catalogue social-governance\"}]"));
  }

  private static JsonNode service(ArrayNode services, String code) {
    return StreamSupport.stream(services.spliterator(), false)
        .filter(s -> s.get("service_code").asText().equals(code)).findFirst().orElseThrow();
  }
}
