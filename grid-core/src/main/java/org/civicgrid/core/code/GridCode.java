package org.civicgrid.core.code;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The identifier of a grid: a short string of ASCII letters and digits whose leading characters are
 * its parent's code (a child's code extends its parent's). Only syntax is checked here; what a level
 * requires (length, segment ranges) is checked by {@link CodeSegment} and the level scheme.
 *
 * <p>Immutable and thread-safe. Ordered by its string, which for equal-length numeric codes is the
 * numeric order.
 */
public final class GridCode implements Comparable<GridCode> {
  /** Longest code accepted (CJ/T 349 professional-grid codes have 20 characters). */
  public static final int MAX_LENGTH = 40;

  private final String value;

  private GridCode(String value) {
    this.value = value;
  }

  /**
   * The code for a string.
   *
   * @throws InvalidCodeException if {@code value} is empty, longer than {@link #MAX_LENGTH} or has a
   *     character outside {@code [0-9A-Za-z]}
   */
  public static GridCode of(String value) {
    checkNotNull(value, "value");
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new InvalidCodeException(value, CodeRule.SYNTAX, "length must be 1 to " + MAX_LENGTH);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (!ok) {
        throw new InvalidCodeException(value, CodeRule.SYNTAX, "character '" + c + "' at position " + (i + 1));
      }
    }
    return new GridCode(value);
  }

  public String value() {
    return value;
  }

  public int length() {
    return value.length();
  }

  /** True when this code is a strict prefix of {@code other} (a candidate ancestor by code). */
  public boolean isPrefixOf(GridCode other) {
    return other.value.length() > value.length() && other.value.startsWith(value);
  }

  /** The first {@code length} characters, the code of an ancestor in a prefix scheme. */
  public GridCode prefix(int length) {
    checkArgument(length > 0 && length <= value.length(), "prefix length %s outside 1..%s", length, value.length());
    return length == value.length() ? this : new GridCode(value.substring(0, length));
  }

  /** The characters from {@code start} (inclusive) to {@code end} (exclusive). */
  public String segment(int start, int end) {
    return value.substring(start, end);
  }

  /** This code followed by {@code suffix} (which must be letters or digits). */
  public GridCode append(String suffix) {
    return of(value + suffix);
  }

  @Override
  public int compareTo(GridCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GridCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
