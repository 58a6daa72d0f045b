package org.civicgrid.routing.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.civicgrid.core.io.CivicGridJsonModule;
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.routing.calendar.TimeLimit;
import org.junit.jupiter.api.Test;

class CategoryJsonModuleTest {
  private final JsonMapper mapper = JsonMapper.builder()
      .addModule(new CivicGridJsonModule())
      .addModule(new CategoryJsonModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  @Test
  void valuesAreWrittenInTheirCatalogueForms() throws Exception {
    assertThat(mapper.writeValueAsString(TimeLimit.workingDays(15)))
        .isEqualTo("{\"amount\":15,\"unit\":\"working-days\"}");
    assertThat(mapper.writeValueAsString(TestCatalogues.UTILITIES))
        .isEqualTo("{\"code\":\"04\",\"names\":{\"zh\":\"公用事业\",\"en\":\"utilities\"}}");
    assertThat(mapper.writeValueAsString(TestCatalogues.BURST_MAIN)).isEqualTo("{\"code\":\"0401\","
        + "\"names\":{\"zh\":\"供水管道破裂\",\"en\":\"burst water main\"},\"filingCondition\":\"供水管道破裂、漏水\","
        + "\"handlingLimit\":{\"amount\":4,\"unit\":\"natural-hours\"},\"closingCondition\":\"恢复正常供水\","
        + "\"department\":\"water-supply\",\"dispatchTo\":\"department\"}");
  }

  @Test
  void mainClassesLimitsAndCataloguesReadBack() throws Exception {
    assertThat(mapper.readValue(mapper.writeValueAsString(TimeLimit.calendarHours(4)), TimeLimit.class))
        .isEqualTo(TimeLimit.calendarHours(4));
    assertThat(mapper.readValue(mapper.writeValueAsString(TestCatalogues.DISPUTES), Category.class))
        .isEqualTo(TestCatalogues.DISPUTES);
    CategoryCatalogue preset = CategoryCatalogues.cityManagementEvents();
    assertThat(mapper.readValue(mapper.writeValueAsString(preset), CategoryCatalogue.class)).isEqualTo(preset);
    List<TimeLimit> limits = mapper.readValue("[{\"amount\":1,\"unit\":\"working-days\"}]",
        mapper.getTypeFactory().constructCollectionType(List.class, TimeLimit.class));
    assertThat(limits).containsExactly(TimeLimit.workingDays(1));
  }

  @Test
  void readersStayStrictWhateverTheMappersSettings() {
    assertThatThrownBy(() -> mapper.readValue("{\"amount\":0,\"unit\":\"working-days\"}", TimeLimit.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("from 1 to 100000, not 0");
    assertThatThrownBy(() -> mapper.readValue("{\"code\":\"01\",\"names\":{\"zh\":\"矛盾纠纷\",\"en\":\"disputes\"},"
        + "\"colour\":\"red\"}", Category.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("has no field \"colour\"");
    assertThatThrownBy(() -> mapper.readValue("{\"code\":\"1\",\"names\":{\"zh\":\"矛盾纠纷\",\"en\":\"disputes\"}}",
        Category.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("code 1 is not two digits");
    assertThatThrownBy(() -> mapper.readValue("\"01\"", Category.class))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("must be an object");
  }

  @Test
  void aBadCatalogueThroughAMapperFailsWithEveryProblemNamed() {
    String noParent = "{\"format\":\"civicgrid-categories\",\"version\":1,\"id\":\"x\",\"categories\":[],\n"
        + "\"subcategories\":[\n"
        + "{\"code\":\"0101\",\"names\":{\"zh\":\"邻里纠纷\",\"en\":\"neighbour dispute\"},\"filingCondition\":\"纠纷\","
        + "\"handlingLimit\":{\"amount\":3,\"unit\":\"working-days\"},\"closingCondition\":\"化解\","
        + "\"department\":\"justice\",\"dispatchTo\":\"grid\"}]}";

    assertThatThrownBy(() -> mapper.readValue(noParent, CategoryCatalogue.class))
        .isInstanceOf(ImportFailedException.class)
        .hasMessageContaining("[line 3] subcategory 0101: has no main class 01 in the file");
  }
}
