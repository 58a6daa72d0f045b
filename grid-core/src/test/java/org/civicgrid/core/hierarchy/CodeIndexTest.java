package org.civicgrid.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.civicgrid.core.code.CodeSegment;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.code.StandardSegments;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelScheme;
import org.civicgrid.core.scheme.LevelSchemes;
import org.junit.jupiter.api.Test;

/**
 * The code index behind {@link GridHierarchy#find}: numeric codes of up to 18 digits take the exact
 * numeric key (so leading zeros count), everything else a string hash confirmed by comparing codes.
 */
class CodeIndexTest {

  @Test
  void numericKeyKeepsLeadingZerosAndStringKeysNeverMeetIt() {
    assertThat(CodeIndex.key("0101")).isNotEqualTo(CodeIndex.key("101"));
    assertThat(CodeIndex.key("01")).isNotEqualTo(CodeIndex.key("001"));
    assertThat(CodeIndex.key("999999999999999999")).isPositive();
    assertThat(CodeIndex.key("0000000000000000000")).isNegative();
    assertThat(CodeIndex.key("XH")).isNegative();
    assertThat(CodeIndex.key("Aa")).isEqualTo(CodeIndex.key("BB"));
  }

  @Test
  void findsCodesOfEveryShape() {
    var h = GridHierarchy.of(LevelSchemes.fuxin(), List.of(GridNode.of("210902", "海州区", "county", null)), List.of());
    assertThat(h.find("210902")).isPresent();
    assertThat(h.find("0210902")).isEmpty();
    assertThat(h.find("21090A")).isEmpty();
  }

  @Test
  void findsNumericCodesAtEveryLevel() {
    GridHierarchy h = GridHierarchyTest.fuxin();
    for (GridNode node : GridHierarchyTest.fuxinNodes()) {
      assertThat(h.find(node.code())).map(Grid::code).contains(node.code());
      assertThat(h.find(node.code().value())).map(Grid::name).contains(node.name());
      assertThat(h.get(node.code()).node()).isEqualTo(node);
      assertThat(h.contains(node.code())).isTrue();
    }
    assertThat(h.find("2109020010010010010")).isEmpty();
    assertThat(h.find("21090200100100100")).isEmpty();
    assertThat(h.find("")).isEmpty();
    assertThat(h.find("2109 02")).isEmpty();
    assertThat(h.contains(GridCode.of("210903"))).isFalse();
  }

  private static LevelScheme zonesWithLeadingZeros() {
    return LevelScheme.of("zones", "Zones numbered from zero", List.of(
        Level.builder("zone").names("区", "zone").code(2, CodeSegment.sequence("zone", 2)).build(),
        Level.builder("block").names("块", "block").code(4, CodeSegment.sequence("block", 2)).under("zone").build(),
        Level.builder("district").names("片", "district").code(3, CodeSegment.sequence("district", 3)).build()));
  }

  @Test
  void codesWithLeadingZerosDoNotCollideWithTheirNumericValue() {
    GridHierarchy h = GridHierarchy.of(zonesWithLeadingZeros(), List.of(
        GridNode.of("01", "一区", "zone", null),
        GridNode.of("0101", "一区一块", "block", "01"),
        GridNode.of("0102", "一区二块", "block", "01"),
        GridNode.of("101", "一〇一片", "district", null),
        GridNode.of("001", "一片", "district", null),
        GridNode.of("010", "十片", "district", null)), List.of());
    assertThat(h.find("0101")).map(Grid::name).contains("一区一块");
    assertThat(h.find("101")).map(Grid::name).contains("一〇一片");
    assertThat(h.find("01")).map(Grid::name).contains("一区");
    assertThat(h.find("001")).map(Grid::name).contains("一片");
    assertThat(h.find("010")).map(Grid::name).contains("十片");
    assertThat(h.find("1")).isEmpty();
    assertThat(h.find("10")).isEmpty();
    assertThat(h.find("0001")).isEmpty();
    assertThat(h.find("00101")).isEmpty();
    assertThat(h.find("102")).isEmpty();
    assertThat(h.tops()).extracting(g -> g.code().value()).containsExactly("001", "01", "010", "101");
  }

  @Test
  void codesThatDifferOnlyInLeadingZerosAreNotDuplicates() {
    assertThat(HierarchyValidator.validate(zonesWithLeadingZeros(), List.of(
        GridNode.of("001", "一片", "district", null),
        GridNode.of("01", "一区", "zone", null)), List.of()).findings()).isEmpty();
    assertThat(HierarchyValidator.validate(zonesWithLeadingZeros(), List.of(
        GridNode.of("001", "一片", "district", null),
        GridNode.of("001", "又一片", "district", null)), List.of()).of(HierarchyRule.DUPLICATE_CODE))
        .extracting(Finding::subject).containsExactly("001");
  }

  private static LevelScheme xihe() {
    return LevelScheme.of("xihe", "Xihe hand-drawn grids", List.of(
        Level.builder("community").names("社区", "community").code(2, CodeSegment.alphanumeric("community", 2)).build(),
        Level.builder("area").names("片区", "area").code(4, CodeSegment.alphanumeric("area", 2)).under("community").build(),
        Level.builder("grid").names("网格", "grid").code(7, CodeSegment.alphanumeric("grid", 3)).under("area").build()));
  }

  @Test
  void findsAlphanumericCodes() {
    GridHierarchy h = GridHierarchy.of(xihe(), List.of(
        GridNode.of("XH", "西河社区", "community", null),
        GridNode.of("XHa1", "一片区", "area", "XH"),
        GridNode.of("XHa2", "二片区", "area", "XH"),
        GridNode.of("XHa1G01", "一号网格", "grid", "XHa1"),
        GridNode.of("XHa1G92", "九十二号网格", "grid", "XHa1"),
        GridNode.of("XHa2001", "纯数字网格", "grid", "XHa2")), List.of());
    assertThat(h.find("XHa1G92")).map(Grid::name).contains("九十二号网格");
    assertThat(h.find("XHa2001")).map(Grid::name).contains("纯数字网格");
    assertThat(h.find("xh")).isEmpty();
    assertThat(h.find("XHA1")).isEmpty();
    assertThat(h.find("XHa3")).isEmpty();
    assertThat(h.get(GridCode.of("XHa1")).children()).extracting(Grid::name).containsExactly("一号网格", "九十二号网格");
    assertThat(h.isAncestor(GridCode.of("XH"), GridCode.of("XHa1G01"))).isTrue();
  }

  @Test
  void alphanumericCodesWithTheSameHashAreTold() {
    // "Aa" and "BB" have the same polynomial string hash; the index must compare the codes themselves.
    GridHierarchy both = GridHierarchy.of(xihe(), List.of(
        GridNode.of("Aa", "甲社区", "community", null),
        GridNode.of("BB", "乙社区", "community", null),
        GridNode.of("AaBB", "甲乙片区", "area", "Aa"),
        GridNode.of("BBAa", "乙甲片区", "area", "BB")), List.of());
    assertThat(both.find("Aa")).map(Grid::name).contains("甲社区");
    assertThat(both.find("BB")).map(Grid::name).contains("乙社区");
    assertThat(both.find("AaBB")).map(Grid::name).contains("甲乙片区");
    assertThat(both.find("BBAa")).map(Grid::name).contains("乙甲片区");
    assertThat(both.find("AaAa")).isEmpty();
    GridHierarchy one = GridHierarchy.of(xihe(), List.of(GridNode.of("Aa", "甲社区", "community", null)), List.of());
    assertThat(one.find("BB")).isEmpty();
    assertThat(HierarchyValidator.validate(xihe(), List.of(
        GridNode.of("Aa", "甲社区", "community", null),
        GridNode.of("BB", "乙社区", "community", null)), List.of()).findings()).isEmpty();
  }

  @Test
  void findsCodesOnBothSidesOfTheEighteenDigitNumericKey() {
    LevelScheme cells = LevelScheme.of("cells", "Cells", List.of(
        Level.builder("cell").names("格", "cell").code(18, CodeSegment.alphanumeric("cell", 18)).build(),
        Level.builder("long-cell").names("长格", "long cell").code(19, CodeSegment.alphanumeric("cell", 18)).build()));
    List<String> codes = List.of("999999999999999999", "000000000000000000", "100000000000000000",
        "9999999999999999999", "0999999999999999999", "0000000000000000000", "00000000000000000A");
    List<GridNode> nodes = new ArrayList<>();
    for (String code : codes) {
      nodes.add(GridNode.of(code, "格" + code, code.length() == 18 ? "cell" : "long-cell", null));
    }
    GridHierarchy h = GridHierarchy.of(cells, nodes, List.of());
    for (String code : codes) {
      assertThat(h.find(code)).as(code).map(Grid::name).contains("格" + code);
    }
    assertThat(h.find("99999999999999999")).isEmpty();
    assertThat(h.find("99999999999999999999")).isEmpty();
    assertThat(h.find("00000000000000000")).isEmpty();
    assertThat(h.find("1999999999999999999")).isEmpty();
  }

  /** CJ/T 349-style codes: a 15-digit unit grid, then 4- and 5-digit segments to 19 and 20 digits. */
  private static LevelScheme longCodes() {
    return LevelScheme.of("long", "Professional grids", List.of(
        Level.builder("county").names("县区", "county").code(6, StandardSegments.ADMINISTRATIVE_DIVISION).build(),
        Level.builder("township").names("街道", "township").code(9, StandardSegments.TOWNSHIP).under("county").build(),
        Level.builder("community").names("社区", "community").code(12, StandardSegments.VILLAGE).under("township").build(),
        Level.builder("unit-grid").names("单元网格", "unit grid").code(15, CodeSegment.sequence("unit", 3))
            .under("community").build(),
        Level.builder("block").names("责任块", "block").code(19, CodeSegment.sequence("block", 4))
            .under("unit-grid").build(),
        Level.builder("part").names("部件", "part").code(24, CodeSegment.sequence("part", 5)).under("block").build(),
        Level.builder("professional").names("专业网格", "professional grid").code(20, CodeSegment.sequence("professional", 5))
            .under("unit-grid").build()));
  }

  @Test
  void findsCodesLongerThanEighteenDigits() {
    List<GridNode> nodes = new ArrayList<>(List.of(
        GridNode.of("370102", "历下区", "county", null),
        GridNode.of("370102010", "解放路街道", "township", "370102"),
        GridNode.of("370102010002", "一社区", "community", "370102010"),
        GridNode.of("370102010002002", "二号单元网格", "unit-grid", "370102010002")));
    for (int k = 1; k <= 300; k++) {
      nodes.add(GridNode.of("370102010002002" + String.format("%05d", k), "专业网格" + k, "professional", "370102010002002"));
      nodes.add(GridNode.of("370102010002002" + String.format("%04d", k), "责任块" + k, "block", "370102010002002"));
    }
    nodes.add(GridNode.of("370102010002002000100001", "部件", "part", "3701020100020020001"));
    GridHierarchy h = GridHierarchy.of(longCodes(), nodes, List.of());
    for (GridNode node : nodes) {
      assertThat(h.find(node.code().value())).as(node.code().value()).map(Grid::code).contains(node.code());
    }
    assertThat(h.find("37010201000200200301")).isEmpty();
    assertThat(h.find("3701020100020020301")).isEmpty();
    assertThat(h.find("03701020100020020001")).isEmpty();
    assertThat(h.find("3701020100020020001").orElseThrow().children()).extracting(Grid::name).containsExactly("部件");
    assertThat(h.get(GridCode.of("370102010002002")).children()).hasSize(600);
    assertThat(h.isAncestor(GridCode.of("370102"), GridCode.of("370102010002002000100001"))).isTrue();
  }

  @Test
  void twentyDigitCodesDeclaredTwiceAreDuplicates() {
    List<GridNode> nodes = List.of(
        GridNode.of("370102", "历下区", "county", null),
        GridNode.of("370102010", "解放路街道", "township", "370102"),
        GridNode.of("370102010002", "一社区", "community", "370102010"),
        GridNode.of("370102010002002", "二号单元网格", "unit-grid", "370102010002"),
        GridNode.of("37010201000200200001", "甲", "professional", "370102010002002"),
        GridNode.of("37010201000200200001", "乙", "professional", "370102010002002"));
    assertThat(HierarchyValidator.validate(longCodes(), nodes, List.of()).findings())
        .extracting(Finding::rule, Finding::subject)
        .containsExactly(tuple(HierarchyRule.DUPLICATE_CODE, "37010201000200200001"));
  }

  /**
   * Building renumbers the index to depth-first positions; the codes that confirm string keys were
   * left in input order, so alphanumeric and 19+ digit codes were missed unless declared depth-first.
   */
  @Test
  void findsStringKeyedCodesDeclaredOutOfDepthFirstOrder() {
    GridHierarchy alphanumeric = GridHierarchy.of(xihe(), List.of(
        GridNode.of("XHa1G01", "一号网格", "grid", "XHa1"),
        GridNode.of("XHa2", "二片区", "area", "XH"),
        GridNode.of("XHa1", "一片区", "area", "XH"),
        GridNode.of("XH", "西河社区", "community", null)), List.of());
    assertThat(alphanumeric.grids()).extracting(Grid::name).containsExactly("西河社区", "一片区", "一号网格", "二片区");
    for (Grid grid : alphanumeric.grids()) {
      assertThat(alphanumeric.find(grid.code().value())).contains(grid);
    }
    GridHierarchy twentyDigits = GridHierarchy.of(longCodes(), List.of(
        GridNode.of("37010201000200200002", "乙", "professional", "370102010002002"),
        GridNode.of("37010201000200200001", "甲", "professional", "370102010002002"),
        GridNode.of("370102010002002", "二号单元网格", "unit-grid", "370102010002"),
        GridNode.of("370102010002", "一社区", "community", "370102010"),
        GridNode.of("370102010", "解放路街道", "township", "370102"),
        GridNode.of("370102", "历下区", "county", null)), List.of());
    assertThat(twentyDigits.find("37010201000200200001")).map(Grid::name).contains("甲");
    assertThat(twentyDigits.find("37010201000200200002")).map(Grid::name).contains("乙");
  }

  @Test
  void findsEveryCodeOfFiftyThousandGridsAndNoAbsentOne() {
    List<GridNode> nodes = new ArrayList<>();
    nodes.add(GridNode.of("370102", "历下区", "county", null));
    for (int t = 1; t <= 10; t++) {
      String township = "370102" + String.format("%03d", t);
      nodes.add(GridNode.of(township, "街道" + t, "township", "370102"));
      for (int c = 1; c <= 10; c++) {
        String community = township + String.format("%03d", c);
        nodes.add(GridNode.of(community, "社区" + c, "community", township));
        for (int g = 1; g <= 500; g++) {
          nodes.add(GridNode.of(community + String.format("%03d", g), "网格" + g, "unit-grid", community));
        }
      }
    }
    Collections.shuffle(nodes, new Random(2157));
    GridHierarchy h = GridHierarchy.of(LevelSchemes.unitGrids(3), nodes, List.of());
    assertThat(h.size()).isEqualTo(50_111);
    Set<String> present = new HashSet<>();
    for (GridNode node : nodes) {
      assertThat(h.find(node.code().value())).as(node.code().value()).map(Grid::node).contains(node);
      present.add(node.code().value());
    }
    Random random = new Random(349);
    for (int k = 0; k < 10_000; k++) {
      String absent = switch (k % 4) {
        case 0 -> "370102" + String.format("%03d%03d%03d", 1 + random.nextInt(10), 1 + random.nextInt(10),
            501 + random.nextInt(499));
        case 1 -> "370102" + String.format("%03d%03d", 11 + random.nextInt(589), 1 + random.nextInt(10));
        case 2 -> String.format("%015d", random.nextLong(1_000_000_000_000_000L));
        default -> Long.toString(random.nextLong(1, Long.MAX_VALUE), 36);
      };
      if (!present.contains(absent)) {
        assertThat(h.find(absent)).as(absent).isEmpty();
      }
    }
    assertThat(h.get(GridCode.of("370102")).descendants()).hasSize(50_110);
    assertThat(h.get(GridCode.of("370102005")).descendants()).hasSize(10 + 5_000);
    assertThat(h.get(GridCode.of("370102005010")).children()).extracting(g -> g.code().value())
        .startsWith("370102005010001", "370102005010002").endsWith("370102005010500");
  }
}
