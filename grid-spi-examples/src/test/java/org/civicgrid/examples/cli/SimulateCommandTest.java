package org.civicgrid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civicgrid.geo.map.ColourRamp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  @TempDir
  static Path dir;
  static String grids;

  @BeforeAll
  static void layOutTheSampleCityInGridsOfThreeHundred() {
    assertThat(Cli.layoutSample(dir.resolve("layout"), 300).exitCode()).isZero();
    grids = dir.resolve("layout").resolve(LayoutCommand.GRIDS).toString();
  }

  private static Cli simulate(String out, String... more) {
    String[] args = {"simulate", "--grids", grids, "--parents", Cli.PARENTS, "--scenario", Cli.SCENARIO, "--out",
        dir.resolve(out).toString(), "--quiet"};
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Cli.run(all);
  }

  @Test
  void aWeekOfTheSampleScenarioIsReportedAsMarkdownJsonAndAMap() throws Exception {
    Cli cli = simulate("tongnan");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("simulated 7 days from 2025-03-17T00:00 over ").contains("policy tongnan: ",
        " cases, ", "on time ");
    Path out = dir.resolve("tongnan");
    assertThat(Files.readString(out.resolve(SimulateCommand.REPORT_MD))).startsWith("| grid | households | worker |");
    JsonNode json = new ObjectMapper().readTree(out.resolve(SimulateCommand.REPORT_JSON).toFile());
    assertThat(json.get("format").asText()).isEqualTo("civicgrid-simulation-report/1");
    long arrivals = json.get("total").get("arrivals").asLong();
    // 20,000 households × 5 cases per 1,000 a day × 7 days: about 700 cases.
    assertThat(arrivals).isBetween(600L, 800L);
    assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(out.resolve(SimulateCommand.MAP).toFile()).getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(Files.readString(out.resolve(SimulateCommand.MAP))).contains("closed on time, %")
        .as("more on time is better: blues, not yellow to red")
        .contains(ColourRamp.BLUES.colours().get(4)).doesNotContain(ColourRamp.YELLOW_TO_RED.colours().get(4));
  }

  @Test
  void theSameScenarioGivesTheSameReport() throws IOException {
    simulate("again-1", "--metric", "backlog");
    simulate("again-2", "--metric", "backlog");
    assertThat(Files.readString(dir.resolve("again-2").resolve(SimulateCommand.REPORT_JSON)))
        .isEqualTo(Files.readString(dir.resolve("again-1").resolve(SimulateCommand.REPORT_JSON)));
    assertThat(Files.readString(dir.resolve("again-1").resolve(SimulateCommand.MAP))).contains("open cases at the end")
        .contains(ColourRamp.YELLOW_TO_RED.colours().get(4));
  }

  @Test
  void beipiaoAndWuhuaStaffTheSameGridsTheirWay() {
    assertThat(simulate("beipiao", "--policy", "beipiao").out()).contains("policy beipiao: ");
    Cli wuhua = simulate("wuhua", "--policy", "wuhua");
    assertThat(wuhua.exitCode()).isZero();
    assertThat(wuhua.out()).contains("policy wuhua: ");
  }

  @Test
  void aBadScenarioIsNamedWithItsLine() throws IOException {
    Path scenario = Files.writeString(dir.resolve("bad week.json"), Files.readString(Path.of(Cli.SCENARIO))
        .replace("\"onSpotShare\" : 0.3", "\"onSpotShare\" : 1.5"));
    Cli cli = Cli.run("simulate", "--grids", grids, "--parents", Cli.PARENTS, "--scenario", scenario.toString(),
        "--quiet");
    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).startsWith("civicgrid simulate: " + scenario + ", line ").contains("1.5");
  }

  @Test
  void aSubcategoryTheCatalogueLacksNamesTheScenario() throws IOException {
    Path scenario = Files.writeString(dir.resolve("unknown.json"), Files.readString(Path.of(Cli.SCENARIO))
        .replace("\"0303\"", "\"9999\""));
    Cli cli = simulate("unknown", "--scenario", scenario.toString());
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("civicgrid simulate: option --scenario is given twice\n");
    Cli run = Cli.run("simulate", "--grids", grids, "--parents", Cli.PARENTS, "--scenario", scenario.toString(),
        "--quiet", "--out", dir.resolve("unknown").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("civicgrid simulate: " + scenario + ": ").contains("9999");
  }

  @Test
  void anUnknownPolicyOrMetricIsAUsageError() {
    Cli policy = simulate("x", "--policy", "fuxin");
    assertThat(policy.exitCode()).isEqualTo(2);
    assertThat(policy.err()).isEqualTo("civicgrid simulate: --policy fuxin is neither tongnan, beipiao, wuhua nor a"
        + " policy JSON file\n");
    Cli metric = simulate("x", "--metric", "happiness");
    assertThat(metric.err()).isEqualTo("civicgrid simulate: --metric happiness is not one of on-time, backlog,"
        + " arrivals, escalated, utilisation\n");
  }
}
