package org.civicgrid.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * The {@code civicgrid} command line for researchers (issue 7): {@code civicgrid <layout|validate|simulate|
 * compare|help> [options]}. The main only dispatches to a {@link Command}; a user's mistake ends it with one
 * line on stderr naming the option or the file (and line or feature) and exit code 2 for the command line,
 * 1 for an input file, never a stack trace. See README.md, "Research: layouts and simulations", and
 * docs/research.md. Stateless and thread-safe.
 */
public final class CivicGridCommand {
  static final ImmutableList<Command> COMMANDS = ImmutableList.of(new LayoutCommand(), new ValidateCommand(),
      new SimulateCommand(), new CompareCommand());

  private CivicGridCommand() {}

  /** Runs {@code civicgrid args} and exits with its code. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs {@code civicgrid args}, printing to {@code out} and {@code err}, and returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.print(overview());
      return CommandException.USAGE;
    }
    String name = args[0];
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    if (name.equals("help") || name.equals("--help") || name.equals("-h")) {
      return help(rest, out, err);
    }
    Optional<Command> command = command(name);
    if (command.isEmpty()) {
      err.printf("civicgrid: unknown command '%s' (commands: %s, help)%n", name, names());
      return CommandException.USAGE;
    }
    if (rest.contains("--help") || rest.contains("-h")) {
      out.print(command.get().help());
      return 0;
    }
    try {
      return command.get().run(rest, out, err);
    } catch (CommandException e) {
      err.println(e.getMessage().startsWith("civicgrid ") ? e.getMessage() : "civicgrid " + name + ": "
          + withoutCode(e.getMessage()));
      return e.exitCode();
    } catch (CivicGridException e) {
      err.printf("civicgrid %s: %s%n", name, withoutCode(e.getMessage()));
      return CommandException.INPUT;
    } catch (UncheckedIOException e) {
      err.printf("civicgrid %s: %s%n", name, e.getMessage());
      return CommandException.INPUT;
    }
  }

  /** A library message without the error code it starts with: the user needs the file and the problem. */
  private static String withoutCode(String message) {
    for (ErrorCode code : ErrorCode.values()) {
      if (message.startsWith(code.name() + ": ")) {
        return message.substring(code.name().length() + 2);
      }
    }
    return message;
  }

  private static int help(List<String> rest, PrintStream out, PrintStream err) {
    if (rest.isEmpty()) {
      out.print(overview());
      return 0;
    }
    Optional<Command> command = command(rest.get(0));
    if (command.isEmpty()) {
      err.printf("civicgrid help: unknown command '%s' (commands: %s)%n", rest.get(0), names());
      return CommandException.USAGE;
    }
    out.print(command.get().help());
    return 0;
  }

  private static Optional<Command> command(String name) {
    return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  private static String names() {
    return String.join(", ", COMMANDS.stream().map(Command::name).toList());
  }

  private static String overview() {
    StringBuilder text = new StringBuilder("usage: civicgrid <command> [options]\n\ncommands:\n");
    for (Command command : COMMANDS) {
      text.append(String.format("  %-9s %s%n", command.name(), command.summary()));
    }
    return text.append(String.format("  %-9s %s%n", "help", "this overview, or a command's help: civicgrid help"
        + " <command>")).append("\nEvery command takes --help. Exit codes: 0 done, 1 bad input file or error"
        + " findings, 2 bad command line.\n").toString();
  }
}
