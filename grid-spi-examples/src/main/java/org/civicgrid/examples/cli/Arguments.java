package org.civicgrid.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options of one command, hand-parsed: {@code --name value} (or {@code --name=value}) for options
 * that take a value, {@code --name} alone for flags. An unknown option, a value missing or given twice
 * and a stray argument are {@link CommandException#usage} errors naming the option; so are a number
 * that does not parse and a file that does not exist, when asked for. Immutable.
 */
final class Arguments {
  private final String command;
  private final ImmutableMap<String, String> values;

  private Arguments(String command, ImmutableMap<String, String> values) {
    this.command = command;
    this.values = values;
  }

  /**
   * Parses {@code args} of {@code command}, which knows the options in {@code valued} (taking a value)
   * and {@code flags} (taking none).
   */
  static Arguments parse(String command, List<String> args, ImmutableSet<String> valued, ImmutableSet<String> flags) {
    checkNotNull(args, "args");
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw CommandException.usage("civicgrid %s: unexpected argument '%s' (options start with --; see"
            + " civicgrid %s --help)", command, arg, command);
      }
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
      String value;
      if (flags.contains(name)) {
        if (equals >= 0) {
          throw CommandException.usage("civicgrid %s: option --%s takes no value", command, name);
        }
        value = "true";
      } else if (valued.contains(name)) {
        if (equals >= 0) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
          value = args.get(++i);
        } else {
          throw CommandException.usage("civicgrid %s: option --%s needs a value", command, name);
        }
      } else {
        throw CommandException.usage("civicgrid %s: unknown option --%s (see civicgrid %s --help)", command, name,
            command);
      }
      if (values.put(name, value) != null) {
        throw CommandException.usage("civicgrid %s: option --%s is given twice", command, name);
      }
    }
    return new Arguments(command, ImmutableMap.copyOf(values));
  }

  String command() {
    return command;
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  Optional<String> text(String name) {
    return Optional.ofNullable(values.get(name));
  }

  String required(String name) {
    String value = values.get(name);
    if (value == null || value.isEmpty()) {
      throw CommandException.usage("civicgrid %s: option --%s is required", command, name);
    }
    return value;
  }

  /** The file named by a required option, which must exist. */
  Path existingFile(String name) {
    return existing(name, required(name));
  }

  /** The file named by an option, which must exist when given. */
  Optional<Path> optionalFile(String name) {
    return text(name).map(value -> existing(name, value));
  }

  /** The path named by an option, or {@code otherwise}. */
  Path path(String name, String otherwise) {
    String value = text(name).orElse(otherwise);
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw CommandException.usage("civicgrid %s: --%s '%s' is not a path", command, name, value);
    }
  }

  /** A whole number at least {@code min}, or {@code otherwise}. */
  long whole(String name, long otherwise, long min) {
    String value = values.get(name);
    if (value == null) {
      return otherwise;
    }
    long number;
    try {
      number = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw CommandException.usage("civicgrid %s: --%s '%s' is not a whole number", command, name, value);
    }
    if (number < min) {
      throw CommandException.usage("civicgrid %s: --%s %s is below %s", command, name, value, min);
    }
    return number;
  }

  /** A number strictly between {@code above} and {@code below}, or {@code otherwise}. */
  double fraction(String name, double otherwise, double above, double below) {
    String value = values.get(name);
    if (value == null) {
      return otherwise;
    }
    double number;
    try {
      number = Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw CommandException.usage("civicgrid %s: --%s '%s' is not a number", command, name, value);
    }
    if (!(number > above && number < below)) {
      throw CommandException.usage("civicgrid %s: --%s %s is not between %s and %s", command, name, value, above,
          below);
    }
    return number;
  }

  private Path existing(String name, String value) {
    Path path;
    try {
      path = Path.of(value);
    } catch (InvalidPathException e) {
      throw CommandException.usage("civicgrid %s: --%s '%s' is not a path", command, name, value);
    }
    if (!Files.isRegularFile(path)) {
      throw CommandException.usage("civicgrid %s: --%s %s: no such file", command, name, value);
    }
    return path;
  }
}
