package org.civicgrid.routing.category;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/**
 * What makes a category catalogue invalid, whether it is built in code or read from a file. A
 * finding's subject is the offending code (or department id) when built in code, and the line when
 * read from a file; its message names the code either way.
 */
public enum CatalogueRule implements Rule {
  /** The file is not JSON, or is cut short; reading stops there. */
  BROKEN_JSON(Severity.ERROR),
  /** The document is not a catalogue of this version, or its id, {@code extends} or top-level fields are wrong. */
  MALFORMED_DOCUMENT(Severity.ERROR),
  /** An entry is not an object, lacks a name or condition, has an unknown field or a value of the wrong type. */
  MALFORMED_ENTRY(Severity.ERROR),
  /** A code is not two digits (main class) or four digits (subcategory) with no {@code 00} part. */
  MALFORMED_CODE(Severity.ERROR),
  /** Two entries have the same code. */
  DUPLICATE_CODE(Severity.ERROR),
  /** A local extension uses a code the catalogue it extends already has. */
  CODE_COLLISION(Severity.ERROR),
  /** A local extension uses a code outside the range reserved for a city's own classes ({@link CategoryCodes}). */
  NOT_LOCAL_CODE(Severity.ERROR),
  /** A subcategory's main class (the first two digits of its code) is not in the catalogue, or is another one. */
  UNKNOWN_PARENT(Severity.ERROR),
  /** A subcategory names no department, or one that is neither declared nor a standard department. */
  MISSING_DEPARTMENT(Severity.ERROR),
  /** One department id stands for departments with different names. */
  DEPARTMENT_CONFLICT(Severity.ERROR),
  /** A handling limit is missing, not a whole number of at least 1, or in an unknown unit. */
  BAD_TIME_LIMIT(Severity.ERROR);

  private final Severity severity;

  CatalogueRule(Severity severity) {
    this.severity = severity;
  }

  @Override
  public Severity severity() {
    return severity;
  }
}
