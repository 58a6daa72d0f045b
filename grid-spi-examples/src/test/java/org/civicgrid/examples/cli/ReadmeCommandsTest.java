package org.civicgrid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the commands of README.md's "Research: layouts and simulations" exactly as written (issue 7's
 * acceptance: {@code civicgrid layout} and {@code civicgrid simulate} work on the README's sample data as the
 * README says), in process, with the README's {@code target/research/} output folder moved to a temporary one.
 */
class ReadmeCommandsTest {
  private static final String SECTION = "## Research: layouts and simulations";
  private static final String LAUNCHER = "grid-spi-examples/civicgrid";

  @TempDir
  Path dir;

  /** The README's commands, continuation lines joined, each as the arguments after the launcher. */
  static List<List<String>> commands() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf(SECTION));
    String block = section.substring(section.indexOf("```sh\n") + 6, section.indexOf("\n```", section.indexOf("```sh")));
    List<List<String>> commands = new ArrayList<>();
    for (String line : block.replace("\\\n", " ").split("\n")) {
      List<String> words = Arrays.stream(line.trim().split("\\s+")).toList();
      assertThat(words.get(0)).as(line).isEqualTo(LAUNCHER);
      commands.add(words.subList(1, words.size()));
    }
    return commands;
  }

  private String[] here(List<String> args) {
    return args.stream()
        .map(a -> a.startsWith("grid-spi-examples/") ? a.substring("grid-spi-examples/".length()) : a)
        .map(a -> a.startsWith("target/research/") ? dir.resolve(a).toString() : a)
        .toArray(String[]::new);
  }

  @Test
  void theReadmesResearchCommandsRunAsTheReadmeSays() throws IOException {
    List<List<String>> commands = commands();
    assertThat(commands).extracting(c -> c.get(0)).containsExactly(
        "layout", "validate", "simulate", "layout", "compare");
    List<Cli> runs = new ArrayList<>();
    for (List<String> command : commands) {
      Cli cli = Cli.run(here(command));
      assertThat(cli.exitCode()).as("%s: %s", command, cli.err()).isZero();
      runs.add(cli);
    }
    Path research = dir.resolve("target/research");
    assertThat(runs.get(0).out()).contains("200 grids, 100.0% within band, 0 not contiguous", "households 90–108",
        "findings (0): none");
    assertThat(runs.get(0).err()).contains("layout 8 communities, 200 grids");
    assertThat(research.resolve("layout-100")).isDirectoryContaining("glob:**/grids.geojson")
        .isDirectoryContaining("glob:**/metrics.md").isDirectoryContaining("glob:**/layout.svg");
    assertThat(runs.get(1).out()).contains("coverage: clean", "sizing: clean", "no errors");
    assertThat(runs.get(2).out()).contains("policy tongnan: ");
    long cases = Long.parseLong(runs.get(2).out().replaceAll("(?s).*policy tongnan: (\\d+) cases.*", "$1"));
    assertThat(cases).isBetween(650L, 750L);
    assertThat(research.resolve("simulation-100")).isDirectoryContaining("glob:**/simulation.md")
        .isDirectoryContaining("glob:**/simulation.json").isDirectoryContaining("glob:**/simulation.svg");
    assertThat(runs.get(3).out()).contains("target 300 ±10 %: 67 grids");
    assertThat(runs.get(4).out()).contains("## Households changing grid", "households (");
    assertThat(research.resolve("compare")).isDirectoryContaining("glob:**/comparison.md")
        .isDirectoryContaining("glob:**/simulation-comparison.md");
  }
}
