package org.civicgrid.core.code;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of a code that one level adds to its parent's code: its length, whether it is numeric,
 * and for numeric segments the ranges of allowed values with their meaning (GB/T 10114's township
 * ranges, a sequence 001–999). Immutable.
 */
public final class CodeSegment {
  private final String name;
  private final int length;
  private final boolean numeric;
  private final ImmutableList<SegmentRange> ranges;

  private CodeSegment(String name, int length, boolean numeric, ImmutableList<SegmentRange> ranges) {
    checkNotNull(name, "name");
    checkArgument(length >= 1 && length <= 18, "segment %s: length %s outside 1..18", name, length);
    this.name = name;
    this.length = length;
    this.numeric = numeric;
    this.ranges = ranges;
  }

  /** A numeric sequence segment: any value from 1 to all nines (zero is reserved). */
  public static CodeSegment sequence(String name, int length) {
    return numeric(name, length, SegmentRange.of(1, maxValue(length), "sequence"));
  }

  /** A numeric segment whose values must fall in one of {@code ranges}. */
  public static CodeSegment numeric(String name, int length, SegmentRange... ranges) {
    checkArgument(ranges.length > 0, "segment %s needs at least one range", name);
    for (SegmentRange r : ranges) {
      checkArgument(r.to() <= maxValue(length), "segment %s: range %s exceeds %s digits", name, r, length);
    }
    return new CodeSegment(name, length, true, ImmutableList.copyOf(ranges));
  }

  /** A segment of any letters and digits (for schemes that are not numeric). */
  public static CodeSegment alphanumeric(String name, int length) {
    return new CodeSegment(name, length, false, ImmutableList.of());
  }

  private static long maxValue(int length) {
    return (long) Math.pow(10, length) - 1;
  }

  public String name() {
    return name;
  }

  public int length() {
    return length;
  }

  public boolean isNumeric() {
    return numeric;
  }

  public ImmutableList<SegmentRange> ranges() {
    return ranges;
  }

  /** The range that holds {@code digits}, if they are a valid value of this segment. */
  public Optional<SegmentRange> classify(String digits) {
    if (digits.length() != length || !numeric || !isDigits(digits)) {
      return Optional.empty();
    }
    long value = Long.parseLong(digits);
    return ranges.stream().filter(r -> r.contains(value)).findFirst();
  }

  /**
   * Checks the segment {@code value} of the code {@code code}.
   *
   * @throws InvalidCodeException naming the code and the rule it breaks
   */
  public void check(String code, String value) {
    if (value.length() != length) {
      throw new InvalidCodeException(code, CodeRule.LENGTH, name + " segment must have " + length + " characters");
    }
    if (!numeric) {
      return;
    }
    if (!isDigits(value)) {
      throw new InvalidCodeException(code, CodeRule.SEGMENT_CHARSET, name + " segment '" + value + "' must be digits");
    }
    if (classify(value).isEmpty()) {
      throw new InvalidCodeException(code, CodeRule.SEGMENT_RANGE, name + " segment '" + value + "' outside " + describeRanges());
    }
  }

  /** The largest value the segment's ranges allow, the limit a sequence overflows at. */
  public long maxAllowed() {
    return ranges.stream().mapToLong(SegmentRange::to).max().orElse(maxValue(length));
  }

  /** The value of this segment as zero-padded digits. */
  public String format(long value) {
    checkArgument(numeric, "segment %s is not numeric", name);
    return String.format("%0" + length + "d", value);
  }

  private String describeRanges() {
    return String.join(", ", ranges.stream()
        .map(r -> format(r.from()) + "–" + format(r.to()) + " " + r.meaning()).toList());
  }

  static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Equal when name, length, kind and ranges (with their meanings) are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CodeSegment other && name.equals(other.name) && length == other.length
        && numeric == other.numeric && ranges.equals(other.ranges);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, length, numeric, ranges);
  }

  @Override
  public String toString() {
    return name + "(" + length + (numeric ? " digits: " + describeRanges() : " characters") + ")";
  }
}
