package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A channel to reach a staff member: a mobile or landline number, an e-mail address or a WeChat id.
 * Contact data is personal, so the value is masked wherever it is shown — {@link #toString()} (and so
 * every log line and message that prints a contact), and a plain Jackson export — as in {@code mobile
 * 138****5678}. The raw value comes only from {@link #reveal()}, named so that every call site reads as
 * the deliberate choice it is (sending a notification, storing the record). Validation messages never
 * quote the value either. Immutable and thread-safe.
 */
public final class Contact {
  private static final int MIN_DIGITS = 7;
  private static final int MAX_DIGITS = 15;

  private final ContactKind kind;
  private final String value;

  private Contact(ContactKind kind, String value) {
    this.kind = kind;
    this.value = value;
  }

  /**
   * A contact of this kind. Numbers may contain spaces, '-', '(' and ')' and a leading '+', and must
   * have 7 to 15 digits; an e-mail address needs one '@' with text on both sides; a WeChat id is 1 to
   * 64 characters without spaces.
   *
   * @throws IllegalArgumentException when the value does not fit its kind; the message describes the
   *     problem without quoting the value
   */
  public static Contact of(ContactKind kind, String value) {
    checkNotNull(kind, "kind");
    checkNotNull(value, "%s contact value", kind);
    switch (kind) {
      case MOBILE, LANDLINE -> checkNumber(kind, value);
      case EMAIL -> checkArgument(value.length() <= 254 && value.indexOf('@') > 0
              && value.indexOf('@') == value.lastIndexOf('@') && value.indexOf('@') < value.length() - 1
              && value.chars().noneMatch(Character::isWhitespace),
          "e-mail contact must be one name@domain without spaces, at most 254 characters (got %s characters)",
          value.length());
      case WECHAT -> checkArgument(!value.isEmpty() && value.length() <= 64
              && value.chars().noneMatch(Character::isWhitespace),
          "WeChat contact must be 1 to 64 characters without spaces (got %s characters)", value.length());
    }
    return new Contact(kind, value);
  }

  public static Contact mobile(String number) {
    return of(ContactKind.MOBILE, number);
  }

  public static Contact landline(String number) {
    return of(ContactKind.LANDLINE, number);
  }

  public static Contact email(String address) {
    return of(ContactKind.EMAIL, address);
  }

  public static Contact wechat(String id) {
    return of(ContactKind.WECHAT, id);
  }

  public ContactKind kind() {
    return kind;
  }

  /** The value with most of it hidden, safe to log and show: {@code 138****5678}. */
  public String masked() {
    return switch (kind) {
      case MOBILE, LANDLINE -> maskPhoneNumber(value);
      case EMAIL -> value.charAt(0) + "***" + value.substring(value.indexOf('@'));
      case WECHAT -> value.length() < 6 ? value.charAt(0) + "***" : value.substring(0, 2) + "****"
          + value.charAt(value.length() - 1);
    };
  }

  /**
   * The raw value, for the few places that must use it (dialling, sending, storing). Never log it or
   * put it in a message.
   */
  public String reveal() {
    return value;
  }

  private static void checkNumber(ContactKind kind, String value) {
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else {
        checkArgument(c == ' ' || c == '-' || c == '(' || c == ')' || (c == '+' && i == 0),
            "%s contact may only have digits, spaces, '-', '(', ')' and a leading '+' (character %s is not)",
            kind, i + 1);
      }
    }
    checkArgument(digits >= MIN_DIGITS && digits <= MAX_DIGITS, "%s contact must have %s to %s digits (got %s)",
        kind, MIN_DIGITS, MAX_DIGITS, digits);
  }

  /**
   * A phone number masked as Chinese platforms show it: the last four digits kept (two for numbers of
   * fewer than eight digits), the first three as well for numbers of eleven digits or more (a mobile,
   * or a landline with its area code), every other digit a {@code *}, separators kept. The one masking
   * of phone numbers, for staff contacts and residents' reports alike.
   */
  public static String maskPhoneNumber(String number) {
    int digits = (int) number.chars().filter(c -> c >= '0' && c <= '9').count();
    int keepLast = digits >= 8 ? 4 : 2;
    int keepFirst = digits >= 11 ? 3 : 0;
    StringBuilder masked = new StringBuilder(number.length());
    int seen = 0;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        masked.append(seen < keepFirst || seen >= digits - keepLast ? c : '*');
        seen++;
      } else {
        masked.append(c);
      }
    }
    return masked.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contact other && kind == other.kind && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value);
  }

  /** The kind and the masked value, {@code mobile 138****5678}; what a plain Jackson export writes too. */
  @JsonValue
  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + " " + masked();
  }
}
