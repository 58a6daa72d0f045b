package org.civicgrid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CivicGridCommandTest {
  @Test
  void noCommandPrintsTheOverviewOnStderrAndExitsWithTheUsageCode() {
    Cli cli = Cli.run();
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).startsWith("usage: civicgrid <command> [options]").contains("layout", "validate", "simulate",
        "compare");
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void helpListsEveryCommandAndEachCommandHasItsOwnHelp() {
    assertThat(Cli.run("help").out()).contains("  layout ", "  validate ", "  simulate ", "  compare ", "  help ");
    for (Command command : CivicGridCommand.COMMANDS) {
      Cli help = Cli.run(command.name(), "--help");
      assertThat(help.exitCode()).isZero();
      assertThat(help.out()).startsWith("usage: civicgrid " + command.name()).isEqualTo(command.help());
      assertThat(Cli.run("help", command.name()).out()).isEqualTo(command.help());
    }
  }

  @Test
  void anUnknownCommandIsNamedWithTheCommandsThereAre() {
    Cli cli = Cli.run("partition", "--target", "100");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("civicgrid: unknown command 'partition' (commands: layout, validate, simulate,"
        + " compare, help)\n");
    assertThat(Cli.run("help", "partition").err()).startsWith("civicgrid help: unknown command 'partition'");
  }

  @Test
  void aUserMistakeIsOneLineOnStderrWithoutAStackTrace() {
    Cli cli = Cli.run("layout", "--households", Cli.HOUSEHOLDS, "--parents", Cli.PARENTS, "--band", "ten");
    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).isEqualTo("civicgrid layout: --band 'ten' is not a number\n");
  }
}
