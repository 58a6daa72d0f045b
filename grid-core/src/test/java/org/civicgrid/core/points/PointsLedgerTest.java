package org.civicgrid.core.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.points.MoralBank.BUILDING_LEADER;
import static org.civicgrid.core.points.MoralBank.UNIT_LEADER;
import static org.civicgrid.core.points.MoralBank.VOLUNTEER;
import static org.civicgrid.core.points.MoralBank.at;
import static org.civicgrid.core.points.MoralBank.award;
import static org.civicgrid.core.points.MoralBank.event;
import static org.civicgrid.core.points.MoralBank.redemption;
import static org.civicgrid.core.points.MoralBank.reversal;
import static org.civicgrid.core.points.MoralBank.volunteerHours;
import static org.civicgrid.core.points.MoralBank.yearStart;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.staff.PersonId;
import org.junit.jupiter.api.Test;

class PointsLedgerTest {
  private static final Instant MARCH_1 = at("2024-03-01T09:00");
  private static final Instant MARCH_15 = at("2024-03-15T09:00");

  private final PointsLedger ledger = new PointsLedger();

  @Test
  void givesEntriesIdsInTheOrderTheyAreAppended() {
    LedgerEntry first = ledger.append(award(BUILDING_LEADER, 2, "task-1", MARCH_1));
    LedgerEntry second = ledger.append(volunteerHours(VOLUNTEER, Duration.ofHours(3), "hours-1", MARCH_1));
    assertThat(first.id()).isEqualTo(EntryId.of(1));
    assertThat(second.id()).isEqualTo(EntryId.of(2));
    assertThat(second.points()).isEqualTo(3);
    assertThat(ledger.entry(EntryId.of(2))).contains(second);
    assertThat(ledger.entry(EntryId.of(3))).isEmpty();
    assertThat(ledger.entryOfEvent(event("task-1"))).contains(first);
    assertThat(ledger.entryOfEvent(event("task-9"))).isEmpty();
    assertThat(ledger.size()).isEqualTo(2);
  }

  @Test
  void anEventCountsOnceEvenForAnotherPersonOrKind() {
    LedgerEntry first = ledger.append(award(BUILDING_LEADER, 2, "case:2024-000123", MARCH_1));
    assertThatThrownBy(() -> ledger.append(award(UNIT_LEADER, 2, "case:2024-000123", MARCH_1)))
        .isInstanceOfSatisfying(LedgerException.class, e -> {
          assertThat(e.rule()).isEqualTo(LedgerRule.DUPLICATE_EVENT);
          assertThat(e.subject()).isEqualTo("case:2024-000123");
        });
    assertThatThrownBy(() -> ledger.append(redemption(BUILDING_LEADER, 1, "case:2024-000123", MARCH_15)))
        .isInstanceOfSatisfying(LedgerException.class,
            e -> assertThat(e.rule()).isEqualTo(LedgerRule.DUPLICATE_EVENT));
    assertThatThrownBy(() -> ledger.append(reversal(first, "case:2024-000123", MARCH_15)))
        .isInstanceOfSatisfying(LedgerException.class,
            e -> assertThat(e.rule()).isEqualTo(LedgerRule.DUPLICATE_EVENT));
    assertThat(ledger.size()).isEqualTo(1);
    assertThat(ledger.account(UNIT_LEADER).entries()).isEmpty();
  }

  @Test
  void aRefusedPostingAppliesNothingAndLeavesItsEventFree() {
    ledger.append(award(BUILDING_LEADER, 10, "task-1", MARCH_1));
    assertThatThrownBy(() -> ledger.append(redemption(BUILDING_LEADER, 50, "shop-1", MARCH_15)))
        .isInstanceOfSatisfying(LedgerException.class,
            e -> assertThat(e.rule()).isEqualTo(LedgerRule.INSUFFICIENT_BALANCE));
    assertThat(ledger.size()).isEqualTo(1);
    assertThat(ledger.account(BUILDING_LEADER).balance()).isEqualTo(10);
    assertThat(ledger.entryOfEvent(event("shop-1"))).isEmpty();

    assertThat(ledger.append(redemption(BUILDING_LEADER, 10, "shop-1", MARCH_15)).id()).isEqualTo(EntryId.of(2));
  }

  @Test
  void aReversalOfAnEntryNotInTheLedgerIsNotFound() {
    ledger.append(award(BUILDING_LEADER, 10, "task-1", MARCH_1));
    assertThatThrownBy(() -> ledger.append(new Posting.Reversal(EntryId.of(2), event("fix-1"), MARCH_15, "why")))
        .isInstanceOfSatisfying(LedgerException.class, e -> {
          assertThat(e.rule()).isEqualTo(LedgerRule.UNKNOWN_ENTRY);
          assertThat(e.subject()).isEqualTo("2");
        });
    assertThat(ledger.size()).isEqualTo(1);
  }

  @Test
  void aReversalBelongsToThePersonOfTheEntryItUndoes() {
    LedgerEntry award = ledger.append(award(UNIT_LEADER, 6, "task-1", MARCH_1));
    ledger.append(award(BUILDING_LEADER, 6, "task-2", MARCH_1));
    LedgerEntry reversal = ledger.append(reversal(award, "fix-1", MARCH_15));
    assertThat(reversal.person()).isEqualTo(UNIT_LEADER);
    assertThat(ledger.account(UNIT_LEADER).balance()).isZero();
    assertThat(ledger.account(BUILDING_LEADER).balance()).isEqualTo(6);
  }

  @Test
  void pagesThroughALongStatementInOrder() {
    for (int i = 0; i < 250; i++) {
      ledger.append(award(BUILDING_LEADER, 1, "task-" + i, MARCH_1.plusSeconds(i)));
      ledger.append(award(VOLUNTEER, 1, "other-" + i, MARCH_1));
    }
    List<LedgerEntry> read = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    Optional<EntryId> after = Optional.empty();
    ImmutableList<LedgerEntry> page;
    do {
      page = ledger.statement(BUILDING_LEADER, after, 100);
      read.addAll(page);
      sizes.add(page.size());
      after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
    } while (page.size() == 100);
    assertThat(sizes).containsExactly(100, 100, 50);
    assertThat(read).containsExactlyElementsOf(ledger.account(BUILDING_LEADER).entries());
    assertThat(ledger.statement(BUILDING_LEADER, Optional.of(EntryId.of(2)), 2))
        .extracting(e -> e.id().value()).containsExactly(3L, 5L);
    assertThat(ledger.statement(PersonId.of("nobody"), Optional.empty(), 10)).isEmpty();
    assertThatThrownBy(() -> ledger.statement(BUILDING_LEADER, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ranksTopEarnersOfAYearForTheReview() {
    ledger.append(award(BUILDING_LEADER, 30, "t-1", at("2024-02-01T09:00")));
    ledger.append(award(UNIT_LEADER, 20, "t-2", at("2024-05-01T09:00")));
    ledger.append(award(UNIT_LEADER, 10, "t-3", at("2024-11-01T09:00")));
    ledger.append(award(VOLUNTEER, 40, "t-4", at("2023-12-31T23:59")));
    ledger.append(award(VOLUNTEER, 5, "t-5", at("2024-06-01T09:00")));
    ledger.append(redemption(BUILDING_LEADER, 25, "s-1", at("2024-06-01T09:00")));
    PersonId reversedOnly = PersonId.of("bp-0999");
    LedgerEntry mistaken = ledger.append(award(reversedOnly, 50, "t-6", at("2024-03-01T09:00")));
    ledger.append(reversal(mistaken, "fix-6", at("2024-03-02T09:00")));

    assertThat(ledger.topEarners(yearStart(2024), yearStart(2025), 10)).containsExactly(
        new Earnings(BUILDING_LEADER, 30), new Earnings(UNIT_LEADER, 30), new Earnings(VOLUNTEER, 5));
    assertThat(ledger.topEarners(yearStart(2024), yearStart(2025), 1)).extracting(Earnings::person)
        .containsExactly(BUILDING_LEADER);
    assertThat(ledger.topEarners(yearStart(2026), yearStart(2027), 10)).isEmpty();
    assertThatThrownBy(() -> ledger.topEarners(yearStart(2025), yearStart(2024), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ledger.topEarners(yearStart(2024), yearStart(2025), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ofTwoWritersPostingOneEventExactlyOneWins() throws Exception {
    int events = 200;
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> writers = new ArrayList<>();
      for (PersonId person : List.of(BUILDING_LEADER, UNIT_LEADER)) {
        writers.add(() -> {
          start.await();
          int won = 0;
          for (int i = 0; i < events; i++) {
            try {
              ledger.append(award(person, 1, "task-" + i, MARCH_1));
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
    assertThat(ledger.size()).isEqualTo(events);
    assertThat(ledger.account(BUILDING_LEADER).balance() + ledger.account(UNIT_LEADER).balance()).isEqualTo(events);
  }

  @Test
  void concurrentRedemptionsNeverOverdraw() throws Exception {
    ledger.append(award(VOLUNTEER, 100, "task-1", MARCH_1));
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
            ledger.append(redemption(VOLUNTEER, 30, event, MARCH_15));
            return true;
          } catch (LedgerException e) {
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
    assertThat(ledger.account(VOLUNTEER).balance()).isEqualTo(10);
  }

  @Test
  void anUnknownPersonHasAnEmptyAccount() {
    PointsAccount account = ledger.account(VOLUNTEER);
    assertThat(account.entries()).isEmpty();
    assertThat(account.balance()).isZero();
    assertThat(account.balanceAt(MARCH_1)).isZero();
    assertThatThrownBy(() -> ledger.account(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ledger.append(null)).isInstanceOf(NullPointerException.class);
  }
}
