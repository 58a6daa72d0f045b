package org.civicgrid.core.io;

import org.civicgrid.core.code.SegmentRange;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelScheme;
import org.civicgrid.core.scheme.LevelSchemes;

/**
 * The statistical division codes of the National Bureau of Statistics, as a division table writes
 * them: 2, 4, 6, 9 or 12 digits for province, city, county, township and village, or the 12-digit
 * form padded with zeros (110101000000 is county 110101). Character loops only, no regular
 * expressions or substrings: this runs once per row of a national table. Stateless.
 */
final class DivisionCodes {
  static final LevelScheme SCHEME = LevelSchemes.nbs();
  static final Level CITY = SCHEME.level("city");
  static final Level COUNTY = SCHEME.level("county");
  static final Level TOWNSHIP = SCHEME.level("township");
  static final int MAX_LENGTH = 12;

  /** The level of each code length; the NBS lengths 2, 4, 6, 9 and 12 are unique. */
  private static final Level[] LEVELS = new Level[MAX_LENGTH + 1];
  /** The code lengths of the levels each level may hang under, longest first. */
  private static final int[][] PARENT_LENGTHS = new int[MAX_LENGTH + 1][];
  /** Whether a level's segment of all zeros is padding (zero is no value it allows). */
  private static final boolean[] ZERO_IS_PADDING = new boolean[MAX_LENGTH + 1];
  private static final String LENGTHS = "2, 4, 6, 9 or 12";

  static {
    for (Level level : SCHEME.levels()) {
      LEVELS[level.codeLength()] = level;
      ZERO_IS_PADDING[level.codeLength()] = level.segment().isNumeric()
          && level.segment().classify("0".repeat(level.segment().length())).isEmpty();
    }
    for (Level level : SCHEME.levels()) {
      PARENT_LENGTHS[level.codeLength()] = level.parents().stream()
          .map(id -> -SCHEME.level(id).codeLength()).sorted().mapToInt(negated -> -negated).toArray();
    }
  }

  private DivisionCodes() {}

  /** The level of a code of this significant length. */
  static Level level(int length) {
    return LEVELS[length];
  }

  /** The code lengths of the levels a code of this length may hang under, longest first. */
  static int[] parentLengths(int length) {
    return PARENT_LENGTHS[length];
  }

  /** Why {@code code} is no division code, or null when it is one (possibly zero-padded). */
  static String problem(String code) {
    int n = code.length();
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return "'" + code + "' has '" + c + "' at position " + (i + 1) + "; division codes are digits";
      }
    }
    if (n > MAX_LENGTH || LEVELS[n] == null) {
      return "'" + code + "' has " + n + " digits; division codes have " + LENGTHS;
    }
    return significantLength(code) == 0 ? "'" + code + "' is all zeros" : null;
  }

  /**
   * The length of a valid code without its zero-padded trailing segments (110101000000 → 6). A
   * segment is stripped only where zero is not a value its level allows, so padding is never
   * mistaken for a real segment.
   */
  static int significantLength(String code) {
    int length = code.length();
    while (length > 0 && ZERO_IS_PADDING[length] && zeros(code, LEVELS[length].segmentStart(), length)) {
      length = LEVELS[length].segmentStart();
    }
    return length;
  }

  /** True when the characters from {@code from} to {@code to} are all '0'. */
  static boolean zeros(String code, int from, int to) {
    for (int i = from; i < to; i++) {
      if (code.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  /** True when the code's own segment lies in one of its level's ranges. */
  static boolean inRange(String code, Level level) {
    long value = segmentValue(code, level);
    for (SegmentRange range : level.segment().ranges()) {
      if (range.contains(value)) {
        return true;
      }
    }
    return false;
  }

  /** The number the code's own segment spells. */
  static long segmentValue(String code, Level level) {
    long value = 0;
    for (int i = level.segmentStart(); i < code.length(); i++) {
      value = value * 10 + (code.charAt(i) - '0');
    }
    return value;
  }

  /** True for a non-empty string of digits short enough to be a division code. */
  static boolean isDigits(String s) {
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
