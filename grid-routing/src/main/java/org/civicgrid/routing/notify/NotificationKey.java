package org.civicgrid.routing.notify;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The idempotency key of a notification: the same key means the same message, so a receiver that
 * remembers keys turns the dispatcher's at-least-once delivery into exactly-once effects. Letters,
 * digits and {@code . _ - : #}, 1 to 128 characters, for example {@code c-1#3:gw-017}. Immutable.
 */
public record NotificationKey(String value) implements Comparable<NotificationKey> {
  private static final int MAX_LENGTH = 128;

  public NotificationKey {
    checkArgument(value != null && isValid(value),
        "notification key %s must be 1 to %s letters, digits, '.', '_', '-', ':' or '#'", value, MAX_LENGTH);
  }

  public static NotificationKey of(String value) {
    return new NotificationKey(value);
  }

  private static boolean isValid(String value) {
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
          || c == '.' || c == '_' || c == '-' || c == ':' || c == '#';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(NotificationKey other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
