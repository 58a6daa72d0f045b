package org.civicgrid.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.civicgrid.core.points.Contribution;
import org.civicgrid.core.points.EntryId;
import org.civicgrid.core.points.Earnings;
import org.civicgrid.core.points.LedgerEntry;
import org.civicgrid.core.points.PointsLedger;
import org.civicgrid.core.points.Posting;
import org.civicgrid.core.points.SourceEventId;
import org.civicgrid.core.staff.PersonId;
import org.junit.jupiter.api.Test;

class LedgerStoreTest {
  /** A store that keeps the default {@link LedgerStore#account}, as a plugin may. */
  private static final class PagedOnly implements LedgerStore {
    private final PointsLedger ledger = new PointsLedger();
    private int pagesRead;

    @Override
    public LedgerEntry append(Posting posting) {
      return ledger.append(posting);
    }

    @Override
    public Optional<LedgerEntry> entry(EntryId id) {
      return ledger.entry(id);
    }

    @Override
    public Optional<LedgerEntry> entryOfEvent(SourceEventId event) {
      return ledger.entryOfEvent(event);
    }

    @Override
    public ImmutableList<LedgerEntry> statement(PersonId person, Optional<EntryId> after, int limit) {
      pagesRead++;
      return ledger.statement(person, after, limit);
    }

    @Override
    public ImmutableList<Earnings> topEarners(Instant from, Instant to, int limit) {
      return ledger.topEarners(from, to, limit);
    }
  }

  @Test
  void theDefaultAccountReadsEveryPageOfTheStatement() {
    PagedOnly store = new PagedOnly();
    PersonId volunteer = PersonId.of("bp-v-0021");
    Instant start = Instant.parse("2024-03-01T01:00:00Z");
    for (int i = 0; i < 2 * LedgerStore.ACCOUNT_PAGE; i++) {
      store.append(new Posting.Award(volunteer, 1, Contribution.tasks("hazard-report", 1),
          SourceEventId.of("task-" + i), start.plusSeconds(i), ""));
    }
    assertThat(store.account(volunteer).entries()).containsExactlyElementsOf(store.ledger.account(volunteer).entries());
    assertThat(store.account(volunteer).balance()).isEqualTo(2L * LedgerStore.ACCOUNT_PAGE);
    assertThat(store.pagesRead).as("two full pages and the empty one that ends them, twice").isEqualTo(6);
  }
}
