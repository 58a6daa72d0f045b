package org.civicgrid.core.report;

import java.util.Locale;

/**
 * A named check whose violations are reported as {@link Finding}s. Each checking component declares
 * its rules as an enum implementing this interface, so findings can be matched by type; the enum
 * constant's name gives the rule's id.
 */
public interface Rule {
  /** The constant's name, which enums provide. */
  String name();

  /** Stable lower-kebab identifier derived from {@link #name()}: {@code DUPLICATE_CODE} → {@code duplicate-code}. */
  default String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The severity a violation of this rule has. */
  Severity severity();
}
