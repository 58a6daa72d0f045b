package org.civicgrid.core.report;

/**
 * A named check whose violations are reported as {@link Finding}s. Each checking component declares
 * its rules as an enum implementing this interface, so findings can be matched by type.
 */
public interface Rule {
  /** Stable lower-kebab identifier, for example {@code duplicate-code}. */
  String id();

  /** The severity a violation of this rule has. */
  Severity severity();
}
