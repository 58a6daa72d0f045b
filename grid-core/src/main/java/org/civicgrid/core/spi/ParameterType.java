package org.civicgrid.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.collect.ImmutableMap.toImmutableMap;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Primitives;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How one supported value type is read from a configuration string, and how to tell a user what was
 * expected when it cannot be. Instances are immutable and thread-safe.
 *
 * @param <T> the value type
 */
final class ParameterType<T> {
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");
  private static final ImmutableMap<String, ChronoUnit> DURATION_UNITS =
      ImmutableMap.of(
          "ms", ChronoUnit.MILLIS,
          "s", ChronoUnit.SECONDS,
          "m", ChronoUnit.MINUTES,
          "h", ChronoUnit.HOURS,
          "d", ChronoUnit.DAYS);

  private static final ImmutableMap<Class<?>, ParameterType<?>> SUPPORTED =
      Stream.<ParameterType<?>>of(
              new ParameterType<>(String.class, "a string", s -> s),
              new ParameterType<>(Integer.class, "a 32-bit whole number", Integer::valueOf),
              new ParameterType<>(Long.class, "a 64-bit whole number", Long::valueOf),
              new ParameterType<>(Boolean.class, "true or false", ParameterType::parseBoolean),
              new ParameterType<>(Double.class, "a finite number", ParameterType::parseDouble),
              new ParameterType<>(
                  Duration.class,
                  "a duration such as PT30S, 500ms, 30s, 5m, 2h or 1d",
                  ParameterType::parseDuration),
              new ParameterType<>(Path.class, "a file system path", Path::of),
              new ParameterType<>(URI.class, "a URI", ParameterType::parseUri))
          .collect(toImmutableMap(ParameterType::type, type -> type));

  private final Class<T> type;
  private final String expectation;
  private final Function<String, T> parser;

  private ParameterType(Class<T> type, String expectation, Function<String, T> parser) {
    this.type = type;
    this.expectation = expectation;
    this.parser = parser;
  }

  /**
   * Returns the parameter type for {@code type}, or empty if values of that type cannot be
   * configured. Primitive classes are treated as their wrappers.
   */
  @SuppressWarnings("unchecked") // SUPPORTED maps each class to the ParameterType of that class.
  static <T> Optional<ParameterType<T>> find(Class<T> type) {
    Class<T> wrapped = Primitives.wrap(type);
    if (wrapped.isEnum()) {
      return Optional.of(ofEnum(wrapped));
    }
    return Optional.ofNullable((ParameterType<T>) SUPPORTED.get(wrapped));
  }

  /** The names of the supported types, for the message that rejects an unsupported one. */
  static String supportedTypes() {
    return SUPPORTED.keySet().stream().map(Class::getSimpleName).collect(Collectors.joining(", "))
        + " and enums";
  }

  /** The value class; never a primitive class. */
  Class<T> type() {
    return type;
  }

  /** What a valid value looks like, phrased to complete "... is not ...". */
  String expectation() {
    return expectation;
  }

  /**
   * Parses {@code raw}. Strings are taken verbatim; other types ignore surrounding whitespace,
   * which configuration files and environment variables often add.
   *
   * @throws RuntimeException of any kind when {@code raw} is not a valid value
   */
  T parse(String raw) {
    if (type == String.class) {
      return parser.apply(raw);
    }
    String trimmed = raw.strip();
    checkArgument(!trimmed.isEmpty(), "blank");
    return parser.apply(trimmed);
  }

  private static <E> ParameterType<E> ofEnum(Class<E> enumType) {
    String expected =
        Arrays.stream(enumType.getEnumConstants())
            .map(constant -> toKebab(((Enum<?>) constant).name()))
            .collect(Collectors.joining(", ", "one of [", "]"));
    return new ParameterType<>(enumType, expected, raw -> parseEnum(enumType, raw));
  }

  // Accepts READ_ONLY, read_only and read-only alike: configuration files favour kebab-case.
  private static <E> E parseEnum(Class<E> enumType, String raw) {
    String wanted = Ascii.toUpperCase(raw).replace('-', '_');
    for (E constant : enumType.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(wanted)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("no such constant");
  }

  private static String toKebab(String constantName) {
    return Ascii.toLowerCase(constantName).replace('_', '-');
  }

  // Boolean.parseBoolean reads every typo as false; a configuration should fail loudly instead.
  private static Boolean parseBoolean(String raw) {
    if (Ascii.equalsIgnoreCase(raw, "true")) {
      return Boolean.TRUE;
    }
    checkArgument(Ascii.equalsIgnoreCase(raw, "false"), "not a boolean");
    return Boolean.FALSE;
  }

  private static Double parseDouble(String raw) {
    double value = Double.parseDouble(raw);
    checkArgument(Double.isFinite(value), "not finite");
    return value;
  }

  private static Duration parseDuration(String raw) {
    Matcher shortForm = SHORT_DURATION.matcher(Ascii.toLowerCase(raw));
    if (shortForm.matches()) {
      return Duration.of(
          Long.parseLong(shortForm.group(1)), DURATION_UNITS.get(shortForm.group(2)));
    }
    return Duration.parse(raw);
  }

  private static URI parseUri(String raw) {
    try {
      return new URI(raw);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e.getReason(), e);
    }
  }
}
