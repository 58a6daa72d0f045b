package org.civicgrid.core.spi;

import java.util.regex.Pattern;
import org.civicgrid.core.code.LowerKebab;

/**
 * The spelling rules for plugin ids, extension-point names and parameter keys, kept in one place
 * because they appear in system properties and configuration files, where a stray capital or
 * underscore would otherwise fail silently.
 */
final class Identifiers {
  // Dots let keys group related settings ("pool.max-size"), as Keycloak's property names do.
  private static final Pattern PARAMETER_KEY = Pattern.compile("[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*");

  private Identifiers() {}

  /** Whether {@code s} is lower-kebab-case, the form of plugin ids and extension-point names. */
  static boolean isLowerKebab(String s) {
    return LowerKebab.matches(s);
  }

  /** Whether {@code s} is a valid parameter key: lower-kebab segments joined by dots. */
  static boolean isParameterKey(String s) {
    return s != null && PARAMETER_KEY.matcher(s).matches();
  }
}
