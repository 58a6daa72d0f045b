package org.civicgrid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class LayoutCommandTest {
  @TempDir
  static Path dir;
  static Cli first;

  @BeforeAll
  static void layOutTheSampleCity() {
    first = Cli.layoutSample(dir.resolve("first"), 100);
  }

  @Test
  void theSampleCityBecomesTwoHundredGridsOfAboutAHundredHouseholds() throws Exception {
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("layout of 20000 households in 8 parents, target 100 ±10 %: 200 grids,"
        + " 100.0% within band, 0 not contiguous").contains("findings (0): none");
    Path out = dir.resolve("first");
    assertThat(out.resolve(LayoutCommand.GRIDS)).isRegularFile();
    assertThat(Files.readString(out.resolve(LayoutFigures.METRICS_MD))).contains("| grids | 200 |",
        "| full-time workers | 200 |");
    assertThat(Files.readAllLines(out.resolve(LayoutFigures.METRICS_CSV))).hasSize(201)
        .allSatisfy(row -> assertThat(row).doesNotContain("NaN"));
    assertThat(Files.readString(out.resolve(LayoutFigures.METRICS_JSON))).contains("\"grids\"");
    assertThat(Files.readString(out.resolve(LayoutCommand.GRIDS))).contains("\"polsby-popper\"",
        "\"households-per-worker\"");
    Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(out.resolve(LayoutCommand.MAP).toFile());
    assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(Files.readString(out.resolve(LayoutCommand.MAP))).contains("households");
  }

  @Test
  void theSameSeedGivesByteIdenticalGrids() throws IOException {
    Cli second = Cli.layoutSample(dir.resolve("second"), 100);
    assertThat(second.exitCode()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("second").resolve(LayoutCommand.GRIDS)))
        .isEqualTo(Files.readAllBytes(dir.resolve("first").resolve(LayoutCommand.GRIDS)));
  }

  @Test
  void progressGoesToStderrStageByStageUnlessQuiet() {
    Cli loud = Cli.run("layout", "--households", Cli.HOUSEHOLDS, "--parents", Cli.PARENTS, "--target", "300",
        "--out", dir.resolve("loud").toString(), "--metric", "polsby-popper", "--policy", "beipiao");
    assertThat(loud.err()).containsPattern("parents 8 communities \\d+\\.\\d s")
        .containsPattern("households 20000 sites, 20000 households \\d+\\.\\d s")
        .containsPattern("layout 8 communities, \\d+ grids \\d+\\.\\d s")
        .containsPattern("metrics \\d+ grids, staffed by beipiao \\d+\\.\\d s");
    assertThat(first.err()).isEmpty();
  }

  @Test
  void aBadHouseholdsLineIsNamedWithItsFileLineAndProblem() throws IOException {
    Path households = Files.writeString(dir.resolve("bad households.csv"),
        "lon,lat,households\n121.66,42.01,3\n121.66,north,2\n");
    Cli cli = Cli.run("layout", "--households", households.toString(), "--parents", Cli.PARENTS, "--quiet");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).startsWith("civicgrid layout: " + households + " line 3: ").contains("north")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void aHouseholdOutsideEveryParentIsNamed() throws IOException {
    Path households = Files.writeString(dir.resolve("far.csv"), "lon,lat,households\n121.66,42.01,3\n110.0,30.0,2\n");
    Cli cli = Cli.run("layout", "--households", households.toString(), "--parents", Cli.PARENTS, "--quiet");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).startsWith("civicgrid layout: ").contains("site 1", "outside every parent");
  }

  @Test
  void aMissingFileAnUnknownMetricAndAMissingOptionAreUsageErrors() {
    Cli missing = Cli.run("layout", "--households", "no-such.csv", "--parents", Cli.PARENTS);
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("civicgrid layout: --households no-such.csv: no such file\n");
    Cli metric = Cli.run("layout", "--households", Cli.HOUSEHOLDS, "--parents", Cli.PARENTS, "--metric", "beauty");
    assertThat(metric.exitCode()).isEqualTo(2);
    assertThat(metric.err()).isEqualTo("civicgrid layout: --metric beauty is not one of households, residents,"
        + " deviation, area-ha, polsby-popper, hull-ratio, neighbours, households-per-worker, patrol-km,"
        + " mean-distance, p95-distance\n");
    Cli noParents = Cli.run("layout", "--households", Cli.HOUSEHOLDS);
    assertThat(noParents.err()).isEqualTo("civicgrid layout: option --parents is required\n");
  }
}
