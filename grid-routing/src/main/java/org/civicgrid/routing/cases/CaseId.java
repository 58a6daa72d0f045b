package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The stable number of a case (案件编号), issued by the platform that took the report: letters,
 * digits, '.', '_' and '-', 1 to 64 characters, so every store, log and notification can carry it.
 * Immutable.
 */
public record CaseId(String value) implements Comparable<CaseId> {
  private static final int MAX_LENGTH = 64;

  public CaseId {
    checkArgument(value != null && isValid(value),
        "case id %s must be 1 to %s letters, digits, '.', '_' or '-'", value, MAX_LENGTH);
  }

  public static CaseId of(String value) {
    return new CaseId(value);
  }

  // A loop rather than a regex: ids are checked once per case on the intake hot path.
  private static boolean isValid(String value) {
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
          || c == '.' || c == '_' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(CaseId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
