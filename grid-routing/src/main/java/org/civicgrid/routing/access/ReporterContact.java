package org.civicgrid.routing.access;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A reporter's raw name and phone number, as {@link ReporterAccess} hands them to an actor allowed to
 * call the reporter back; both are empty for an anonymous or staff reporter. Personal data: {@link
 * #toString()} withholds them, so printing or logging one leaks nothing. Immutable.
 */
public record ReporterContact(Optional<String> name, Optional<String> phone) {
  public ReporterContact {
    checkNotNull(name, "name");
    checkNotNull(phone, "phone");
  }

  /** {@code ReporterContact[withheld]}: never the raw values. */
  @Override
  public String toString() {
    return "ReporterContact[withheld]";
  }
}
