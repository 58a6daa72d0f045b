package org.civicgrid.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.bench.NationalDivisions;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridKind;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.hierarchy.HierarchyRule;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DivisionTableReaderTest {
  /** Beijing's Dongcheng down to two communities, and Dongguan, a city without counties. */
  private static final String SHORT_CODES = """
      11,北京市
      1101,市辖区
      110101,东城区
      110101001,东华门街道
      110101001001,多福巷社区居委会
      110101001002,银闸社区居委会
      110102,西城区
      44,广东省
      4419,东莞市
      441900003,东城街道
      441900003001,东泰社区居委会
      """;

  /** The same divisions as NBS publishes them: a header, 12-digit zero-padded codes, CRLF. */
  private static final String PADDED_CODES = String.join("\r\n",
      "统计用区划代码,名称",
      "110000000000,北京市",
      "110100000000,市辖区",
      "110101000000,东城区",
      "110101001000,东华门街道",
      "110101001001,多福巷社区居委会",
      "110101001002,银闸社区居委会",
      "110102000000,西城区",
      "440000000000,广东省",
      "441900000000,东莞市",
      "441900003000,东城街道",
      "441900003001,东泰社区居委会") + "\r\n";

  private static ImportResult read(String csv) throws IOException {
    return DivisionTableReader.read(new StringReader(csv));
  }

  private static Report failure(String csv) {
    try {
      read(csv);
    } catch (ImportFailedException e) {
      assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
      return e.report();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the import did not fail");
  }

  /** The errors of a failed import, without the notes found on the way. */
  private static List<Finding> errors(String csv) {
    return failure(csv).withSeverity(Severity.ERROR);
  }

  private static Consumer<Finding> at(String subject) {
    return f -> assertThat(f.subject()).isEqualTo(subject);
  }

  private static String code(Grid grid) {
    return grid.code().value();
  }

  @Test
  void importsShortCodesHangingEachUnderItsLongestParent() throws IOException {
    ImportResult result = read(SHORT_CODES);
    GridHierarchy h = result.hierarchy();
    assertThat(h.size()).isEqualTo(11);
    assertThat(h.scheme().id()).isEqualTo("nbs");
    assertThat(h.pathToTop(GridCode.of("110101001002"))).extracting(DivisionTableReaderTest::code)
        .containsExactly("110101001002", "110101001", "110101", "1101", "11");
    assertThat(h.get(GridCode.of("441900003")).parent()).map(DivisionTableReaderTest::code).contains("4419");
    assertThat(h.get(GridCode.of("441900003")).level().id()).isEqualTo("township");
    assertThat(h.isAncestor(GridCode.of("44"), GridCode.of("441900003001"))).isTrue();
    assertThat(h.isAncestor(GridCode.of("11"), GridCode.of("441900003001"))).isFalse();
    assertThat(result.report().findings()).extracting(Finding::rule, Finding::severity, Finding::subject).containsExactly(
        tuple(DivisionTableRule.PLACEHOLDER, Severity.INFO, "line 2"),
        tuple(DivisionTableRule.CITY_WITHOUT_COUNTIES, Severity.INFO, "line 9"));
  }

  @Test
  void childrenShareTheirParentsCodeInstance() throws IOException {
    GridHierarchy h = read(SHORT_CODES).hierarchy();
    GridNode community = h.get(GridCode.of("110101001001")).node();
    assertThat(community.parent()).isSameAs(h.get(GridCode.of("110101001")).node().code());
  }

  @Test
  void zeroPaddedCodesHeaderAndCrlfGiveTheSameHierarchy() throws IOException {
    GridHierarchy shortCodes = read(SHORT_CODES).hierarchy();
    ImportResult padded = read(PADDED_CODES);
    assertThat(padded.hierarchy().grids()).extracting(Grid::node)
        .containsExactlyElementsOf(shortCodes.grids().stream().map(Grid::node).toList());
    assertThat(padded.report().findings()).extracting(Finding::subject).containsExactly("line 3", "line 10");
  }

  @Test
  void skipsAByteOrderMarkInUtf8Bytes() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] table = PADDED_CODES.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + table.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(table, 0, withBom, bom.length, table.length);
    ImportResult result = DivisionTableReader.read(new ByteArrayInputStream(withBom));
    assertThat(result.hierarchy().size()).isEqualTo(11);
    assertThat(result.hierarchy().find("11")).map(Grid::name).contains("北京市");
    GridHierarchy withoutHeader = DivisionTableReader.read(new ByteArrayInputStream(
        ("\uFEFF" + SHORT_CODES).getBytes(StandardCharsets.UTF_8))).hierarchy();
    assertThat(withoutHeader.size()).isEqualTo(11);
  }

  @Test
  void quotedNamesMayHoldCommasAndQuotes() throws IOException {
    GridHierarchy h = read(String.join("\n",
        "\"11\",\"北京市\"",
        "1101,市辖区",
        "110101,\"东城区, 老城\"",
        "110102,\"西城区 \"\"金融街\"\"\"")).hierarchy();
    assertThat(h.find("110101")).map(Grid::name).contains("东城区, 老城");
    assertThat(h.find("110102")).map(Grid::name).contains("西城区 \"金融街\"");
  }

  @Test
  void parentColumnIsFollowedInAnyOrderAndMayBePadded() throws IOException {
    ImportResult result = read("""
        code,name,parent
        110101001,东华门街道,110101
        110101,东城区,110100000000
        11,北京市,
        1101,市辖区,11
        """);
    GridHierarchy h = result.hierarchy();
    assertThat(h.pathToTop(GridCode.of("110101001"))).extracting(Grid::name)
        .containsExactly("东华门街道", "东城区", "市辖区", "北京市");
    assertThat(h.get(GridCode.of("110101001")).node().parent()).isSameAs(h.get(GridCode.of("110101")).node().code());
  }

  @Test
  void placeholderRowsAreKeptAsPlaceholders() throws IOException {
    ImportResult result = read("""
        11,北京市
        1101,市辖区
        50,重庆市
        5002,县
        500229,城口县
        42,湖北省
        4290,省直辖县级行政区划
        429004,仙桃市
        65,新疆维吾尔自治区
        6590,自治区直辖县级行政区划
        659001,石河子市
        """);
    assertThat(result.hierarchy().grids()).filteredOn(g -> g.node().kind() == GridKind.PLACEHOLDER)
        .extracting(DivisionTableReaderTest::code).containsExactly("1101", "4290", "5002", "6590");
    assertThat(result.report().of(DivisionTableRule.PLACEHOLDER)).extracting(Finding::subject)
        .containsExactly("line 2", "line 4", "line 7", "line 10");
    assertThat(result.hierarchy().get(GridCode.of("429004")).parent()).map(g -> g.node().kind())
        .contains(GridKind.PLACEHOLDER);
  }

  @Test
  void zonesAreNonAdministrativeByCodeOrByName() throws IOException {
    ImportResult result = read("""
        13,河北省
        1302,唐山市
        130202,路南区
        130271,唐山市芦台经济技术开发区
        130273,唐山高新技术产业开发区
        130274,海港经济开发区
        130202001,学院南路街道
        130202400,柏各庄农场
        130202500,唐山市管理区
        """);
    GridHierarchy h = result.hierarchy();
    assertThat(h.grids()).filteredOn(g -> g.node().kind() == GridKind.NON_ADMINISTRATIVE)
        .extracting(DivisionTableReaderTest::code)
        .containsExactly("130202400", "130202500", "130271", "130273", "130274");
    assertThat(h.get(GridCode.of("130202001")).node().kind()).isEqualTo(GridKind.COMPREHENSIVE);
    assertThat(result.report().of(DivisionTableRule.NON_ADMINISTRATIVE)).extracting(Finding::subject)
        .containsExactly("line 4", "line 5", "line 6", "line 8", "line 9");
    assertThat(result.report().of(DivisionTableRule.NON_ADMINISTRATIVE).get(3).message())
        .contains("segment 400", "GB/T 10114");
  }

  @Test
  void repeatedNamesAreWarnedAboutOnlyUnderTheSameParent() throws IOException {
    ImportResult result = read("""
        11,北京市
        1101,市辖区
        110101,东城区
        110101001,东华门街道
        110101001001,新村社区居委会
        110101001002,新村社区居委会
        110101002,景山街道
        110101002001,新村社区居委会
        """);
    assertThat(result.report().findings()).filteredOn(f -> f.severity() == Severity.WARNING)
        .singleElement()
        .satisfies(at("line 6"))
        .satisfies(f -> assertThat(f.rule()).isEqualTo(DivisionTableRule.REPEATED_NAME))
        .satisfies(f -> assertThat(f.message()).contains("110101001001 on line 5", "under 110101001"));
  }

  @Test
  void malformedCodesAreErrorsOnTheirLines() {
    List<Finding> report = errors("""
        11,北京市
        1101,市辖区
        11010A,东城区
        1101011,西城区
        000000000000,全国
        110101700,东华门街道
        ,无代码
        """);
    assertThat(report).extracting(Finding::rule).containsOnly(DivisionTableRule.MALFORMED_CODE);
    assertThat(report).extracting(Finding::subject)
        .containsExactly("line 3", "line 4", "line 5", "line 6", "line 7");
    assertThat(report).extracting(Finding::message).satisfiesExactly(
        m -> assertThat(m).contains("'11010A' has 'A' at position 6"),
        m -> assertThat(m).contains("'1101011' has 7 digits; division codes have 2, 4, 6, 9 or 12"),
        m -> assertThat(m).contains("'000000000000' is all zeros"),
        m -> assertThat(m).contains("code '110101700'", "township segment '700'"),
        m -> assertThat(m).contains("'' has 0 digits"));
  }

  @Test
  void duplicateCodesAreErrorsAlsoWhenOneIsPadded() {
    List<Finding> report = errors("""
        11,北京市
        1101,市辖区
        110101,东城区
        110101000000,东城区
        1101,市辖区
        """);
    assertThat(report).allSatisfy(f -> assertThat(f.rule()).isEqualTo(DivisionTableRule.DUPLICATE_CODE))
        .extracting(Finding::subject, Finding::message).containsExactly(
            tuple("line 4", "code 110101 ('东城区') is already on line 3 ('东城区')"),
            tuple("line 5", "code 1101 ('市辖区') is already on line 2 ('市辖区')"));
  }

  @Test
  void missingParentsAreErrors() {
    List<Finding> report = errors("""
        code,name,parent
        11,北京市,
        1101,市辖区,11
        110101,东城区,1199
        """);
    assertThat(report).singleElement().satisfies(at("line 4"))
        .satisfies(f -> assertThat(f.rule()).isEqualTo(DivisionTableRule.UNKNOWN_PARENT))
        .satisfies(f -> assertThat(f.message()).isEqualTo("parent 1199 of 110101 is not in the table"));
    List<Finding> inferred = errors("""
        11,北京市
        1101,市辖区
        110199001,某街道
        110101001001,某社区居委会
        """);
    assertThat(inferred).extracting(Finding::rule, Finding::subject, Finding::message).containsExactly(
        tuple(DivisionTableRule.NO_PARENT, "line 3",
            "no row for the parent of township 110199001: none of [110199 (county)] is in the table"),
        tuple(DivisionTableRule.NO_PARENT, "line 4",
            "no row for the parent of village 110101001001: none of [110101001 (township)] is in the table"));
  }

  @Test
  void parentThatIsNoPrefixFailsValidationOnItsLine() {
    List<Finding> report = errors("""
        code,name,parent
        11,北京市,
        12,天津市,
        1101,市辖区,12
        """);
    assertThat(report).singleElement().satisfies(at("line 4"))
        .satisfies(f -> assertThat(f.rule()).isEqualTo(HierarchyRule.CODE_NOT_EXTENDING_PARENT))
        .satisfies(f -> assertThat(f.message()).startsWith("code 1101: "));
  }

  @Test
  void rowsWithTheWrongNumberOfColumnsAreErrors() {
    List<Finding> report = errors("""
        code,name
        11,北京市
        1101,市辖区
        1102
        110101,东城区,1101
        110102,西城区
        """);
    assertThat(report).extracting(Finding::rule, Finding::subject, Finding::message).containsExactly(
        tuple(DivisionTableRule.COLUMN_COUNT, "line 4", "has 1 column(s); the table has 2"),
        tuple(DivisionTableRule.COLUMN_COUNT, "line 5", "has 3 column(s); the table has 2"));
    assertThat(errors("11,北京市,11,x\n")).extracting(Finding::message)
        .containsExactly("has 4 column(s); a division table has 2 (code, name) or 3 (code, name, parent code)");
  }

  @Test
  void brokenCsvIsAnErrorOnTheLineItStarts() {
    List<Finding> unbalanced = errors("""
        11,北京市
        1101,"市辖区
        110101,东城区
        """);
    assertThat(unbalanced).singleElement().satisfies(at("line 2"))
        .satisfies(f -> assertThat(f.rule()).isEqualTo(DivisionTableRule.BROKEN_CSV))
        .satisfies(f -> assertThat(f.message()).contains("Missing closing quote"));
    List<Finding> strayQuote = errors("""
        11,北京市
        1101,"市辖区"x
        """);
    assertThat(strayQuote).singleElement().satisfies(at("line 2"))
        .satisfies(f -> assertThat(f.message()).contains("at line 2, column"));
  }

  @Test
  void namesAreRequiredAndMustBeUtf8() throws IOException {
    assertThat(errors("11,北京市\n1101,\n")).singleElement().satisfies(at("line 2"))
        .satisfies(f -> assertThat(f.rule()).isEqualTo(DivisionTableRule.MISSING_NAME));
    byte[] gbk = "11,北京市\n1101,市辖区\n".getBytes(Charset.forName("GBK"));
    assertThatThrownBy(() -> DivisionTableReader.read(new ByteArrayInputStream(gbk)))
        .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.report().findings())
            .extracting(Finding::rule, Finding::subject).containsExactly(
                tuple(DivisionTableRule.NOT_UTF8, "line 1"), tuple(DivisionTableRule.NOT_UTF8, "line 2")));
  }

  @Test
  void anEmptyTableIsAnError() {
    assertThat(errors("")).extracting(Finding::rule).containsExactly(DivisionTableRule.EMPTY_TABLE);
    assertThat(errors("统计用区划代码,名称\r\n\r\n")).extracting(Finding::rule)
        .containsExactly(DivisionTableRule.EMPTY_TABLE);
  }

  @Test
  void oneBadRowAtTheEndFailsTheWholeImport() {
    String table = PADDED_CODES + "441900003002,\"东泰\"社区\r\n";
    assertThatThrownBy(() -> read(table))
        .isInstanceOfSatisfying(ImportFailedException.class, e -> {
          assertThat(e.report().withSeverity(Severity.ERROR)).singleElement().satisfies(at("line 13"));
          assertThat(e.report().of(DivisionTableRule.PLACEHOLDER)).hasSize(1);
        })
        .hasMessageStartingWith("MALFORMED_INPUT: division table: 1 error(s)\n  ERROR broken-csv [line 13]");
  }

  @Test
  void reportsEveryErrorNotJustTheFirst() {
    List<Finding> report = errors("""
        11,北京市
        11,北京
        1101,
        11A1,市辖区
        110101,东城区,1101
        """);
    assertThat(report).extracting(Finding::rule).containsExactly(
        DivisionTableRule.DUPLICATE_CODE, DivisionTableRule.MISSING_NAME, DivisionTableRule.MALFORMED_CODE,
        DivisionTableRule.COLUMN_COUNT);
  }

  @Test
  void stopsReadingAfterAThousandErrors() {
    StringBuilder table = new StringBuilder("11,北京市\n");
    for (int i = 0; i < 1200; i++) {
      table.append("11X").append(i).append(",坏行\n");
    }
    List<Finding> report = errors(table.toString());
    assertThat(report).hasSize(DivisionRows.MAX_ERRORS + 1);
    assertThat(report.get(DivisionRows.MAX_ERRORS)).satisfies(at("line 1002"))
        .satisfies(f -> assertThat(f.rule()).isEqualTo(DivisionTableRule.TOO_MANY_ERRORS));
  }

  @Test
  void readsFilesAndNamesThemInFailures(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("beijing.csv");
    Files.writeString(good, PADDED_CODES);
    assertThat(DivisionTableReader.read(good).hierarchy().size()).isEqualTo(11);
    Path bad = dir.resolve("broken.csv");
    Files.writeString(bad, "11,北京市\n11,北京市\n");
    assertThatThrownBy(() -> DivisionTableReader.read(bad)).isInstanceOf(ImportFailedException.class)
        .hasMessageStartingWith("MALFORMED_INPUT: division table " + bad + ": 1 error(s)");
  }

  @Test
  void importsAGeneratedTableOfAFewThousandRows() throws IOException {
    NationalDivisions.Table table = NationalDivisions.generate(1, NationalDivisions.Shape.SMALL);
    ImportResult result = DivisionTableReader.read(new ByteArrayInputStream(table.csv()));
    GridHierarchy h = result.hierarchy();
    assertThat(table.rows()).isBetween(1_000, 10_000);
    assertThat(h.size()).isEqualTo(table.rows());
    assertThat(h.tops()).extracting(Grid::name).containsExactly("北京市", "天津市", "河北省", "山西省");
    assertThat(result.report().withSeverity(Severity.WARNING)).isEmpty();
    assertThat(result.report().of(DivisionTableRule.PLACEHOLDER)).hasSize(2);
    assertThat(h.grids()).allSatisfy(g -> assertThat(g.depth()).isEqualTo(g.code().length() == 2 ? 0
        : g.code().length() == 4 ? 1 : g.code().length() == 6 ? 2 : g.code().length() == 9 ? 3 : 4));
  }
}
