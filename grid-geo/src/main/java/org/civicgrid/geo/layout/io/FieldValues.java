package org.civicgrid.geo.layout.io;

import java.math.BigDecimal;

/**
 * Reads the numbers of layout files, from CSV cells and GeoJSON properties alike, and says in words
 * what is wrong with a bad one ({@code "households 'x' is not a whole number"}). Stateless.
 */
final class FieldValues {
  private FieldValues() {}

  /** The text a property value is judged by: strings as they are, numbers and the rest as JSON would show them. */
  static String text(Object value) {
    return value instanceof String s ? s.trim() : String.valueOf(value);
  }

  /**
   * The value as a finite number within {@code [min, max]}, or NaN with the problem added.
   */
  static double number(String name, String text, double min, double max, FileProblems problems, String location) {
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      problems.add(location, name + " '" + text + "' is not a number");
      return Double.NaN;
    }
    if (!Double.isFinite(value)) {
      problems.add(location, name + " '" + text + "' is not a finite number");
      return Double.NaN;
    }
    if (value < min || value > max) {
      problems.add(location, name + " '" + text + "' is outside " + plain(min) + ".." + plain(max));
      return Double.NaN;
    }
    return value;
  }

  /** The value as a whole number of at least {@code min}, or -1 with the problem added. */
  static int whole(String name, String text, int min, FileProblems problems, String location) {
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      problems.add(location, name + " '" + text + "' is not a whole number");
      return -1;
    }
    if (value.stripTrailingZeros().scale() > 0) {
      problems.add(location, name + " '" + text + "' is not a whole number");
      return -1;
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0) {
      problems.add(location, name + " '" + text + "' is less than " + min);
      return -1;
    }
    if (value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      problems.add(location, name + " '" + text + "' is too large");
      return -1;
    }
    return value.intValueExact();
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
