package org.civicgrid.core.points;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * The id, in the system it came from, of the event an entry records: a finished task, an hours
 * sheet, a reward handed out, a correction. A ledger accepts each source event once, whatever the
 * entry's kind or person, so a retried or replayed event is never counted twice. Letters, digits,
 * '.', '_', ':', '/' and '-', 1 to 128 characters, so ids such as {@code case:2024-000123} or
 * {@code patrol/2024-03-01/w17} fit every store. Immutable.
 */
public record SourceEventId(String value) implements Comparable<SourceEventId> {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:/-]{1,128}");

  public SourceEventId {
    checkArgument(value != null && VALID.matcher(value).matches(),
        "source event id %s must be 1 to 128 letters, digits, '.', '_', ':', '/' or '-'", value);
  }

  public static SourceEventId of(String value) {
    return new SourceEventId(value);
  }

  @Override
  public int compareTo(SourceEventId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
