package org.civicgrid.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.points.Contribution;
import org.civicgrid.core.points.Earnings;
import org.civicgrid.core.points.EntryId;
import org.civicgrid.core.points.LedgerEntry;
import org.civicgrid.core.points.LedgerException;
import org.civicgrid.core.points.LedgerRule;
import org.civicgrid.core.points.PointsAccount;
import org.civicgrid.core.points.Posting;
import org.civicgrid.core.points.SourceEventId;
import org.civicgrid.core.staff.PersonId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link LedgerStore}: every storage plugin subclasses it in a few lines and
 * must pass all of it, like {@link GridStoreContract}.
 *
 * <pre>{@code
 * class PostgresLedgerStoreTest extends LedgerStoreContract {
 *   protected Storage open() { return factory.create(config); }
 *   protected boolean isDurable() { return true; }
 * }
 * }</pre>
 *
 * <p>Tests never clear the store: persons and source events carry the test's random prefix, and
 * each test dates its entries in a day of its own far in the future, so the kit runs against a
 * shared database too.
 */
public abstract class LedgerStoreContract extends StoreContract<Storage> {
  protected LedgerStore store;
  private Instant day;

  @BeforeEach
  void openStore() {
    store = openTracked().ledger();
    long offset = Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 300_000L);
    day = Instant.parse("2200-01-01T00:00:00Z").plus(Duration.ofDays(offset));
  }

  /** {@code hours} after the start of this test's day. */
  protected final Instant hour(int hours) {
    return day.plus(Duration.ofHours(hours));
  }

  protected final PersonId person(String name) {
    return PersonId.of(prefix() + name);
  }

  protected final SourceEventId event(String name) {
    return SourceEventId.of(prefix() + name);
  }

  protected final Posting.Award award(String person, int points, String event, int hour) {
    return new Posting.Award(person(person), points, Contribution.tasks("hazard-report", 1), event(event),
        hour(hour), "");
  }

  protected final Posting.Redemption redemption(String person, int points, String event, int hour) {
    return new Posting.Redemption(person(person), points, event(event), hour(hour), "5 kg rice");
  }

  protected final Posting.Reversal reversal(LedgerEntry entry, String event, int hour) {
    return new Posting.Reversal(entry.id(), event(event), hour(hour), "entered twice by mistake");
  }

  private static void assertRefused(ThrowingCallable append, LedgerRule rule, String subject) {
    assertThatThrownBy(append).isInstanceOfSatisfying(LedgerException.class, e -> {
      assertThat(e.rule()).isEqualTo(rule);
      assertThat(e.code()).isEqualTo(rule.code());
      assertThat(e.subject()).isEqualTo(subject);
    });
  }

  @Test
  void keepsEveryFieldOfAnEntry() {
    Instant precise = hour(9).plusNanos(123_456_789);
    LedgerEntry hours = store.append(new Posting.Award(person("volunteer"), 3,
        Contribution.hours("volunteer-service", Duration.ofMinutes(185)), event("hours-1"), precise,
        "防汛值守 flood watch"));
    LedgerEntry tasks = store.append(new Posting.Award(person("volunteer"), 10,
        Contribution.tasks("building-check", 2), event("task-1"), hour(10), ""));

    assertThat(store.entry(hours.id())).contains(hours);
    assertThat(store.entryOfEvent(event("task-1"))).contains(tasks);
    assertThat(hours.occurredAt()).isEqualTo(precise);
    assertThat(hours.contribution()).contains(Contribution.hours("volunteer-service", Duration.ofMinutes(185)));
    assertThat(tasks.id()).isGreaterThan(hours.id());
    assertThat(store.entryOfEvent(event("nothing"))).isEmpty();
  }

  @Test
  void answersBalancesAndPeriodsFromWhatWasAppended() {
    store.append(award("leader", 10, "task-1", 1));
    store.append(award("leader", 6, "task-2", 2));
    store.append(redemption("leader", 8, "shop-1", 3));

    PointsAccount account = store.account(person("leader"));
    assertThat(account.balance()).isEqualTo(8);
    assertThat(account.balanceAt(hour(2))).isEqualTo(16);
    assertThat(account.earned(hour(0), hour(2))).isEqualTo(10);
    assertThat(account.redeemed(hour(0), hour(24))).isEqualTo(8);
    assertThat(store.account(person("nobody")).entries()).isEmpty();
  }

  @Test
  void anEventCountsOnceEvenForAnotherPerson() {
    store.append(award("leader", 2, "case-123", 1));
    assertRefused(() -> store.append(award("unit-leader", 2, "case-123", 1)), LedgerRule.DUPLICATE_EVENT,
        prefix() + "case-123");
    assertRefused(() -> store.append(redemption("leader", 1, "case-123", 2)), LedgerRule.DUPLICATE_EVENT,
        prefix() + "case-123");
    assertThat(store.account(person("unit-leader")).entries()).isEmpty();
    assertThat(store.account(person("leader")).balance()).isEqualTo(2);
  }

  @Test
  void aRedemptionBeyondTheBalanceAppliesNothingAndLeavesItsEventFree() {
    store.append(award("leader", 10, "task-1", 1));
    assertRefused(() -> store.append(redemption("leader", 11, "shop-1", 2)), LedgerRule.INSUFFICIENT_BALANCE,
        prefix() + "leader");
    assertThat(store.entryOfEvent(event("shop-1"))).isEmpty();
    assertThat(store.account(person("leader")).balance()).isEqualTo(10);

    store.append(redemption("leader", 10, "shop-1", 2));
    assertThat(store.account(person("leader")).balance()).isZero();
  }

  @Test
  void aBackdatedRedemptionCannotSpendPointsSpentLater() {
    store.append(award("leader", 100, "task-1", 1));
    store.append(redemption("leader", 80, "shop-late", 10));
    assertRefused(() -> store.append(redemption("leader", 50, "shop-early", 5)), LedgerRule.INSUFFICIENT_BALANCE,
        prefix() + "leader");
    store.append(redemption("leader", 20, "shop-early", 5));
    assertThat(store.account(person("leader")).balance()).isZero();
  }

  @Test
  void reversingARedemptionRestoresTheBalance() {
    store.append(award("leader", 10, "task-1", 1));
    LedgerEntry redeemed = store.append(redemption("leader", 8, "shop-1", 2));
    LedgerEntry reversal = store.append(reversal(redeemed, "shop-1-returned", 3));

    assertThat(reversal.reverses()).contains(redeemed.id());
    assertThat(reversal.person()).isEqualTo(person("leader"));
    assertThat(reversal.points()).isEqualTo(8);
    assertThat(store.account(person("leader")).balance()).isEqualTo(10);
  }

  @Test
  void reversalsFollowTheLedgersRules() {
    LedgerEntry award = store.append(award("leader", 10, "task-1", 5));
    LedgerEntry spent = store.append(redemption("leader", 8, "shop-1", 6));
    assertRefused(() -> store.append(reversal(award, "fix-early", 4)), LedgerRule.REVERSAL_BEFORE_ENTRY,
        award.id().toString());
    assertRefused(() -> store.append(reversal(award, "fix-spent", 7)), LedgerRule.INSUFFICIENT_BALANCE,
        prefix() + "leader");

    LedgerEntry returned = store.append(reversal(spent, "shop-1-returned", 7));
    store.append(reversal(award, "fix-1", 8));
    assertRefused(() -> store.append(reversal(award, "fix-2", 9)), LedgerRule.ALREADY_REVERSED,
        award.id().toString());
    assertRefused(() -> store.append(reversal(returned, "fix-3", 9)), LedgerRule.REVERSAL_OF_REVERSAL,
        returned.id().toString());
    assertThat(store.account(person("leader")).balance()).isZero();
    assertThat(store.account(person("leader")).entries()).hasSize(4);
  }

  @Test
  void aReversalOfAnUnknownEntryIsNotFound() {
    LedgerEntry award = store.append(award("leader", 10, "task-1", 1));
    EntryId unknown = EntryId.of(Long.MAX_VALUE);
    assertThatThrownBy(() -> store.append(new Posting.Reversal(unknown, event("fix-1"), hour(2), "why")))
        .isInstanceOfSatisfying(LedgerException.class, e -> {
          assertThat(e.rule()).isEqualTo(LedgerRule.UNKNOWN_ENTRY);
          assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
        })
        .hasMessageContaining(unknown.toString());
    assertThat(store.entryOfEvent(event("fix-1"))).isEmpty();
    assertThat(store.entry(award.id())).contains(award);
  }

  @Test
  void pagesThroughALongStatementInOrder() {
    List<LedgerEntry> appended = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      appended.add(store.append(award("leader", 1, "task-" + i, i % 24)));
      store.append(award("volunteer", 1, "other-" + i, 1));
    }
    List<LedgerEntry> read = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    Optional<EntryId> after = Optional.empty();
    ImmutableList<LedgerEntry> page;
    do {
      page = store.statement(person("leader"), after, 100);
      read.addAll(page);
      sizes.add(page.size());
      if (!page.isEmpty()) {
        after = Optional.of(page.get(page.size() - 1).id());
      }
    } while (page.size() == 100);
    assertThat(sizes).containsExactly(100, 100, 50);
    assertThat(read).containsExactlyElementsOf(appended);
    assertThat(store.account(person("leader")).entries()).containsExactlyElementsOf(appended);
  }

  @Test
  void ranksTopEarnersOfAPeriod() {
    store.append(award("leader", 30, "t-1", 1));
    store.append(award("unit-leader", 20, "t-2", 2));
    store.append(award("unit-leader", 10, "t-3", 3));
    store.append(award("volunteer", 5, "t-4", 4));
    store.append(award("volunteer", 40, "t-5", 30));
    store.append(redemption("leader", 25, "s-1", 5));
    LedgerEntry mistaken = store.append(award("reversed", 50, "t-6", 6));
    store.append(reversal(mistaken, "fix-6", 7));

    List<Earnings> ours = store.topEarners(hour(0), hour(24), 1000).stream()
        .filter(e -> e.person().value().startsWith(prefix())).toList();
    assertThat(ours).containsExactly(new Earnings(person("leader"), 30), new Earnings(person("unit-leader"), 30),
        new Earnings(person("volunteer"), 5));
    ImmutableList<Earnings> top = store.topEarners(hour(0), hour(24), 1);
    assertThat(top).hasSize(1);
    assertThat(top.get(0).points()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void ofWritersPostingOneEventExactlyOneWins() throws Exception {
    int events = 100;
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> writers = new ArrayList<>();
      for (String writer : List.of("leader", "unit-leader")) {
        writers.add(() -> {
          start.await();
          int won = 0;
          for (int i = 0; i < events; i++) {
            try {
              store.append(award(writer, 1, "task-" + i, 1));
              won++;
            } catch (LedgerException e) {
              assertThat(e.rule()).isEqualTo(LedgerRule.DUPLICATE_EVENT);
            }
          }
          return won;
        });
      }
      int won = 0;
      for (Future<Integer> result : pool.invokeAll(writers, 2, TimeUnit.MINUTES)) {
        won += result.get();
      }
      assertThat(won).isEqualTo(events);
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.account(person("leader")).balance() + store.account(person("unit-leader")).balance())
        .isEqualTo(events);
  }

  @Test
  void concurrentRedemptionsNeverOverdraw() throws Exception {
    store.append(award("volunteer", 100, "task-1", 1));
    int writers = 8;
    CyclicBarrier start = new CyclicBarrier(writers);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String event = "shop-" + w;
        tasks.add(() -> {
          start.await();
          try {
            store.append(redemption("volunteer", 30, event, 2));
            return true;
          } catch (LedgerException e) {
            assertThat(e.rule()).isEqualTo(LedgerRule.INSUFFICIENT_BALANCE);
            return false;
          }
        });
      }
      int redeemed = 0;
      for (Future<Boolean> result : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
        redeemed += result.get() ? 1 : 0;
      }
      assertThat(redeemed).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.account(person("volunteer")).balance()).isEqualTo(10);
  }

  @Test
  void whatWasWrittenSurvivesReopeningExactlyWhenDurable() throws Exception {
    LedgerEntry award = store.append(award("leader", 10, "task-1", 1));
    closeAll();

    LedgerStore reopened = openTracked().ledger();
    if (isDurable()) {
      assertThat(reopened.entry(award.id())).contains(award);
      assertRefused(() -> reopened.append(award("leader", 10, "task-1", 1)), LedgerRule.DUPLICATE_EVENT,
          prefix() + "task-1");
      assertThat(reopened.append(redemption("leader", 4, "shop-1", 2)).id()).isGreaterThan(award.id());
      assertThat(reopened.account(person("leader")).balance()).isEqualTo(6);
    } else {
      assertThat(reopened.account(person("leader")).entries()).isEmpty();
      assertThat(reopened.entryOfEvent(event("task-1"))).isEmpty();
    }
  }

  @Test
  void aClosedStorageRefusesWork() {
    Storage storage = openTracked();
    LedgerStore ledger = storage.ledger();
    storage.close();
    storage.close();
    assertThatThrownBy(() -> ledger.append(award("leader", 1, "task-1", 1)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ledger.entryOfEvent(event("task-1"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ledger.statement(person("leader"), Optional.empty(), 10))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ledger.account(person("leader"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(storage::ledger).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesNullsAndBadLimits() {
    assertThatThrownBy(() -> store.append(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.entry(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.entryOfEvent(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.statement(person("leader"), Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.topEarners(hour(0), hour(24), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.topEarners(hour(24), hour(0), 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
