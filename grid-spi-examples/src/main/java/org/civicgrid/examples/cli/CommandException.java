package org.civicgrid.examples.cli;

/**
 * A user's mistake that ends a {@code civicgrid} command with one line on stderr and an exit code, never
 * a stack trace: {@link #USAGE} (2) for the command line itself (an unknown option, a missing file, a bad
 * number), {@link #INPUT} (1) for an input file that cannot be used or findings that are errors. The
 * message names the option or the file (and the line or feature) and the problem.
 */
public final class CommandException extends RuntimeException {
  /** Exit code of a command line that cannot be run as given. */
  public static final int USAGE = 2;
  /** Exit code of a bad input file or of error findings. */
  public static final int INPUT = 1;
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  private CommandException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** A mistake in the command line, formatted as by {@link String#format}. */
  public static CommandException usage(String format, Object... args) {
    return new CommandException(USAGE, String.format(format, args));
  }

  /** A bad input file or an error finding, formatted as by {@link String#format}. */
  public static CommandException input(String format, Object... args) {
    return new CommandException(INPUT, String.format(format, args));
  }

  /** The process exit code this mistake ends the command with. */
  public int exitCode() {
    return exitCode;
  }
}
