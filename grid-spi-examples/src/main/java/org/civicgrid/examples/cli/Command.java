package org.civicgrid.examples.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One {@code civicgrid} command: its name, a line of help, the text {@code --help} prints, and the run
 * itself, which reports results on {@code out}, progress on {@code err}, and a user's mistake by throwing
 * {@link CommandException}. Implementations are stateless and thread-safe.
 */
interface Command {
  /** The name on the command line, e.g. {@code layout}. */
  String name();

  /** One line saying what the command does. */
  String summary();

  /** The command's help: usage line, options, what it writes. */
  String help();

  /**
   * Runs the command with {@code args} (what follows its name), returning the exit code: 0, or 1 when it
   * finds errors.
   */
  int run(List<String> args, PrintStream out, PrintStream err);
}
