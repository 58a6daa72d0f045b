package org.civicgrid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  @TempDir
  static Path dir;
  static String hundreds;
  static String threeHundreds;

  @BeforeAll
  static void layOutTheSampleCityTwice() {
    Cli.layoutSample(dir.resolve("100"), 100);
    Cli.layoutSample(dir.resolve("300"), 300);
    hundreds = dir.resolve("100").resolve(LayoutCommand.GRIDS).toString();
    threeHundreds = dir.resolve("300").resolve(LayoutCommand.GRIDS).toString();
  }

  @Test
  void twoLayoutsAndTheirSimulationsAreSetSideBySide() throws Exception {
    Path out = dir.resolve("compare");
    Cli cli = Cli.run("compare", "--grids", hundreds, "--other", threeHundreds, "--parents", Cli.PARENTS,
        "--households", Cli.HOUSEHOLDS, "--target", "100", "--scenario", Cli.SCENARIO, "--out", out.toString(),
        "--quiet");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("# Layout comparison", "| grids | 200 | 67 |", "# Simulations side by side",
        "| total |");
    assertThat(Files.readString(out.resolve(CompareCommand.LAYOUTS_MD))).contains("## Households changing grid");
    assertThat(Files.readString(out.resolve(CompareCommand.SIMULATIONS_MD))).contains(" → ");
  }

  @Test
  void aLayoutComparedWithItselfDiffersInNothing() {
    Cli cli = Cli.run("compare", "--grids", hundreds, "--other", hundreds, "--parents", Cli.PARENTS, "--out",
        dir.resolve("self").toString(), "--quiet");
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("| grids | 200 | 200 | 0 |", "| Polsby-Popper: mean |");
  }

  @Test
  void theOtherLayoutIsRequired() {
    Cli cli = Cli.run("compare", "--grids", hundreds, "--parents", Cli.PARENTS);
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("civicgrid compare: option --other is required\n");
  }
}
