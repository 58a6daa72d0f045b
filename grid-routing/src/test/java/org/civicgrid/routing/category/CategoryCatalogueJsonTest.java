package org.civicgrid.routing.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.core.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoryCatalogueJsonTest {
  /** {@link TestCatalogues#seeds()} as the writer lays it out: line 13 is 0101, 14 is 0105, 15 is 0401. */
  private static final String SEEDS = """
      {"format":"civicgrid-categories",
      "version":1,
      "id":"seed-matters",
      "description":"the seeds' cases",
      "departments":[
        {"id":"water-supply","names":{"zh":"供水企业","en":"water supply company"}}
      ],
      "categories":[
        {"code":"01","names":{"zh":"矛盾纠纷","en":"disputes"}},
        {"code":"04","names":{"zh":"公用事业","en":"utilities"}}
      ],
      "subcategories":[
        {"code":"0101","names":{"zh":"邻里纠纷","en":"neighbour dispute"},"filingCondition":"邻里之间发生纠纷，当事人请求调解","handlingLimit":{"amount":3,"unit":"working-days"},"closingCondition":"双方达成调解协议","department":"justice","dispatchTo":"grid"},
        {"code":"0105","names":{"zh":"土地山林纠纷","en":"land and forest dispute"},"filingCondition":"村民之间因土地权属发生纠纷","handlingLimit":{"amount":7,"unit":"working-days"},"closingCondition":"纠纷已调处","department":"agriculture","dispatchTo":"grid"},
        {"code":"0401","names":{"zh":"供水管道破裂","en":"burst water main"},"filingCondition":"供水管道破裂、漏水","handlingLimit":{"amount":4,"unit":"natural-hours"},"closingCondition":"恢复正常供水","department":"water-supply","dispatchTo":"department"}
      ]}
      """;

  /** Tongnan's own classes on top of the seeds: a gas leak under utilities, shared bicycles as a main class. */
  private static final String TONGNAN = """
      {"format":"civicgrid-categories",
      "version":1,
      "id":"tongnan-matters",
      "extends":"seed-matters",
      "departments":[
        {"id":"gas-supply","names":{"zh":"燃气企业","en":"gas supply company"}}
      ],
      "categories":[
        {"code":"80","names":{"zh":"共享单车","en":"shared bicycles"}}
      ],
      "subcategories":[
        {"code":"0480","names":{"zh":"燃气泄漏","en":"gas leak"},"filingCondition":"闻到燃气异味","handlingLimit":{"amount":1,"unit":"natural-hours"},"closingCondition":"泄漏已修复","department":"gas-supply","dispatchTo":"department"},
        {"code":"8001","names":{"zh":"单车乱停放","en":"bicycles parked in the way"},"filingCondition":"单车堵塞通道","handlingLimit":{"amount":1,"unit":"working-days"},"closingCondition":"单车已清理","department":"urban-management","dispatchTo":"grid"}
      ]}
      """;

  private static CategoryCatalogue read(String json) throws IOException {
    return CategoryCatalogueJson.read(new StringReader(json));
  }

  private static List<Finding> errors(String json) {
    return failure(() -> read(json));
  }

  private static List<Finding> extensionErrors(String json) {
    return failure(() -> CategoryCatalogueJson.readExtension(TestCatalogues.seeds(), new StringReader(json)));
  }

  private interface Read {
    CategoryCatalogue run() throws IOException;
  }

  private static List<Finding> failure(Read read) {
    try {
      read.run();
    } catch (ImportFailedException e) {
      assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
      return e.report().findings();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the catalogue was read");
  }

  @Test
  void aCatalogueIsWrittenOneEntryPerLine() throws IOException {
    StringWriter out = new StringWriter();
    CategoryCatalogueJson.write(TestCatalogues.seeds(), out);

    assertThat(out.toString()).isEqualTo(SEEDS);
  }

  @Test
  void aWrittenCatalogueReadsBackEqual() throws IOException {
    assertThat(read(SEEDS)).isEqualTo(TestCatalogues.seeds());
    CategoryCatalogue preset = CategoryCatalogues.socialGovernance();
    StringWriter out = new StringWriter();
    CategoryCatalogueJson.write(preset, out);
    assertThat(read(out.toString())).isEqualTo(preset);
  }

  @Test
  void aFileIsReadAndWrittenAsUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("seeds.json");
    CategoryCatalogueJson.write(TestCatalogues.seeds(), file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(SEEDS);
    assertThat(CategoryCatalogueJson.read(file)).isEqualTo(TestCatalogues.seeds());
    assertThat(CategoryCatalogueJson.read(new ByteArrayInputStream(SEEDS.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(TestCatalogues.seeds());
  }

  @Test
  void aCitysExtensionFileAddsItsOwnClassesToThePreset() throws IOException {
    CategoryCatalogue tongnan = CategoryCatalogueJson.readExtension(TestCatalogues.seeds(), new StringReader(TONGNAN));

    assertThat(tongnan.id()).isEqualTo("tongnan-matters");
    assertThat(tongnan.description()).isEqualTo("the seeds' cases");
    assertThat(tongnan.subcategoriesOf("04")).extracting(Subcategory::code).containsExactly("0401", "0480");
    assertThat(tongnan.subcategory("0480").department().nameZh()).isEqualTo("燃气企业");
    assertThat(tongnan.subcategory("8001").parent().nameEn()).isEqualTo("shared bicycles");
    assertThat(tongnan.subcategory("0401")).isEqualTo(TestCatalogues.BURST_MAIN);
  }

  @Test
  void anExtensionCodeThatCollidesWithThePresetFailsNamingTheCodeAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tongnan.json");
    Files.writeString(file, TONGNAN.replace("\"code\":\"0480\"", "\"code\":\"0401\""));

    assertThatThrownBy(() -> CategoryCatalogueJson.readExtension(TestCatalogues.seeds(), file))
        .isInstanceOf(ImportFailedException.class)
        .hasMessageContaining("category catalogue extension " + file)
        .hasMessageContaining("[line 12] subcategory 0401 collides with subcategory 0401 供水管道破裂 of catalogue "
            + "seed-matters");
  }

  @Test
  void anExtensionCodeOutsideTheLocalRangeFails() {
    assertThat(extensionErrors(TONGNAN.replace("\"code\":\"0480\"", "\"code\":\"0402\"")))
        .extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(CatalogueRule.NOT_LOCAL_CODE, "line 12"));
  }

  @Test
  void anExtensionMustSayWhichCatalogueItExtends() {
    assertThat(errors(TONGNAN)).extracting(Finding::rule, Finding::message)
        .containsExactly(tuple(CatalogueRule.MALFORMED_DOCUMENT,
            "the catalogue extends seed-matters; read it as an extension of that catalogue"));
    assertThat(extensionErrors(TONGNAN.replace("seed-matters", "city-management-events")))
        .extracting(Finding::message)
        .containsExactly("the catalogue is read as an extension of seed-matters but extends city-management-events");
    assertThat(extensionErrors(SEEDS.replace("seed-matters", "more-matters"))).extracting(Finding::message)
        .contains("the catalogue is read as an extension of seed-matters but says no \"extends\"");
  }

  @Test
  void aMissingDepartmentIsNamedWithTheSubcategoryAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("seeds.json");
    Files.writeString(file, SEEDS.replace("\"department\":\"justice\",", ""));

    assertThatThrownBy(() -> CategoryCatalogueJson.read(file))
        .isInstanceOf(ImportFailedException.class)
        .hasMessageContaining("category catalogue " + file + ": 1 error(s)")
        .hasMessageContaining("ERROR missing-department [line 13] subcategory 0101: has no \"department\"");
  }

  @Test
  void aDepartmentNeitherDeclaredNorStandardIsMissing() {
    assertThat(errors(SEEDS.replace("\"department\":\"water-supply\"", "\"department\":\"waterworks\"")))
        .extracting(Finding::rule, Finding::subject, Finding::message)
        .containsExactly(tuple(CatalogueRule.MISSING_DEPARTMENT, "line 15", "subcategory 0401: names department "
            + "waterworks, which the file does not declare and which is not a standard department"));
  }

  @Test
  void aSubcategoryWithoutItsMainClassHasAnUnknownParent() {
    assertThat(errors(SEEDS.replace("\"code\":\"0401\"", "\"code\":\"0701\"")))
        .extracting(Finding::rule, Finding::subject, Finding::message)
        .containsExactly(tuple(CatalogueRule.UNKNOWN_PARENT, "line 15",
            "subcategory 0701: has no main class 07 in the file"));
  }

  @Test
  void aDuplicateCodeNamesTheLineThatHadItFirst() {
    assertThat(errors(SEEDS.replace("\"code\":\"0105\"", "\"code\":\"0101\"")))
        .extracting(Finding::rule, Finding::subject, Finding::message)
        .containsExactly(tuple(CatalogueRule.DUPLICATE_CODE, "line 14",
            "subcategory 0101 repeats the code declared at line 13"));
  }

  @Test
  void badTimeLimitsAreNamedWithTheSubcategory() {
    assertThat(errors(SEEDS.replace("\"amount\":7,", "\"amount\":0,"))).extracting(Finding::rule, Finding::message)
        .containsExactly(tuple(CatalogueRule.BAD_TIME_LIMIT,
            "subcategory 0105: handling limit amount must be a whole number from 1 to 100000, not 0"));
    assertThat(errors(SEEDS.replace("\"unit\":\"natural-hours\"", "\"unit\":\"hours\""))).extracting(Finding::message)
        .containsExactly("subcategory 0401: handling limit unit must be one of working-minutes, working-hours, "
            + "working-days, natural-minutes, natural-hours, natural-days, not \"hours\"");
    assertThat(errors(SEEDS.replace("\"amount\":7,", "\"amount\":100001,"))).extracting(Finding::rule)
        .containsExactly(CatalogueRule.BAD_TIME_LIMIT);
    assertThat(errors(SEEDS.replace("\"amount\":3,", "\"amount\":\"3\","))).extracting(Finding::rule)
        .containsExactly(CatalogueRule.BAD_TIME_LIMIT);
    assertThat(errors(SEEDS.replace("\"amount\":3,", "\"amount\":2.5,"))).extracting(Finding::rule)
        .containsExactly(CatalogueRule.BAD_TIME_LIMIT);
    assertThat(errors(SEEDS.replace("\"handlingLimit\":{\"amount\":3,\"unit\":\"working-days\"},", "")))
        .extracting(Finding::message).containsExactly("subcategory 0101: has no \"handlingLimit\"");
    assertThat(errors(SEEDS.replace("{\"amount\":3,\"unit\":\"working-days\"}", "\"3 working days\"")))
        .extracting(Finding::rule).containsExactly(CatalogueRule.BAD_TIME_LIMIT);
  }

  @Test
  void everyProblemIsReportedAtOnceInLineOrder() {
    String broken = SEEDS.replace("\"department\":\"justice\",", "")
        .replace("\"code\":\"0401\"", "\"code\":\"0701\"")
        .replace("\"code\":\"04\"", "\"code\":\"4\"")
        .replace("\"amount\":7,", "\"amount\":-1,");

    assertThat(errors(broken)).extracting(Finding::rule, Finding::subject).containsExactly(
        tuple(CatalogueRule.MALFORMED_CODE, "line 10"),
        tuple(CatalogueRule.MISSING_DEPARTMENT, "line 13"),
        tuple(CatalogueRule.BAD_TIME_LIMIT, "line 14"),
        tuple(CatalogueRule.UNKNOWN_PARENT, "line 15"));
  }

  @Test
  void aSubcategoryUnderABrokenMainClassIsNotAlsoReportedAsAnOrphan() {
    assertThat(errors(SEEDS.replace("\"en\":\"utilities\"", "\"en\":\"\""))).extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(CatalogueRule.MALFORMED_ENTRY, "line 10"));
  }

  @Test
  void malformedEntriesNameTheFieldAndTheEntry() {
    assertThat(errors(SEEDS.replace("\"dispatchTo\":\"grid\"}", "\"dispatchTo\":\"grid\",\"priority\":1}")))
        .extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(CatalogueRule.MALFORMED_ENTRY, "line 13"), tuple(CatalogueRule.MALFORMED_ENTRY, "line 14"));
    assertThat(errors(SEEDS.replace("\"dispatchTo\":\"department\"", "\"dispatchTo\":\"utility\"")))
        .extracting(Finding::message)
        .containsExactly("subcategory 0401: \"dispatchTo\" must be grid or department, not \"utility\"");
    assertThat(errors(SEEDS.replace("\"closingCondition\":\"纠纷已调处\",", ""))).extracting(Finding::message)
        .containsExactly("subcategory 0105: has no \"closingCondition\"");
    assertThat(errors(SEEDS.replace("{\"code\":\"04\",\"names\":{\"zh\":\"公用事业\",\"en\":\"utilities\"}}", "\"04\"")))
        .extracting(Finding::rule, Finding::subject).containsExactly(tuple(CatalogueRule.MALFORMED_ENTRY, "line 10"),
            tuple(CatalogueRule.UNKNOWN_PARENT, "line 15"));
    assertThat(errors(SEEDS.replace("\"code\":\"01\"", "\"code\":\"1\""))).extracting(Finding::rule, Finding::message)
        .containsExactly(tuple(CatalogueRule.MALFORMED_CODE, "main class 1: the code must be two digits 01-99"),
            tuple(CatalogueRule.UNKNOWN_PARENT, "subcategory 0101: has no main class 01 in the file"),
            tuple(CatalogueRule.UNKNOWN_PARENT, "subcategory 0105: has no main class 01 in the file"));
  }

  @Test
  void aDepartmentMayNotRenameAStandardOneOrBeDeclaredTwiceDifferently() {
    String renamed = SEEDS.replace("{\"id\":\"water-supply\"",
        "{\"id\":\"justice\",\"names\":{\"zh\":\"法院\",\"en\":\"court\"}},\n  {\"id\":\"water-supply\"");
    assertThat(errors(renamed)).extracting(Finding::rule, Finding::message)
        .containsExactly(tuple(CatalogueRule.DEPARTMENT_CONFLICT,
            "department justice: is named 法院 / court, but justice is already 司法 / justice"));
    String twice = SEEDS.replace("{\"id\":\"water-supply\"",
        "{\"id\":\"water-supply\",\"names\":{\"zh\":\"自来水公司\",\"en\":\"waterworks\"}},\n  {\"id\":\"water-supply\"");
    assertThat(errors(twice)).extracting(Finding::message)
        .containsExactly("department water-supply: is named 供水企业 / water supply company, but water-supply is declared"
            + " earlier in the file as 自来水公司 / waterworks");
    String badId = SEEDS.replace("{\"id\":\"water-supply\"", "{\"id\":\"Water Supply\"");
    assertThat(errors(badId)).extracting(Finding::rule)
        .containsExactly(CatalogueRule.MALFORMED_ENTRY, CatalogueRule.MISSING_DEPARTMENT);
  }

  @Test
  void brokenJsonIsReportedWithItsLineAndReadingStops() {
    List<Finding> cut = errors(SEEDS.substring(0, SEEDS.indexOf("{\"code\":\"0105\"")));
    assertThat(cut).extracting(Finding::rule, Finding::subject).containsExactly(tuple(CatalogueRule.BROKEN_JSON, "line 14"));
    assertThat(errors(SEEDS + "{}")).extracting(Finding::rule, Finding::message)
        .containsExactly(tuple(CatalogueRule.BROKEN_JSON, "content after the end of the catalogue document"));
    assertThat(errors(SEEDS.replace("\"id\":\"seed-matters\",", "\"id\":\"seed-matters\",\"id\":\"again\",")))
        .extracting(Finding::rule).containsExactly(CatalogueRule.BROKEN_JSON);
  }

  @Test
  void anotherFormatOrVersionFailsOnItsFirstFields() {
    assertThat(errors("{\"type\":\"FeatureCollection\",\"features\":[]}")).extracting(Finding::rule, Finding::message)
        .containsExactly(tuple(CatalogueRule.MALFORMED_DOCUMENT, "a catalogue document starts with "
            + "\"format\":\"civicgrid-categories\",\"version\":1; found \"type\" where \"format\" belongs"));
    assertThat(errors(SEEDS.replace("civicgrid-categories", "civicgrid-hierarchy"))).extracting(Finding::message)
        .containsExactly("format is \"civicgrid-hierarchy\", not \"civicgrid-categories\"");
    assertThat(errors(SEEDS.replace("\"version\":1", "\"version\":2"))).extracting(Finding::message)
        .containsExactly("unsupported version 2 of civicgrid-categories (this library reads version 1)");
    assertThat(errors("[]")).extracting(Finding::message)
        .containsExactly("a catalogue document is a JSON object, not an array");
    assertThat(errors("")).extracting(Finding::message)
        .containsExactly("a catalogue document is a JSON object, not the end of input");
  }

  @Test
  void theDocumentNeedsALowerKebabIdAndNoUnknownFields() {
    assertThat(errors(SEEDS.replace("\"id\":\"seed-matters\",\n", ""))).extracting(Finding::message)
        .containsExactly("the catalogue document has no \"id\"");
    assertThat(errors(SEEDS.replace("seed-matters", "Seed Matters"))).extracting(Finding::message)
        .containsExactly("catalogue id \"Seed Matters\" is not lower-kebab");
    assertThat(errors(SEEDS.replace("\"description\"", "\"notes\""))).extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(CatalogueRule.MALFORMED_DOCUMENT, "line 4"));
    assertThat(errors(SEEDS.replace("\"categories\":[", "\"categories\":{\"a\":[").replace("\n],\n\"subcategories\"",
        "]},\n\"subcategories\""))).extracting(Finding::rule).contains(CatalogueRule.MALFORMED_DOCUMENT);
  }
}
