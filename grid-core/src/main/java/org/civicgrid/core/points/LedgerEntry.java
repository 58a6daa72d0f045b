package org.civicgrid.core.points;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.civicgrid.core.staff.PersonId;

/**
 * One line of the points ledger, as appended: never edited or deleted, only undone by a later
 * {@link EntryKind#REVERSAL}. Ledgers make entries from {@link Posting}s; storage plugins rebuild
 * them from their rows with the canonical constructor, which checks that the fields fit the kind.
 * Immutable.
 *
 * @param points always positive; the kind says whether they are credited or debited
 * @param contribution what an award was for; present for awards only
 * @param reverses the entry a reversal undoes, always an earlier one; present for reversals only
 */
public record LedgerEntry(
    EntryId id, PersonId person, EntryKind kind, int points, SourceEventId event, Instant occurredAt,
    Optional<Contribution> contribution, Optional<EntryId> reverses, String note) {

  public LedgerEntry {
    checkNotNull(id, "id");
    checkNotNull(person, "person");
    checkNotNull(kind, "kind");
    checkNotNull(event, "event");
    checkNotNull(occurredAt, "occurredAt");
    checkNotNull(contribution, "contribution");
    checkNotNull(reverses, "reverses");
    checkNotNull(note, "note");
    checkArgument(contribution.isPresent() == (kind == EntryKind.AWARD),
        "entry %s: an award and only an award says what it is for, but a %s has %s", id, kind, contribution);
    checkArgument(reverses.isPresent() == (kind == EntryKind.REVERSAL),
        "entry %s: a reversal and only a reversal names an entry, but a %s names %s", id, kind, reverses);
    checkArgument(reverses.isEmpty() || reverses.get().compareTo(id) < 0,
        "entry %s reverses entry %s, which is not an earlier one", id, reverses);
    checkArgument(note.length() <= Posting.MAX_NOTE_LENGTH, "entry %s: note of %s characters is longer than %s",
        id, note.length(), Posting.MAX_NOTE_LENGTH);
    if (points <= 0) {
      throw new LedgerException(LedgerRule.NON_POSITIVE_POINTS, id,
          "entry " + id + " has " + points + " points: points must be positive");
    }
  }

  static LedgerEntry of(EntryId id, Posting.Award award) {
    return new LedgerEntry(id, award.person(), EntryKind.AWARD, award.points(), award.event(), award.occurredAt(),
        Optional.of(award.contribution()), Optional.empty(), award.note());
  }

  static LedgerEntry of(EntryId id, Posting.Redemption redemption) {
    return new LedgerEntry(id, redemption.person(), EntryKind.REDEMPTION, redemption.points(), redemption.event(),
        redemption.occurredAt(), Optional.empty(), Optional.empty(), redemption.note());
  }

  static LedgerEntry of(EntryId id, LedgerEntry reversed, Posting.Reversal reversal) {
    return new LedgerEntry(id, reversed.person(), EntryKind.REVERSAL, reversed.points(), reversal.event(),
        reversal.occurredAt(), Optional.empty(), Optional.of(reversed.id()), reversal.note());
  }
}
