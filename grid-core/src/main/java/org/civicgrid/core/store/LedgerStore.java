package org.civicgrid.core.store;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.points.EntryId;
import org.civicgrid.core.points.Earnings;
import org.civicgrid.core.points.LedgerEntry;
import org.civicgrid.core.points.LedgerException;
import org.civicgrid.core.points.PointsAccount;
import org.civicgrid.core.points.Posting;
import org.civicgrid.core.points.SourceEventId;
import org.civicgrid.core.staff.PersonId;

/**
 * Stores the points ledger: an append-only log with no update and no delete. The store, not its
 * callers, enforces the ledger's rules, because only it sees concurrent writers: of two postings of
 * one source event exactly one is appended, and of two redemptions that together overdraw a person
 * at most one is. {@link org.civicgrid.core.points.PointsLedger} is the reference behaviour; a
 * plugin checks a posting with {@link PointsAccount#admit} against the person's entries and the
 * uniqueness of its event itself (a unique index), all inside the transaction that appends it.
 *
 * <p>Implementations must be safe for concurrent use, and an append either takes effect whole or
 * not at all; a refused posting does not use up its event id.
 */
public interface LedgerStore {
  /** The page size {@link #account} reads statements with. */
  int ACCOUNT_PAGE = 500;

  /**
   * Checks {@code posting} against the stored ledger and appends it, atomically.
   *
   * @return the entry as stored, with an id greater than every id before it
   * @throws LedgerException naming the broken rule ({@link
   *     org.civicgrid.core.points.LedgerRule}); nothing was appended
   */
  LedgerEntry append(Posting posting);

  /** The entry with id {@code id}, if any. */
  Optional<LedgerEntry> entry(EntryId id);

  /** The entry that recorded {@code event}, if any: how a retried posting finds what became of it. */
  Optional<LedgerEntry> entryOfEvent(SourceEventId event);

  /**
   * One page of {@code person}'s statement: their entries in ledger (id) order with ids strictly
   * after {@code after} (empty for the first page), at most {@code limit} of them; a page shorter
   * than {@code limit} is the last.
   */
  ImmutableList<LedgerEntry> statement(PersonId person, Optional<EntryId> after, int limit);

  /**
   * The persons who earned most in {@code [from, to)}, ranked by {@link Earnings#RANKING}; only
   * persons who earned more than nothing, at most {@code limit}. Earnings are awards dated in the
   * period less reversals, dated in the period, of awards ({@link PointsAccount#earned}). A database
   * answers this with one aggregate query.
   */
  ImmutableList<Earnings> topEarners(Instant from, Instant to, int limit);

  /** {@code person}'s whole account, read page by page from {@link #statement}. */
  default PointsAccount account(PersonId person) {
    checkNotNull(person, "person");
    List<LedgerEntry> all = new ArrayList<>();
    Optional<EntryId> after = Optional.empty();
    while (true) {
      ImmutableList<LedgerEntry> page = statement(person, after, ACCOUNT_PAGE);
      all.addAll(page);
      if (page.size() < ACCOUNT_PAGE) {
        return PointsAccount.of(person, all);
      }
      after = Optional.of(page.get(page.size() - 1).id());
    }
  }
}
