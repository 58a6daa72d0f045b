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
import org.civicgrid.core.staff.StaffMember;
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
  void showsOneTeamWithContactsMaskedAndTheBackupActingForItsAbsentLeader() {
    String out = runDemo();
    assertThat(out).contains("Staffing on 2024-05-14: 25 members, 32 assignments, 1 absence;"
        + " team of 长源社区 (210902001001), contacts masked:");
    assertThat(out).contains("网格长 grid leader: 李娜 (p-04), mobile 139****5492, backup 王芳 (p-07)");
    assertThat(out).contains("联系干部 liaison cadre: 刘洋 (p-25), mobile 139****4325, 联网进格");
    for (StaffMember member : SampleStaff.of(Demo.loadSampleCounty()).members()) {
      member.contacts().forEach(c -> assertThat(out).as("%s", member.label()).doesNotContain(c.reveal()));
    }
    assertThat(out).contains("Who acts as grid leader at 2024-05-14T10:00: BACKUP");
    assertThat(out).contains("王芳 (p-07), named backup of 李娜 (p-04), acts as grid-leader of 长源社区 (210902001001):"
        + " 李娜 (p-04) is absent from 2024-05-13T00:00 until 2024-05-16T00:00 (training)");
  }

  @Test
  void printsTheGapReportOfTheStaffingPolicy() {
    String out = runDemo();
    assertThat(out).contains("Staffing policy 'fuxin-sample' (8 rules) on 2024-05-14, gap report (3 findings):");
    assertThat(out).contains("WARNING households-per-full-time-worker [210902001001001] 长源小区 (210902001001001)"
        + " has 350 households and 1 full-time-worker; at most 300 per holder needs 2");
    assertThat(out).contains("WARNING building-leader-per-building [210902001002001002] no building-leader at"
        + " building B11 11号楼");
    assertThat(out).contains("ERROR needs-part-time-worker [210902101202002] 北山新二组 (210902101202002)"
        + " has 0 part-time-worker");
  }

  @Test
  void judgesOneWorkersPatrolsForTheDayWithTheReason() {
    String out = runDemo();
    assertThat(out).contains("Patrols of 王强 (p-10), full-time grid worker of 长源小区 (210902001001001)"
        + " (seed 003: 2 a day, each ≥ 60 min, ≥ 1,000 m, ≥ 80 % inside), from 663 GCJ02 positions:");
    assertThat(out).containsPattern("patrol 1 08:30–09:40, 70 min, 4,9\\d\\d m, 100 % inside: counts");
    assertThat(out).containsPattern("patrol 2 15:00–15:40, 40 min, 2,8\\d\\d m, 100 % inside:"
        + " misses \\[TOO_SHORT_IN_TIME]");
    assertThat(out).containsPattern("discarded as GPS noise: 2,00\\d m off at 08:53:25");
    assertThat(out).contains("2024-05-14: fails, 1 of 2 patrols count");
    assertThat(out).contains("ERROR too-few-patrols [p-10 2024-05-14] 1 of 2 patrols met the rule; 2 required");
    assertThat(out).contains("WARNING too-short-in-time [p-10 2024-05-14] patrol 2 (15:00–15:40) lasted 40 min,"
        + " under the required 60 min");
  }

  @Test
  void endsWithADayOfCasesRoutedEscalatedNotifiedAndCounted() {
    String out = runDemo();
    assertThat(out).contains("A day of cases on Monday 2025-03-17");
    assertThat(out.indexOf("A day of cases")).isGreaterThan(out.indexOf("Patrols of 王强"));
    assertThat(out).contains("hz-0317-04 escalated a rung to COMMUNITY 社区: 光明社区 (210902001002) takes it over");
    assertThat(out).contains("✉ 17:30 case-escalated → 光明社区 (210902001002) [hz-0317-04]");
    assertThat(out).containsPattern("\\| 海州区 \\(all\\) \\| 7 / 7 \\(100\\.0 %\\) \\|.*\\|\n$");
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
