package org.civicgrid.routing.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.cases.HandlingUnit;

/**
 * Who a notification is for: a person (a grid worker, a leader), a handling unit (a grid's post or a
 * department's desk) or a channel (a grid's group chat, a public board). Whether the recipient may
 * read a reporter's personal data is decided by whoever builds the notification (the access rules
 * of the recipient's role) and recorded here, so neither the store nor a notifier has to guess.
 * Immutable.
 *
 * @param kind what the id names
 * @param id the person id, the unit as {@code grid:<code>} or {@code department:<id>}, or the channel
 *     name
 * @param mayReadPersonalData whether notifications to this recipient may carry a reporter's name and
 *     contact data; never true for a channel
 */
public record Recipient(Kind kind, String id, boolean mayReadPersonalData) {

  /** What a recipient id names. */
  public enum Kind {
    /** One person. */
    PERSON,
    /** A handling unit: a grid or a department. */
    UNIT,
    /** A group channel, read by people nobody vetted one by one. */
    CHANNEL
  }

  public Recipient {
    checkNotNull(kind, "kind");
    checkArgument(id != null && !id.isBlank(), "recipient id %s must not be blank", id);
    checkArgument(kind != Kind.CHANNEL || !mayReadPersonalData,
        "channel %s may not receive personal data: group channels have unvetted readers", id);
  }

  /** A person who may not read personal data. */
  public static Recipient person(PersonId person) {
    return new Recipient(Kind.PERSON, checkNotNull(person, "person").value(), false);
  }

  /** A person whose role allows reading reporters' personal data. */
  public static Recipient personAllowedPersonalData(PersonId person) {
    return new Recipient(Kind.PERSON, checkNotNull(person, "person").value(), true);
  }

  /** A handling unit, which may not read personal data. */
  public static Recipient unit(HandlingUnit unit) {
    checkNotNull(unit, "unit");
    return new Recipient(Kind.UNIT, (unit.kind() == HandlingUnit.Kind.GRID ? "grid:" : "department:") + unit.id(),
        false);
  }

  /** A group channel. */
  public static Recipient channel(String name) {
    return new Recipient(Kind.CHANNEL, name, false);
  }

  /** {@code PERSON gw-017}. */
  @Override
  public String toString() {
    return kind + " " + id;
  }
}
