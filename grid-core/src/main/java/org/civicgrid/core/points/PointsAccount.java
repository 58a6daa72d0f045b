package org.civicgrid.core.points;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.staff.PersonId;

/**
 * One person's entries in ledger order — their statement — with the balance now and at any
 * instant, and what they earned and redeemed in a period. It also holds the rules that depend on a
 * person's own entries ({@link #admit}), so the in-memory ledger and every storage plugin apply them
 * alike. Immutable and thread-safe.
 *
 * <p>Dates: an entry counts from the instant it occurred, whenever it was appended, so a late
 * award changes past balances. Periods are half-open, {@code [from, to)}. A reversal counts in the
 * period of its own date, never restating the period of the entry it undoes (a closed period stays
 * closed), so {@link #earned} may be negative in a period where an earlier award was taken back.
 */
public final class PointsAccount {
  private final PersonId person;
  private final ImmutableList<LedgerEntry> entries;
  private final Map<EntryId, LedgerEntry> byId = new HashMap<>();
  private final Map<EntryId, EntryId> reversedBy = new HashMap<>();
  private final long[] changes;
  private final long balance;
  private final Supplier<BalanceTimeline> timeline;

  private PointsAccount(PersonId person, ImmutableList<LedgerEntry> entries) {
    this.person = person;
    this.entries = entries;
    changes = new long[entries.size()];
    long sum = 0;
    EntryId previous = null;
    for (int i = 0; i < entries.size(); i++) {
      LedgerEntry entry = entries.get(i);
      checkArgument(entry.person().equals(person), "entry %s of %s is not in the account of %s",
          entry.id(), entry.person(), person);
      checkArgument(previous == null || entry.id().compareTo(previous) > 0,
          "entry %s of %s comes after entry %s: an account is in ledger order", entry.id(), person, previous);
      previous = entry.id();
      changes[i] = change(person, entry, byId, reversedBy);
      sum += changes[i];
      byId.put(entry.id(), entry);
      entry.reverses().ifPresent(target -> reversedBy.put(target, entry.id()));
    }
    balance = sum;
    timeline = Suppliers.memoize(() -> new BalanceTimeline(entries, changes));
  }

  /** The account of a person with no entries. */
  public static PointsAccount empty(PersonId person) {
    return new PointsAccount(checkNotNull(person, "person"), ImmutableList.of());
  }

  /**
   * The account of {@code person} from their entries, for storage plugins that read them back.
   *
   * @param entries all of the person's entries in ledger (id) order; a reversal's entry among them
   * @throws IllegalArgumentException when an entry is another person's, out of order, or a reversal
   *     of an entry that is missing, is a reversal, or was reversed before
   */
  public static PointsAccount of(PersonId person, List<LedgerEntry> entries) {
    return new PointsAccount(checkNotNull(person, "person"), ImmutableList.copyOf(entries));
  }

  public PersonId person() {
    return person;
  }

  /** The statement: every entry of the person in ledger order. */
  public ImmutableList<LedgerEntry> entries() {
    return entries;
  }

  /** The balance counting every entry, whatever its date. */
  public long balance() {
    return balance;
  }

  /** The balance counting the entries that occurred at or before {@code time}. */
  public long balanceAt(Instant time) {
    checkNotNull(time, "time");
    return timeline.get().at(time);
  }

  /** Points awarded in {@code [from, to)}, less awards reversed in that period. */
  public long earned(Instant from, Instant to) {
    return total(from, to, EntryKind.AWARD);
  }

  /** Points redeemed in {@code [from, to)}, less redemptions reversed in that period. */
  public long redeemed(Instant from, Instant to) {
    return total(from, to, EntryKind.REDEMPTION);
  }

  /** The reversal that undid {@code entry}, if any. */
  public Optional<LedgerEntry> reversalOf(EntryId entry) {
    checkNotNull(entry, "entry");
    return Optional.ofNullable(reversedBy.get(entry)).map(byId::get);
  }

  /**
   * Checks {@code posting} against this account and returns the entry it becomes under {@code id};
   * the account itself is unchanged. It checks every rule except that the source event is new to
   * the whole ledger, which only the ledger or store can know: a redemption, or the reversal of an
   * award, must leave the balance non-negative at its date and at every later instant; a reversal
   * must name an entry of this account that is not a reversal, not reversed yet and not dated after
   * the reversal.
   *
   * @param id the id the entry will have, greater than every id in this account
   * @throws LedgerException naming the rule broken
   * @throws IllegalArgumentException when an award or redemption is for another person
   */
  public LedgerEntry admit(Posting posting, EntryId id) {
    checkNotNull(posting, "posting");
    checkNotNull(id, "id");
    EntryId last = entries.isEmpty() ? null : entries.get(entries.size() - 1).id();
    checkArgument(last == null || id.compareTo(last) > 0, "entry id %s is not after the last entry %s of %s", id,
        last, person);
    if (posting instanceof Posting.Award award) {
      checkPerson(award.person(), award.event());
      return LedgerEntry.of(id, award);
    }
    if (posting instanceof Posting.Redemption redemption) {
      checkPerson(redemption.person(), redemption.event());
      requireAvailable(redemption.points(), redemption.occurredAt(),
          "redemption of " + redemption.points() + " points (event " + redemption.event() + ")");
      return LedgerEntry.of(id, redemption);
    }
    Posting.Reversal reversal = (Posting.Reversal) posting;
    LedgerEntry target = byId.get(reversal.entry());
    if (target == null) {
      throw LedgerException.unknownEntry(reversal.entry());
    }
    if (target.kind() == EntryKind.REVERSAL) {
      throw new LedgerException(LedgerRule.REVERSAL_OF_REVERSAL, target.id(), "entry " + target.id()
          + " is itself a reversal and cannot be reversed; post a new award or redemption instead");
    }
    EntryId earlier = reversedBy.get(target.id());
    if (earlier != null) {
      throw LedgerException.alreadyReversed(target.id(), earlier);
    }
    if (reversal.occurredAt().isBefore(target.occurredAt())) {
      throw new LedgerException(LedgerRule.REVERSAL_BEFORE_ENTRY, target.id(), "reversal (event "
          + reversal.event() + ") dated " + reversal.occurredAt() + " is before entry " + target.id()
          + " it reverses, dated " + target.occurredAt());
    }
    if (target.kind() == EntryKind.AWARD) {
      requireAvailable(target.points(), reversal.occurredAt(), "reversal of award " + target.id() + " ("
          + target.points() + " points, event " + reversal.event() + ")");
    }
    return LedgerEntry.of(id, target, reversal);
  }

  /** This account with {@code entry}, which {@link #admit} made, appended. */
  PointsAccount plus(LedgerEntry entry) {
    return new PointsAccount(person, ImmutableList.<LedgerEntry>builder().addAll(entries).add(entry).build());
  }

  private static long change(PersonId person, LedgerEntry entry, Map<EntryId, LedgerEntry> byId,
      Map<EntryId, EntryId> reversedBy) {
    switch (entry.kind()) {
      case AWARD:
        return entry.points();
      case REDEMPTION:
        return -entry.points();
      default:
        LedgerEntry target = entry.reverses().map(byId::get).orElse(null);
        checkArgument(target != null, "reversal %s of %s names entry %s, which is not an earlier entry of theirs",
            entry.id(), person, entry.reverses().orElseThrow());
        checkArgument(target.kind() != EntryKind.REVERSAL, "reversal %s reverses reversal %s", entry.id(),
            target.id());
        checkArgument(!reversedBy.containsKey(target.id()), "entry %s is reversed twice, by %s and %s",
            target.id(), reversedBy.get(target.id()), entry.id());
        return target.kind() == EntryKind.AWARD ? -entry.points() : entry.points();
    }
  }

  private long total(Instant from, Instant to, EntryKind kind) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!to.isBefore(from), "period ends %s before it starts %s", to, from);
    long total = 0;
    for (LedgerEntry entry : entries) {
      Instant at = entry.occurredAt();
      if (at.isBefore(from) || !at.isBefore(to)) {
        continue;
      }
      if (entry.kind() == kind) {
        total += entry.points();
      } else if (entry.kind() == EntryKind.REVERSAL && byId.get(entry.reverses().orElseThrow()).kind() == kind) {
        total -= entry.points();
      }
    }
    return total;
  }

  private void checkPerson(PersonId other, SourceEventId event) {
    checkArgument(other.equals(person), "event %s is for %s, not for the account of %s", event, other, person);
  }

  private void requireAvailable(int points, Instant at, String what) {
    long available = timeline.get().lowestFrom(at);
    if (available < points) {
      throw new LedgerException(LedgerRule.INSUFFICIENT_BALANCE, person, what + " by " + person + " at " + at
          + " exceeds the " + available + " points they have from then on");
    }
  }

  @Override
  public String toString() {
    return "points account of " + person + ": " + entries.size() + " entries, balance " + balance;
  }
}
