package org.civicgrid.core.store;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.civicgrid.core.points.EntryId;
import org.civicgrid.core.points.Earnings;
import org.civicgrid.core.points.LedgerEntry;
import org.civicgrid.core.points.PointsAccount;
import org.civicgrid.core.points.PointsLedger;
import org.civicgrid.core.points.Posting;
import org.civicgrid.core.points.SourceEventId;
import org.civicgrid.core.staff.PersonId;

/**
 * The ledger in a {@link PointsLedger}, whose lock makes each append one atomic step; this class
 * only adds the storage's lifecycle. Thread-safe.
 */
final class InMemoryLedgerStore implements LedgerStore {
  private final InMemoryStorage storage;
  private final PointsLedger ledger = new PointsLedger();

  InMemoryLedgerStore(InMemoryStorage storage) {
    this.storage = storage;
  }

  @Override
  public LedgerEntry append(Posting posting) {
    storage.checkOpen();
    return ledger.append(posting);
  }

  @Override
  public Optional<LedgerEntry> entry(EntryId id) {
    storage.checkOpen();
    return ledger.entry(id);
  }

  @Override
  public Optional<LedgerEntry> entryOfEvent(SourceEventId event) {
    storage.checkOpen();
    return ledger.entryOfEvent(event);
  }

  @Override
  public ImmutableList<LedgerEntry> statement(PersonId person, Optional<EntryId> after, int limit) {
    storage.checkOpen();
    return ledger.statement(person, after, limit);
  }

  @Override
  public ImmutableList<Earnings> topEarners(Instant from, Instant to, int limit) {
    storage.checkOpen();
    return ledger.topEarners(from, to, limit);
  }

  @Override
  public PointsAccount account(PersonId person) {
    storage.checkOpen();
    return ledger.account(person);
  }
}
