package org.civicgrid.core.code;

/**
 * The one spelling rule for CivicGrid's ids — departments, duties, channels' platforms, plugins,
 * catalogues, notification kinds: lower-kebab-case, {@code [a-z][a-z0-9]*(-[a-z0-9]+)*}, such as
 * {@code water-utility}. A loop rather than a regular expression, because ids are checked on the case
 * engine's hot path (every notification's kind). Stateless.
 */
public final class LowerKebab {
  private LowerKebab() {}

  /** True when {@code s} is lower-kebab-case; false for null and the empty string. */
  public static boolean matches(String s) {
    if (s == null || s.isEmpty() || !isLetter(s.charAt(0)) || s.charAt(s.length() - 1) == '-') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = isLetter(c) || (c >= '0' && c <= '9') || (c == '-' && s.charAt(i - 1) != '-');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
