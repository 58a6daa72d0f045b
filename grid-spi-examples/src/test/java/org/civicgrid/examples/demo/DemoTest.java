package org.civicgrid.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civicgrid.core.hierarchy.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DemoTest {
  @TempDir Path dir;

  private String runDemo() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Demo.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), dir.resolve("map/sample-county.svg"));
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheSampleCountyAsATreeWithRolledUpHouseholds() {
    String out = runDemo();
    assertThat(out).contains("27 grids, 30 places");
    assertThat(out).contains("210902 海州区 [county or district] 1,138 households");
    assertThat(out).contains("├─ 210902001 和平街道 [subdistrict] 710 households");
    assertThat(out).contains("└─ 210902101 韩家店镇 [township] 228 households");
    assertThat(out).contains("      └─ 210902101202002 北山新二组 [hamlet] 30 households, 77 residents");
  }

  @Test
  void printsEveryFinding() {
    String out = runDemo();
    assertThat(out).contains("Findings (6):");
    assertThat(out).contains("WARNING households-outside-band [210902001001001003] 150 households");
    assertThat(out).contains("WARNING not-docked [police-beats/beat-4]");
    assertThat(out).contains("WARNING grid-without-channel [210902101202002]");
  }

  @Test
  void importsTheBoundariesInGcj02AndReportsTheDeliberateGap() {
    String out = runDemo();
    assertThat(out).contains("Boundaries: 27 grids from demo/sample-county-boundaries.geojson, declared GCJ-02"
        + " in the file; import report: clean, nothing repaired");
    assertThat(out).contains("Converted to WGS-84 once");
    assertThat(out).contains("Coverage, every level against its parent (1 finding):");
    assertThat(out).containsPattern(
        "ERROR gap \\[210902001001001\\] (39\\d|40\\d)\\.\\d m² of the grid lie in none of its 3 children");
    assertThat(out).contains("one deliberate defect: 长源3号楼网格's west edge was drawn 4 m east");
  }

  @Test
  void checksAreasAgainstTheBandsOfEachLevel() {
    String out = runDemo();
    assertThat(out).contains("(1 finding; household bands above)");
    assertThat(out).contains("WARNING area-outside-band [210902001002001002]");
  }

  @Test
  void locatesAddressesToTheirGridFromLeafToTop() {
    String out = runDemo();
    assertThat(out).contains(
        "(121.646507, 42.008615 WGS84): 210902001001001003 长源3号楼网格 → 长源小区 → 长源社区 → 和平街道 → 海州区");
    assertThat(out).contains("210902002001001001 站前1号楼网格 → 站前小区 → 站前社区 → 站前街道 → 海州区");
    assertThat(out).contains("(121.660914, 42.014649 GCJ02): 210902101202001 北山一组 → 北山村 → 韩家店镇 → 海州区");
    assertThat(out).contains("on the edge between 福源1号楼网格 and 福源2号楼网格");
    assertThat(out).contains("210902001001002002 福源2号楼网格 → 福源小区 → 长源社区 → 和平街道 → 海州区");
    assertThat(out).contains("belongs to the grid just east of it");
    assertThat(out).contains("a farm west of the county line (121.639404, 42.006531 WGS84): uncovered,"
        + " nearest grid 光明1号楼网格 210902001002001001 at 249 m");
  }

  @Test
  void writesTheMapAsSvgWithEveryGridLabelAndNamesItsAbsolutePath() throws Exception {
    Path svg = dir.resolve("map/sample-county.svg");
    String out = runDemo();
    assertThat(out).contains("households per grid with legend and scale bar: " + svg.toAbsolutePath());
    assertThat(svg).isRegularFile();
    Document map = parse(svg);
    assertThat(map.getDocumentElement().getTagName()).isEqualTo("svg");
    List<String> labelLines = texts(map, "tspan");
    List<String> titles = texts(map, "title");
    for (Grid grid : Demo.loadSampleCounty().grids()) {
      if (grid.isLeaf()) {
        assertThat(labelLines).as("label of %s", grid.code())
            .contains(grid.name(), grid.code().value(), grid.households() + " 户");
      } else {
        assertThat(titles).as("outline of %s", grid.code()).contains(grid.name() + " " + grid.code());
      }
    }
    assertThat(ids(map)).contains("legend", "scale-bar");
  }

  @Test
  void mainWritesTheMapWhereItsFirstArgumentSays() {
    Path svg = dir.resolve("elsewhere.svg");
    PrintStream console = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      Demo.main(new String[] {svg.toString()});
    } finally {
      System.setOut(console);
    }
    assertThat(svg).isRegularFile();
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains(svg.toAbsolutePath().toString());
  }

  @Test
  void aMapPathThatCannotBeWrittenFailsNamingIt() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
    Path svg = file.resolve("sample-county.svg");
    PrintStream nowhere = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Demo.run(nowhere, svg))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(svg.toAbsolutePath().toString());
  }

  private static Document parse(Path svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(svg)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static List<String> texts(Document document, String tag) {
    NodeList nodes = document.getElementsByTagName(tag);
    List<String> texts = new ArrayList<>();
    for (int k = 0; k < nodes.getLength(); k++) {
      texts.add(nodes.item(k).getTextContent());
    }
    return texts;
  }

  private static List<String> ids(Document document) {
    NodeList nodes = document.getElementsByTagName("*");
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < nodes.getLength(); k++) {
      ids.add(((Element) nodes.item(k)).getAttribute("id"));
    }
    return ids;
  }

  @Test
  void theFixtureIsAValidHierarchy() {
    assertThat(Demo.loadSampleCounty().findings().hasErrors()).isFalse();
    assertThat(Demo.loadSampleCounty().size()).isEqualTo(27);
  }
}
