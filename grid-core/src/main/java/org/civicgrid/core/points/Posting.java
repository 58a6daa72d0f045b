package org.civicgrid.core.points;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.civicgrid.core.staff.PersonId;

/**
 * What a caller asks a ledger to append; the ledger checks it against what is already there and
 * records it as a {@link LedgerEntry} with an id of its own. The records check what can be checked
 * alone: nulls and note lengths are caller mistakes ({@link NullPointerException},
 * {@link IllegalArgumentException}); zero or negative points are a {@link LedgerException} ({@link
 * LedgerRule#NON_POSITIVE_POINTS}), like every other refused posting. Immutable.
 */
public sealed interface Posting permits Posting.Award, Posting.Redemption, Posting.Reversal {
  /** The longest note an entry keeps. */
  int MAX_NOTE_LENGTH = 500;

  /** The event this posting records; a ledger accepts each event once. */
  SourceEventId event();

  /** When the award was earned, the reward handed out or the correction made. */
  Instant occurredAt();

  /** Free text for the statement, such as the reward given; never personal data. */
  String note();

  /** Points credited to {@code person} for {@code contribution}, often priced by a {@link PointsTariff}. */
  record Award(PersonId person, int points, Contribution contribution, SourceEventId event, Instant occurredAt,
      String note) implements Posting {
    public Award {
      checkNotNull(person, "person");
      checkNotNull(contribution, "contribution");
      checkCommon(event, occurredAt, note);
      checkPositive(points, "award", person, event);
    }
  }

  /** Points {@code person} spends on a reward; the ledger refuses more than the person has. */
  record Redemption(PersonId person, int points, SourceEventId event, Instant occurredAt, String note)
      implements Posting {
    public Redemption {
      checkNotNull(person, "person");
      checkCommon(event, occurredAt, note);
      checkPositive(points, "redemption", person, event);
    }
  }

  /**
   * Undoes {@code entry} in full from {@code occurredAt} on; the entry's person and points are taken
   * from the entry itself.
   *
   * @param note why the entry is reversed; required
   */
  record Reversal(EntryId entry, SourceEventId event, Instant occurredAt, String note) implements Posting {
    public Reversal {
      checkNotNull(entry, "entry");
      checkCommon(event, occurredAt, note);
      checkArgument(!note.isBlank(), "reversal of entry %s (event %s) must say why", entry, event);
    }
  }

  private static void checkCommon(SourceEventId event, Instant occurredAt, String note) {
    checkNotNull(event, "event");
    checkNotNull(occurredAt, "occurredAt");
    checkNotNull(note, "note");
    checkArgument(note.length() <= MAX_NOTE_LENGTH, "event %s: note of %s characters is longer than %s",
        event, note.length(), MAX_NOTE_LENGTH);
  }

  private static void checkPositive(int points, String what, PersonId person, SourceEventId event) {
    if (points <= 0) {
      throw new LedgerException(LedgerRule.NON_POSITIVE_POINTS, event,
          what + " of " + points + " points to " + person + " (event " + event + "): points must be positive");
    }
  }
}
