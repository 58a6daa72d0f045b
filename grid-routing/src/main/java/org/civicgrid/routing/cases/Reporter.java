package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;
import java.util.Optional;
import org.civicgrid.core.staff.Contact;
import org.civicgrid.core.staff.PersonId;

/**
 * Who reported a case (诉求人): a resident with a name and a phone number, an anonymous resident, or
 * a staff member who found it on patrol. A resident's name and number are personal data, so they are
 * masked wherever a reporter is shown — {@link #toString()}, and so every log line, message, event
 * and case printed — as in {@code resident 张** 138****5678}. The raw values come only from {@link
 * #revealName()} and {@link #revealPhone()}, named so that every call site reads as the deliberate
 * choice it is (a follow-up call, a store). Validation messages never quote them. Immutable and
 * thread-safe.
 */
public final class Reporter {
  private static final int MAX_NAME_LENGTH = 64;
  private static final int MIN_DIGITS = 7;
  private static final int MAX_DIGITS = 15;
  private static final Reporter ANONYMOUS = new Reporter(null, null, null);

  private final String name;
  private final String phone;
  private final PersonId staff;

  private Reporter(String name, String phone, PersonId staff) {
    this.name = name;
    this.phone = phone;
    this.staff = staff;
  }

  /**
   * A resident who gave a name and a phone number to be called back on. The number may contain
   * spaces, '-', '(' and ')' and a leading '+' and must have 7 to 15 digits.
   *
   * @throws IllegalArgumentException when the name is blank or longer than 64 characters or the
   *     number is malformed; the message describes the problem without quoting the value
   */
  public static Reporter resident(String name, String phone) {
    checkNotNull(name, "reporter name");
    checkNotNull(phone, "reporter phone");
    checkArgument(!name.isBlank() && name.length() <= MAX_NAME_LENGTH,
        "reporter name must be 1 to %s characters, not blank (got %s characters)", MAX_NAME_LENGTH,
        name.length());
    checkPhone(phone);
    return new Reporter(name.strip(), phone, null);
  }

  /** A resident who left no name or number; nobody can be called back. */
  public static Reporter anonymous() {
    return ANONYMOUS;
  }

  /** A staff member who found the matter, typically a grid worker on patrol; not personal data. */
  public static Reporter staff(PersonId person) {
    return new Reporter(null, null, checkNotNull(person, "person"));
  }

  /** True for a reporter who left no name, number or staff id. */
  public boolean isAnonymous() {
    return name == null && staff == null;
  }

  /** The staff member who reported, for patrol discoveries. */
  public Optional<PersonId> staffMember() {
    return Optional.ofNullable(staff);
  }

  /** The resident's name with all but its first character hidden, {@code 张**}; safe to show. */
  public Optional<String> maskedName() {
    return name == null ? Optional.empty() : Optional.of(maskName(name));
  }

  /** The phone number with all but its first three and last four digits hidden, {@code 138****5678}. */
  public Optional<String> maskedPhone() {
    return phone == null ? Optional.empty() : Optional.of(Contact.maskPhoneNumber(phone));
  }

  /** The resident's raw name, for the few places that must use it. Never log it. */
  public Optional<String> revealName() {
    return Optional.ofNullable(name);
  }

  /** The resident's raw phone number, for calling back and storing. Never log it. */
  public Optional<String> revealPhone() {
    return Optional.ofNullable(phone);
  }

  private static void checkPhone(String phone) {
    int digits = 0;
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else {
        checkArgument(c == ' ' || c == '-' || c == '(' || c == ')' || (c == '+' && i == 0),
            "reporter phone may only have digits, spaces, '-', '(', ')' and a leading '+' (character %s is not)",
            i + 1);
      }
    }
    checkArgument(digits >= MIN_DIGITS && digits <= MAX_DIGITS,
        "reporter phone must have %s to %s digits (got %s)", MIN_DIGITS, MAX_DIGITS, digits);
  }

  private static String maskName(String name) {
    int first = name.offsetByCodePoints(0, 1);
    int hidden = name.codePointCount(first, name.length());
    return name.substring(0, first) + "*".repeat(Math.max(hidden, 1));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reporter other && Objects.equals(name, other.name)
        && Objects.equals(phone, other.phone) && Objects.equals(staff, other.staff);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, phone, staff);
  }

  /** {@code resident 张** 138****5678}, {@code staff p-017} or {@code anonymous}: never the raw data. */
  @Override
  public String toString() {
    if (staff != null) {
      return "staff " + staff;
    }
    if (name == null) {
      return "anonymous";
    }
    return "resident " + maskName(name) + " " + Contact.maskPhoneNumber(phone);
  }
}
