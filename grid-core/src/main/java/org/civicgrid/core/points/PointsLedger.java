package org.civicgrid.core.points;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.civicgrid.core.staff.PersonId;

/**
 * The points ledger in memory: an append-only log of {@link LedgerEntry}s that refuses what breaks
 * its rules ({@link LedgerRule}) and answers balances, statements and rankings. Entries get ids 1,
 * 2, 3… in the order they are appended. Nothing is ever edited or removed.
 *
 * <p>Thread-safe: it is one shared, growing log, and its rules — an event counts once, nobody
 * spends points they do not have — only hold if each posting is checked and appended in one step
 * against the latest state, so {@link #append} does exactly that under a lock, as a store does in
 * a transaction. (An immutable ledger returning a new ledger per append would leave that step to
 * every caller, as a read–compare-and-set–retry loop, and copy the log on each append.) What it
 * returns — entries, accounts, pages, rankings — is immutable.
 */
public final class PointsLedger {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final List<LedgerEntry> entries = new ArrayList<>();
  private final Map<SourceEventId, LedgerEntry> byEvent = new HashMap<>();
  private final Map<PersonId, PointsAccount> accounts = new HashMap<>();

  /** An empty ledger. */
  public PointsLedger() {}

  /**
   * Checks {@code posting} against everything appended so far and appends it as one entry, or
   * refuses it and appends nothing.
   *
   * @return the entry as appended, with its id
   * @throws LedgerException naming the rule broken and the offending event, entry or person
   */
  public LedgerEntry append(Posting posting) {
    checkNotNull(posting, "posting");
    lock.writeLock().lock();
    try {
      if (byEvent.containsKey(posting.event())) {
        throw LedgerException.duplicateEvent(posting.event());
      }
      PersonId person = personOf(posting);
      PointsAccount account = accountOf(person);
      LedgerEntry entry = account.admit(posting, EntryId.of(entries.size() + 1L));
      entries.add(entry);
      byEvent.put(entry.event(), entry);
      accounts.put(person, account.plus(entry));
      return entry;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The entry with id {@code id}, if any. */
  public Optional<LedgerEntry> entry(EntryId id) {
    checkNotNull(id, "id");
    lock.readLock().lock();
    try {
      return id.value() <= entries.size() ? Optional.of(entries.get((int) id.value() - 1)) : Optional.empty();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The entry that recorded {@code event}, if any: how a retried posting finds what became of it. */
  public Optional<LedgerEntry> entryOfEvent(SourceEventId event) {
    checkNotNull(event, "event");
    lock.readLock().lock();
    try {
      return Optional.ofNullable(byEvent.get(event));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The account of {@code person} as it is now; empty when they have no entries. */
  public PointsAccount account(PersonId person) {
    checkNotNull(person, "person");
    lock.readLock().lock();
    try {
      return accountOf(person);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * One page of {@code person}'s statement: their entries in ledger order with ids strictly after
   * {@code after} (empty for the first page), at most {@code limit} of them; a page shorter than
   * {@code limit} is the last.
   */
  public ImmutableList<LedgerEntry> statement(PersonId person, Optional<EntryId> after, int limit) {
    checkNotNull(after, "after");
    checkArgument(limit > 0, "limit %s must be positive", limit);
    ImmutableList<LedgerEntry> all = account(person).entries();
    int from = after.map(id -> firstAfter(all, id)).orElse(0);
    return all.subList(from, Math.min(all.size(), from + limit));
  }

  /**
   * The persons who earned most in {@code [from, to)}, most first, equal earnings in ascending
   * person id ({@link Earnings#RANKING}); only persons who earned more than nothing, at most {@code
   * limit} of them. Earnings are net of awards reversed in the period ({@link PointsAccount#earned}).
   */
  public ImmutableList<Earnings> topEarners(Instant from, Instant to, int limit) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!to.isBefore(from), "period ends %s before it starts %s", to, from);
    checkArgument(limit > 0, "limit %s must be positive", limit);
    List<PointsAccount> snapshot;
    lock.readLock().lock();
    try {
      snapshot = new ArrayList<>(accounts.values());
    } finally {
      lock.readLock().unlock();
    }
    return snapshot.stream()
        .map(account -> new Earnings(account.person(), account.earned(from, to)))
        .filter(earnings -> earnings.points() > 0)
        .sorted(Earnings.RANKING)
        .limit(limit)
        .collect(ImmutableList.toImmutableList());
  }

  /** The number of entries appended so far. */
  public int size() {
    lock.readLock().lock();
    try {
      return entries.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  private PointsAccount accountOf(PersonId person) {
    PointsAccount account = accounts.get(person);
    return account != null ? account : PointsAccount.empty(person);
  }

  /** A reversal's person is the person of the entry it undoes. */
  private PersonId personOf(Posting posting) {
    if (posting instanceof Posting.Award award) {
      return award.person();
    }
    if (posting instanceof Posting.Redemption redemption) {
      return redemption.person();
    }
    EntryId target = ((Posting.Reversal) posting).entry();
    if (target.value() > entries.size()) {
      throw LedgerException.unknownEntry(target);
    }
    return entries.get((int) target.value() - 1).person();
  }

  private static int firstAfter(List<LedgerEntry> entries, EntryId id) {
    int low = 0;
    int high = entries.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (entries.get(mid).id().compareTo(id) <= 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
