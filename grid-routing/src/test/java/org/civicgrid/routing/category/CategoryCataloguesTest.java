package org.civicgrid.routing.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.civicgrid.core.layer.Departments;
import org.civicgrid.routing.calendar.TimeLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryCataloguesTest {

  @Test
  void cityManagementHasTheStandardsEventClassesInTheImplementationsOrder() {
    CategoryCatalogue events = CategoryCatalogues.cityManagementEvents();

    assertThat(events.id()).isEqualTo("city-management-events");
    assertThat(events.categories()).extracting(Category::code, Category::nameZh).containsExactly(
        tuple("01", "市容环境"),
        tuple("02", "宣传广告"),
        tuple("03", "施工管理"),
        tuple("04", "突发事件"),
        tuple("05", "街面秩序"),
        tuple("06", "其他事件"));
    assertThat(events.subcategoriesOf("01")).extracting(Subcategory::nameZh)
        .contains("私搭乱建", "暴露垃圾", "积存垃圾渣土", "道路不洁", "水域不洁");
    assertThat(events.subcategoriesOf("02")).extracting(Subcategory::nameEn)
        .contains("illegal small ads", "leafleting", "non-compliant outdoor advertising");
    assertThat(events.subcategoriesOf("03")).extracting(Subcategory::nameZh).contains("施工噪声", "施工占道", "工地扬尘");
    assertThat(events.subcategoriesOf("04")).extracting(Subcategory::nameZh)
        .contains("管道爆裂", "路面塌陷", "路面积水", "火灾");
    assertThat(events.subcategoriesOf("05")).extracting(Subcategory::nameZh)
        .contains("无照经营游商", "占道经营", "非法营运车辆");
  }

  @Test
  void cityManagementCarriesJiyuansLimitsInTheirOwnUnits() {
    CategoryCatalogue events = CategoryCatalogues.cityManagementEvents();

    assertThat(events.subcategory("0101").handlingLimit()).isEqualTo(TimeLimit.workingDays(15));
    assertThat(events.subcategory("0102").handlingLimit()).isEqualTo(TimeLimit.workingDays(1));
    assertThat(events.subcategory("0103").handlingLimit()).isEqualTo(TimeLimit.workingDays(4));
    assertThat(events.subcategory("0104").handlingLimit()).isEqualTo(TimeLimit.workingHours(5));
    assertThat(events.subcategory("0105").handlingLimit()).isEqualTo(TimeLimit.workingDays(15));
    assertThat(events.subcategory("0403").handlingLimit()).isEqualTo(TimeLimit.workingHours(4));
  }

  @Test
  void theCommandCentreDispatchesEveryCityManagementEventToADepartment() {
    CategoryCatalogue events = CategoryCatalogues.cityManagementEvents();

    assertThat(events.subcategories()).allSatisfy(s -> assertThat(s.dispatchTo()).isEqualTo(DispatchTo.DEPARTMENT));
    assertThat(events.subcategory("0101").department()).isEqualTo(Departments.URBAN_MANAGEMENT);
    assertThat(events.subcategory("0401").department().nameZh()).isEqualTo("供水企业");
  }

  @Test
  void socialGovernanceHasTheFourDomainsAndTheUtilities() {
    CategoryCatalogue matters = CategoryCatalogues.socialGovernance();

    assertThat(matters.id()).isEqualTo("social-governance");
    assertThat(matters.categories()).extracting(Category::nameZh)
        .containsExactly("矛盾纠纷", "治安与安全隐患", "民生服务", "公用事业", "其他");
    assertThat(matters.subcategoriesOf("04")).extracting(s -> s.department().id())
        .contains("water-supply", "power-supply", "gas-supply", "heating-supply");
    assertThat(matters.subcategoriesOf("04")).allSatisfy(s -> {
      assertThat(s.dispatchTo()).isEqualTo(DispatchTo.DEPARTMENT);
      assertThat(s.handlingLimit().unit().isWorking()).isFalse();
    });
    assertThat(matters.subcategoriesOf("01")).extracting(Subcategory::dispatchTo).contains(DispatchTo.GRID);
    assertThat(matters.subcategories()).allSatisfy(s -> assertThat(s.department()).isNotNull());
  }

  @Test
  void socialGovernanceHoldsTheSeedsCases() {
    CategoryCatalogue matters = CategoryCatalogues.socialGovernance();

    Subcategory burstMain = matters.subcategory("0401");
    assertThat(burstMain.nameEn()).isEqualTo("burst water main");
    assertThat(burstMain.handlingLimit()).isEqualTo(TimeLimit.calendarHours(4));
    Subcategory blockedCar = matters.subcategory("0202");
    assertThat(blockedCar.nameEn()).isEqualTo("car blocked in");
    assertThat(blockedCar.dispatchTo()).isEqualTo(DispatchTo.GRID);
    assertThat(matters.subcategory("0201").nameEn()).isEqualTo("blocked fire lane");
    Subcategory neighbours = matters.subcategory("0101");
    assertThat(neighbours.nameEn()).isEqualTo("neighbour dispute");
    assertThat(neighbours.department()).isEqualTo(Departments.JUSTICE);
    assertThat(neighbours.handlingLimit()).isEqualTo(TimeLimit.workingDays(3));
    assertThat(matters.subcategory("0302").nameZh()).isEqualTo("路灯损坏");
  }

  @Test
  void presetsUseOnlyCodesBelowTheLocalRangeSoCitiesCanExtendThem() {
    assertThat(CategoryCatalogues.cityManagementEvents().subcategories()).noneMatch(Subcategory::isLocal);
    assertThat(CategoryCatalogues.socialGovernance().subcategories()).noneMatch(Subcategory::isLocal);
    assertThat(CategoryCatalogues.socialGovernance().categories()).noneMatch(Category::isLocal);
  }

  @Test
  void presetsAreReadOnceAndShared() {
    assertThat(CategoryCatalogues.socialGovernance()).isSameAs(CategoryCatalogues.socialGovernance());
  }

  @ParameterizedTest
  @ValueSource(strings = {"city-management-events", "social-governance"})
  void presetFilesAreInTheLayoutTheWriterProduces(String id) throws IOException {
    CategoryCatalogue preset = id.equals("social-governance")
        ? CategoryCatalogues.socialGovernance() : CategoryCatalogues.cityManagementEvents();
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    CategoryCatalogueJson.write(preset, written);

    try (InputStream file = CategoryCatalogues.class.getResourceAsStream(id + ".json")) {
      assertThat(written.toString(StandardCharsets.UTF_8))
          .isEqualTo(new String(file.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
