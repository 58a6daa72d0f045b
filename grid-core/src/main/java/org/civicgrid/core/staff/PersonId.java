package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * The stable key of a staff member, issued by the city's personnel system (a staff number, never
 * a national id number, which is personal data). Letters, digits, '.', '_' and '-', 1 to 64
 * characters, so every store and log can carry it. Immutable.
 */
public record PersonId(String value) implements Comparable<PersonId> {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  public PersonId {
    checkArgument(value != null && VALID.matcher(value).matches(),
        "person id %s must be 1 to 64 letters, digits, '.', '_' or '-'", value);
  }

  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
