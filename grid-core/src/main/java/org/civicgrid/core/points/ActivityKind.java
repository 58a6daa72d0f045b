package org.civicgrid.core.points;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * The key of a kind of task or of hours that earn points, lower-kebab English such as
 * {@code hazard-report} or {@code volunteer-service}; a city's own kinds may take a prefix of their
 * own ({@code beipiao.flood-watch}). A {@link PointsTariff} prices each kind. Immutable.
 */
public record ActivityKind(String value) implements Comparable<ActivityKind> {
  private static final Pattern VALID =
      Pattern.compile("([a-z][a-z0-9]*(-[a-z0-9]+)*\\.)?[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public ActivityKind {
    checkArgument(value != null && value.length() <= 64 && VALID.matcher(value).matches(),
        "activity kind %s must be lower-kebab, optionally after one 'prefix.', at most 64 characters", value);
  }

  public static ActivityKind of(String value) {
    return new ActivityKind(value);
  }

  @Override
  public int compareTo(ActivityKind other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
