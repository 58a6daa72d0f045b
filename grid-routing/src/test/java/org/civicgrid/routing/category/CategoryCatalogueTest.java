package org.civicgrid.routing.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.civicgrid.routing.category.TestCatalogues.BURST_MAIN;
import static org.civicgrid.routing.category.TestCatalogues.DISPUTES;
import static org.civicgrid.routing.category.TestCatalogues.LAND;
import static org.civicgrid.routing.category.TestCatalogues.NEIGHBOURS;
import static org.civicgrid.routing.category.TestCatalogues.UTILITIES;
import static org.civicgrid.routing.category.TestCatalogues.WATER_SUPPLY;
import static org.civicgrid.routing.category.TestCatalogues.subcategory;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.layer.Department;
import org.civicgrid.core.layer.Departments;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.junit.jupiter.api.Test;

class CategoryCatalogueTest {
  private static final Category SHARED_BIKES = new Category("80", "共享单车", "shared bicycles");
  private static final Department GAS = new Department("gas-supply", "燃气企业", "gas supply company");

  private static Report failure(CategoryCatalogue.Builder builder) {
    try {
      builder.build();
    } catch (InvalidCatalogueException e) {
      assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CATALOGUE);
      return e.report();
    }
    throw new AssertionError("the catalogue was built");
  }

  @Test
  void subcategoriesAreFoundByCodeAndListedUnderTheirMainClass() {
    CategoryCatalogue catalogue = TestCatalogues.seeds();

    assertThat(catalogue.id()).isEqualTo("seed-matters");
    assertThat(catalogue.categories()).containsExactly(DISPUTES, UTILITIES);
    assertThat(catalogue.subcategories()).containsExactly(NEIGHBOURS, LAND, BURST_MAIN);
    assertThat(catalogue.subcategory("0401")).isEqualTo(BURST_MAIN);
    assertThat(catalogue.findSubcategory("0102")).isEmpty();
    assertThat(catalogue.category("01")).isEqualTo(DISPUTES);
    assertThat(catalogue.findCategory("02")).isEmpty();
    assertThat(catalogue.subcategoriesOf("01")).containsExactly(NEIGHBOURS, LAND);
    assertThat(catalogue.subcategoriesOf("04")).containsExactly(BURST_MAIN);
    assertThat(catalogue.contains("04")).isTrue();
    assertThat(catalogue.contains("0401")).isTrue();
    assertThat(catalogue.contains("0402")).isFalse();
  }

  @Test
  void entriesAreKeptInCodeOrderWhateverTheOrderTheyWereAddedIn() {
    CategoryCatalogue shuffled = CategoryCatalogue.builder("seed-matters").description("the seeds' cases")
        .add(BURST_MAIN).add(LAND).add(UTILITIES).add(NEIGHBOURS).add(DISPUTES)
        .build();

    assertThat(shuffled).isEqualTo(TestCatalogues.seeds());
    assertThat(shuffled.subcategories()).containsExactly(NEIGHBOURS, LAND, BURST_MAIN);
  }

  @Test
  void theDepartmentsAreThoseTheSubcategoriesName() {
    CategoryCatalogue catalogue = TestCatalogues.seeds();

    assertThat(catalogue.departments()).containsExactly(Departments.AGRICULTURE, Departments.JUSTICE, WATER_SUPPLY);
    assertThat(catalogue.findDepartment("water-supply")).contains(WATER_SUPPLY);
    assertThat(catalogue.findDepartment("health")).isEmpty();
    assertThat(catalogue.subcategoriesFor(WATER_SUPPLY)).containsExactly(BURST_MAIN);
    assertThat(catalogue.subcategoriesFor(Departments.HEALTH)).isEmpty();
  }

  @Test
  void anAbsentCodeIsNotFoundNamingTheCode() {
    CategoryCatalogue catalogue = TestCatalogues.seeds();

    assertThatThrownBy(() -> catalogue.subcategory("0799"))
        .isInstanceOf(CivicGridException.class)
        .hasMessage("NOT_FOUND: no subcategory 0799 in catalogue seed-matters");
    assertThatThrownBy(() -> catalogue.category("07"))
        .isInstanceOf(CivicGridException.class).hasMessageContaining("no main class 07");
    assertThatThrownBy(() -> catalogue.subcategoriesOf("07"))
        .isInstanceOf(CivicGridException.class).hasMessageContaining("no main class 07");
  }

  @Test
  void aCityAddsItsOwnClassesInTheLocalRange() {
    CategoryCatalogue base = TestCatalogues.seeds();
    Subcategory gasLeak = subcategory("0480", UTILITIES, GAS);
    Subcategory bikes = subcategory("8001", SHARED_BIKES, Departments.URBAN_MANAGEMENT);

    CategoryCatalogue tongnan = base.extend("tongnan-matters").add(gasLeak).add(SHARED_BIKES).add(bikes).build();

    assertThat(tongnan.id()).isEqualTo("tongnan-matters");
    assertThat(tongnan.description()).isEqualTo(base.description());
    assertThat(tongnan.subcategoriesOf("04")).containsExactly(BURST_MAIN, gasLeak);
    assertThat(tongnan.subcategoriesOf("80")).containsExactly(bikes);
    assertThat(tongnan.categories()).containsExactly(DISPUTES, UTILITIES, SHARED_BIKES);
    assertThat(tongnan.departments()).contains(GAS, WATER_SUPPLY);
    assertThat(base.contains("0480")).isFalse();
  }

  @Test
  void aLocalCodeThatCollidesWithThePresetIsATypedErrorNamingItAndAddsNothing() {
    CategoryCatalogue base = TestCatalogues.seeds();
    Subcategory gasLeak = subcategory("0480", UTILITIES, GAS);
    Subcategory secondBurst = subcategory("0401", UTILITIES, WATER_SUPPLY);
    CategoryCatalogue.Builder extension = base.extend("tongnan-matters").add(gasLeak).add(secondBurst);

    assertThatThrownBy(extension::build)
        .isInstanceOf(InvalidCatalogueException.class)
        .hasMessageContaining("INVALID_CATALOGUE: catalogue tongnan-matters: 1 error(s)")
        .hasMessageContaining("subcategory 0401 collides with subcategory 0401 供水管道破裂 of catalogue seed-matters");
    Report report = failure(extension);
    assertThat(report.findings()).extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(CatalogueRule.CODE_COLLISION, "0401"));
    assertThat(base).isEqualTo(TestCatalogues.seeds());
  }

  @Test
  void aLocalMainClassMayNotTakeAPresetCodeEither() {
    Report report = failure(TestCatalogues.seeds().extend("tongnan-matters")
        .add(new Category("04", "公用设施", "utilities")));

    assertThat(report.findings()).extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(CatalogueRule.CODE_COLLISION, "04"));
  }

  @Test
  void aLocalCodeOutsideTheReservedRangeIsRefusedSoLaterPresetsCannotCollide() {
    Report report = failure(TestCatalogues.seeds().extend("tongnan-matters")
        .add(subcategory("0402", UTILITIES, WATER_SUPPLY))
        .add(new Category("07", "乡村治理", "rural governance")));

    assertThat(report.findings()).extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(CatalogueRule.NOT_LOCAL_CODE, "07"), tuple(CatalogueRule.NOT_LOCAL_CODE, "0402"));
    assertThat(report.findings().get(1).message()).contains("subcategory 0402 extends catalogue seed-matters outside "
        + "the local range");
  }

  @Test
  void aDuplicateCodeIsReportedWithWhereItWasFirstDeclared() {
    Report report = failure(CategoryCatalogue.builder("seed-matters").add(DISPUTES).add(NEIGHBOURS)
        .add(subcategory("0101", DISPUTES, Departments.JUSTICE)));

    assertThat(report.findings()).extracting(Finding::rule, Finding::subject, Finding::message)
        .containsExactly(tuple(CatalogueRule.DUPLICATE_CODE, "0101",
            "subcategory 0101 repeats the code declared at 0101"));
  }

  @Test
  void aSubcategoryWhoseMainClassIsMissingOrAnotherIsAnUnknownParent() {
    Category otherDisputes = new Category("01", "纠纷", "quarrels");
    Report report = failure(CategoryCatalogue.builder("seed-matters").add(DISPUTES)
        .add(BURST_MAIN).add(subcategory("0102", otherDisputes, Departments.JUSTICE)));

    assertThat(report.findings()).extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(CatalogueRule.UNKNOWN_PARENT, "0401"), tuple(CatalogueRule.UNKNOWN_PARENT, "0102"));
    assertThat(report.findings().get(0).message()).isEqualTo("subcategory 0401 has no main class 04 in catalogue");
    assertThat(report.findings().get(1).message()).contains("names main class 01 纠纷", "catalogue's is 01 矛盾纠纷");
  }

  @Test
  void oneDepartmentIdMayNotStandForTwoDepartments() {
    Department otherWater = new Department("water-supply", "自来水公司", "waterworks");
    Report report = failure(TestCatalogues.seeds().extend("tongnan-matters")
        .add(subcategory("0481", UTILITIES, otherWater)));

    assertThat(report.findings()).extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(CatalogueRule.DEPARTMENT_CONFLICT, "0481"));
    assertThat(report.findings().get(0).message()).contains("water-supply (自来水公司, waterworks)",
        "water-supply (供水企业, water supply company)");
  }

  @Test
  void everyProblemIsReportedInOnePass() {
    Report report = failure(TestCatalogues.seeds().extend("tongnan-matters")
        .add(subcategory("0401", UTILITIES, WATER_SUPPLY))
        .add(subcategory("0402", UTILITIES, WATER_SUPPLY))
        .add(subcategory("8001", SHARED_BIKES, Departments.URBAN_MANAGEMENT)));

    assertThat(report.findings()).extracting(Finding::rule)
        .containsExactly(CatalogueRule.CODE_COLLISION, CatalogueRule.NOT_LOCAL_CODE, CatalogueRule.UNKNOWN_PARENT);
  }

  @Test
  void aBuilderMayBeBuiltAgainAndGivesAnEqualCatalogue() {
    CategoryCatalogue.Builder builder = CategoryCatalogue.builder("seed-matters").add(DISPUTES).add(NEIGHBOURS);

    assertThat(builder.build()).isEqualTo(builder.build()).hasSameHashCodeAs(builder.build());
    assertThat(builder.build()).hasToString("catalogue seed-matters (main classes: 1, subcategories: 1)");
  }

  @Test
  void anIdThatIsNotLowerKebabIsACallerMistake() {
    assertThatThrownBy(() -> CategoryCatalogue.builder("Tongnan Matters"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Tongnan Matters");
    assertThatThrownBy(() -> TestCatalogues.seeds().extend("tongnan_matters"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tongnan_matters");
  }
}
