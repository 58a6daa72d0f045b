package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * The key of a role in a role catalogue, lower-kebab English such as {@code grid-leader} or
 * {@code full-time-worker}; a city's own roles take a prefix of their own ({@code tongnan.power-staff})
 * so they never collide with the presets. Immutable.
 */
public record RoleId(String value) implements Comparable<RoleId> {
  private static final Pattern VALID =
      Pattern.compile("([a-z][a-z0-9]*(-[a-z0-9]+)*\\.)?[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RoleId {
    checkArgument(value != null && value.length() <= 64 && VALID.matcher(value).matches(),
        "role id %s must be lower-kebab, optionally after one 'prefix.', at most 64 characters", value);
  }

  public static RoleId of(String value) {
    return new RoleId(value);
  }

  @Override
  public int compareTo(RoleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
