package org.civicgrid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  /** 长源社区, a 0.002° square in Haizhou. */
  private static final String PARENTS = """
      {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"210902001001"},
       "geometry":{"type":"Polygon","coordinates":[[[121.660,42.010],[121.662,42.010],[121.662,42.012],
       [121.660,42.012],[121.660,42.010]]]}}]}
      """;

  @TempDir
  Path dir;

  private Path parents() throws IOException {
    return Files.writeString(dir.resolve("parents.geojson"), PARENTS);
  }

  /** Two grids splitting the community at {@code split}° east, with their households. */
  private Path grids(String name, double split, double eastEdge, int west, int east) throws IOException {
    return Files.writeString(dir.resolve(name), """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"code":"210902001001001","parent":"210902001001","households":%d,"units":1},
          "geometry":{"type":"Polygon","coordinates":[[[121.660,42.010],[%s,42.010],[%s,42.012],[121.660,42.012],
          [121.660,42.010]]]}},
         {"type":"Feature","properties":{"code":"210902001001002","parent":"210902001001","households":%d,"units":1},
          "geometry":{"type":"Polygon","coordinates":[[[%s,42.010],[%s,42.010],[%s,42.012],[%s,42.012],
          [%s,42.010]]]}}]}
        """.formatted(west, split, split, east, split, eastEdge, eastEdge, split, split));
  }

  @Test
  void gridsThatTileTheirParentInsideTheBandAreClean() throws IOException {
    Cli cli = Cli.run("validate", "--grids", grids("grids.geojson", 121.661, 121.662, 96, 104).toString(),
        "--parents", parents().toString(), "--quiet");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("2 grids in 1 parents, households band 90–110", "coverage: clean",
        "sizing: clean", "no errors");
  }

  @Test
  void aGridOutsideTheBandIsAWarningNamingIt() throws IOException {
    Cli cli = Cli.run("validate", "--grids", grids("grids.geojson", 121.661, 121.662, 60, 104).toString(),
        "--parents", parents().toString(), "--target", "100", "--band", "0.1", "--quiet");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("sizing: 1 findings", "WARNING", "210902001001001", "no errors");
  }

  @Test
  void aGapIsAnErrorNamingTheParentAndExitsWithOne() throws IOException {
    Cli cli = Cli.run("validate", "--grids", grids("gap.geojson", 121.661, 121.6618, 96, 104).toString(),
        "--parents", parents().toString(), "--quiet");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out()).contains("coverage: ", "ERROR", "210902001001", "errors found");
  }

  @Test
  void aGridOfAnUnknownParentIsNamedWithItsFeature() throws IOException {
    Path grids = Files.writeString(dir.resolve("stray.geojson"), Files.readString(
        grids("g.geojson", 121.661, 121.662, 96, 104)).replace("\"parent\":\"210902001001\",\"households\":104",
        "\"parent\":\"210902001009\",\"households\":104"));
    Cli cli = Cli.run("validate", "--grids", grids.toString(), "--parents", parents().toString(), "--quiet");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).startsWith("civicgrid validate: " + grids + " feature 2").contains("210902001009");
  }

  @Test
  void truncatedJsonIsNamedWithItsLine() throws IOException {
    Path grids = Files.writeString(dir.resolve("truncated.geojson"), "{\"type\":\"FeatureCollection\",\n\"features\":[");
    Cli cli = Cli.run("validate", "--grids", grids.toString(), "--parents", parents().toString(), "--quiet");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).startsWith("civicgrid validate: " + grids + " line 2");
  }

  @Test
  void aParentCodeThatIsNotACommunityCodeIsNamed() throws IOException {
    Path parents = Files.writeString(dir.resolve("short.geojson"), PARENTS.replace("210902001001", "2109"));
    Path grids = Files.writeString(dir.resolve("short-grids.geojson"), Files.readString(
        grids("g2.geojson", 121.661, 121.662, 96, 104)).replace("\"210902001001\"", "\"2109\""));
    Cli cli = Cli.run("validate", "--grids", grids.toString(), "--parents", parents.toString(), "--quiet");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).isEqualTo("civicgrid validate: " + parents + ": parent 2109: the code is not a 12-digit"
        + " community code of scheme unit-grid-3\n");
  }
}
