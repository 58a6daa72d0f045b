package org.civicgrid.core.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.points.MoralBank.BUILDING_LEADER;
import static org.civicgrid.core.points.MoralBank.UNIT_LEADER;
import static org.civicgrid.core.points.MoralBank.at;
import static org.civicgrid.core.points.MoralBank.award;
import static org.civicgrid.core.points.MoralBank.event;
import static org.civicgrid.core.points.MoralBank.redemption;
import static org.civicgrid.core.points.MoralBank.yearStart;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class PointsAccountTest {
  private static final Instant MARCH_1 = at("2024-03-01T09:00");
  private static final Instant MARCH_15 = at("2024-03-15T09:00");
  private static final Instant APRIL_1 = at("2024-04-01T09:00");

  /** The building leader's account after {@code postings}, appended with ids 1, 2, 3… */
  private static PointsAccount account(Posting... postings) {
    PointsAccount account = PointsAccount.empty(BUILDING_LEADER);
    for (Posting posting : postings) {
      account = account.plus(account.admit(posting, EntryId.of(account.entries().size() + 1L)));
    }
    return account;
  }

  private static LedgerException refusal(PointsAccount account, Posting posting) {
    try {
      account.admit(posting, EntryId.of(account.entries().size() + 1L));
    } catch (LedgerException e) {
      return e;
    }
    throw new AssertionError("admitted " + posting);
  }

  private static Posting.Reversal reversal(long entry, String event, Instant at) {
    return new Posting.Reversal(EntryId.of(entry), event(event), at, "entered by mistake");
  }

  @Test
  void theBalanceIsAwardsLessRedemptions() {
    PointsAccount account = account(
        award(BUILDING_LEADER, 10, "task-1", MARCH_1),
        award(BUILDING_LEADER, 6, "task-2", at("2024-03-05T09:00")),
        redemption(BUILDING_LEADER, 8, "shop-1", at("2024-03-10T09:00")));
    assertThat(account.balance()).isEqualTo(8);
    assertThat(account.entries()).extracting(LedgerEntry::kind)
        .containsExactly(EntryKind.AWARD, EntryKind.AWARD, EntryKind.REDEMPTION);
    assertThat(account).hasToString("points account of bp-0417: 3 entries, balance 8");
  }

  @Test
  void theBalanceAtAnInstantCountsWhatOccurredAtOrBeforeIt() {
    PointsAccount account = account(
        award(BUILDING_LEADER, 10, "task-1", MARCH_1),
        redemption(BUILDING_LEADER, 4, "shop-1", MARCH_15));
    assertThat(account.balanceAt(MARCH_1.minusNanos(1))).isZero();
    assertThat(account.balanceAt(MARCH_1)).isEqualTo(10);
    assertThat(account.balanceAt(MARCH_15.minusSeconds(1))).isEqualTo(10);
    assertThat(account.balanceAt(MARCH_15)).isEqualTo(6);
  }

  @Test
  void aLateRecordedAwardCountsFromWhenItWasEarned() {
    PointsAccount account = account(
        award(BUILDING_LEADER, 10, "task-march", MARCH_1),
        award(BUILDING_LEADER, 4, "task-february", at("2024-02-20T09:00")));
    assertThat(account.balanceAt(at("2024-02-25T00:00"))).isEqualTo(4);
    assertThat(account.entries()).extracting(e -> e.event().value()).containsExactly("task-march", "task-february");
  }

  @Test
  void redeemingMoreThanTheBalanceIsRefusedNamingBoth() {
    PointsAccount account = account(award(BUILDING_LEADER, 10, "task-1", MARCH_1));
    LedgerException e = refusal(account, redemption(BUILDING_LEADER, 11, "shop-1", MARCH_15));
    assertThat(e.rule()).isEqualTo(LedgerRule.INSUFFICIENT_BALANCE);
    assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_CHANGE);
    assertThat(e.subject()).isEqualTo("bp-0417");
    assertThat(e).hasMessageContaining("redemption of 11 points (event shop-1)").hasMessageContaining("the 10 points");
    assertThat(account.balance()).isEqualTo(10);
  }

  @Test
  void theWholeBalanceMayBeRedeemed() {
    PointsAccount account = account(
        award(BUILDING_LEADER, 10, "task-1", MARCH_1),
        redemption(BUILDING_LEADER, 10, "shop-1", MARCH_1));
    assertThat(account.balance()).isZero();
  }

  @Test
  void aBackdatedRedemptionCannotSpendPointsSpentLater() {
    PointsAccount account = account(
        award(BUILDING_LEADER, 100, "task-1", MARCH_1),
        redemption(BUILDING_LEADER, 80, "shop-april", APRIL_1));
    assertThat(refusal(account, redemption(BUILDING_LEADER, 50, "shop-march", MARCH_15)))
        .hasMessageContaining("the 20 points they have from then on");
    assertThat(account(
        award(BUILDING_LEADER, 100, "task-1", MARCH_1),
        redemption(BUILDING_LEADER, 80, "shop-april", APRIL_1),
        redemption(BUILDING_LEADER, 20, "shop-march", MARCH_15)).balance()).isZero();
  }

  @Test
  void aRedemptionCannotSpendPointsEarnedAfterIt() {
    PointsAccount account = account(award(BUILDING_LEADER, 50, "task-april", APRIL_1));
    assertThat(refusal(account, redemption(BUILDING_LEADER, 30, "shop-march", MARCH_15)).rule())
        .isEqualTo(LedgerRule.INSUFFICIENT_BALANCE);
  }

  @Test
  void reversingARedemptionRestoresTheBalance() {
    PointsAccount account = account(
        award(BUILDING_LEADER, 10, "task-1", MARCH_1),
        redemption(BUILDING_LEADER, 8, "shop-1", MARCH_15),
        reversal(2, "shop-1-returned", APRIL_1));
    assertThat(account.balance()).isEqualTo(10);
    assertThat(account.balanceAt(MARCH_15)).isEqualTo(2);
    assertThat(account.redeemed(yearStart(2024), yearStart(2025))).isZero();
    assertThat(account.reversalOf(EntryId.of(2))).map(LedgerEntry::id).contains(EntryId.of(3));
    assertThat(account.reversalOf(EntryId.of(1))).isEmpty();
  }

  @Test
  void reversingAnAwardTakesItsPointsBack() {
    PointsAccount account = account(
        award(BUILDING_LEADER, 10, "task-1", MARCH_1),
        award(BUILDING_LEADER, 4, "task-2", MARCH_1),
        reversal(1, "fix-1", MARCH_15));
    assertThat(account.balance()).isEqualTo(4);
    assertThat(account.earned(yearStart(2024), yearStart(2025))).isEqualTo(4);
    assertThat(account.entries().get(2).points()).isEqualTo(10);
  }

  @Test
  void anAwardWhosePointsWereSpentCannotBeReversedUntilTheRedemptionIs() {
    PointsAccount spent = account(
        award(BUILDING_LEADER, 10, "task-1", MARCH_1),
        redemption(BUILDING_LEADER, 8, "shop-1", MARCH_15));
    LedgerException e = refusal(spent, reversal(1, "fix-1", APRIL_1));
    assertThat(e.rule()).isEqualTo(LedgerRule.INSUFFICIENT_BALANCE);
    assertThat(e).hasMessageContaining("reversal of award 1 (10 points, event fix-1)");

    PointsAccount undone = account(
        award(BUILDING_LEADER, 10, "task-1", MARCH_1),
        redemption(BUILDING_LEADER, 8, "shop-1", MARCH_15),
        reversal(2, "shop-1-returned", APRIL_1),
        reversal(1, "fix-1", APRIL_1));
    assertThat(undone.balance()).isZero();
  }

  @Test
  void anEntryIsReversedAtMostOnce() {
    PointsAccount account = account(
        award(BUILDING_LEADER, 10, "task-1", MARCH_1),
        reversal(1, "fix-1", MARCH_15));
    LedgerException e = refusal(account, reversal(1, "fix-2", APRIL_1));
    assertThat(e.rule()).isEqualTo(LedgerRule.ALREADY_REVERSED);
    assertThat(e.subject()).isEqualTo("1");
    assertThat(e).hasMessageContaining("entry 1 was already reversed by entry 2");
  }

  @Test
  void aReversalCannotBeReversed() {
    PointsAccount account = account(
        award(BUILDING_LEADER, 10, "task-1", MARCH_1),
        reversal(1, "fix-1", MARCH_15));
    LedgerException e = refusal(account, reversal(2, "fix-2", APRIL_1));
    assertThat(e.rule()).isEqualTo(LedgerRule.REVERSAL_OF_REVERSAL);
    assertThat(e.subject()).isEqualTo("2");
    assertThat(e).hasMessageContaining("entry 2 is itself a reversal");
  }

  @Test
  void aReversalCannotPrecedeTheEntryItUndoes() {
    PointsAccount account = account(award(BUILDING_LEADER, 10, "task-1", MARCH_15));
    LedgerException e = refusal(account, reversal(1, "fix-1", MARCH_1));
    assertThat(e.rule()).isEqualTo(LedgerRule.REVERSAL_BEFORE_ENTRY);
    assertThat(e).hasMessageContaining("event fix-1").hasMessageContaining("before entry 1");
  }

  @Test
  void aReversalOfAnEntryNotInTheAccountIsNotFound() {
    LedgerException e = refusal(account(award(BUILDING_LEADER, 10, "task-1", MARCH_1)), reversal(7, "fix-1", APRIL_1));
    assertThat(e.rule()).isEqualTo(LedgerRule.UNKNOWN_ENTRY);
    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(e.subject()).isEqualTo("7");
  }

  @Test
  void aReversalCountsInItsOwnPeriodAndLeavesClosedPeriodsAlone() {
    PointsAccount account = account(
        award(BUILDING_LEADER, 10, "task-2024", at("2024-12-20T09:00")),
        award(BUILDING_LEADER, 3, "task-2025", at("2025-01-10T09:00")),
        reversal(1, "fix-2025", at("2025-01-05T09:00")));
    assertThat(account.earned(yearStart(2024), yearStart(2025))).isEqualTo(10);
    assertThat(account.earned(yearStart(2025), yearStart(2026))).isEqualTo(-7);
    assertThat(account.balanceAt(yearStart(2025)) + account.earned(yearStart(2025), yearStart(2026))
        - account.redeemed(yearStart(2025), yearStart(2026))).isEqualTo(account.balance());
  }

  @Test
  void periodsIncludeTheirStartAndExcludeTheirEnd() {
    PointsAccount account = account(
        award(BUILDING_LEADER, 10, "task-new-year", yearStart(2025)),
        redemption(BUILDING_LEADER, 4, "shop-new-year", yearStart(2025)));
    assertThat(account.earned(yearStart(2024), yearStart(2025))).isZero();
    assertThat(account.earned(yearStart(2025), yearStart(2026))).isEqualTo(10);
    assertThat(account.redeemed(yearStart(2025), yearStart(2026))).isEqualTo(4);
    assertThatThrownBy(() -> account.earned(yearStart(2025), yearStart(2024)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
  }

  @Test
  void admitsOnlyThePersonsOwnPostingsUnderANewerId() {
    PointsAccount account = account(award(BUILDING_LEADER, 10, "task-1", MARCH_1));
    assertThatThrownBy(() -> account.admit(award(UNIT_LEADER, 2, "task-2", MARCH_1), EntryId.of(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bp-0533");
    assertThatThrownBy(() -> account.admit(award(BUILDING_LEADER, 2, "task-2", MARCH_1), EntryId.of(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry id 1");
    assertThat(account.admit(award(BUILDING_LEADER, 2, "task-2", MARCH_1), EntryId.of(40)).id())
        .isEqualTo(EntryId.of(40));
  }

  @Test
  void isRebuiltFromStoredEntries() {
    PointsAccount original = account(
        award(BUILDING_LEADER, 10, "task-1", MARCH_1),
        redemption(BUILDING_LEADER, 8, "shop-1", MARCH_15),
        reversal(2, "shop-1-returned", APRIL_1));
    PointsAccount rebuilt = PointsAccount.of(BUILDING_LEADER, original.entries());
    assertThat(rebuilt.balance()).isEqualTo(10);
    assertThat(rebuilt.balanceAt(MARCH_15)).isEqualTo(2);
    assertThat(rebuilt.reversalOf(EntryId.of(2))).isPresent();
  }

  @Test
  void refusesStoredEntriesThatBreakTheLedgersShape() {
    List<LedgerEntry> entries = account(
        award(BUILDING_LEADER, 10, "task-1", MARCH_1),
        reversal(1, "fix-1", MARCH_15)).entries();
    LedgerEntry award = entries.get(0);
    LedgerEntry reversal = entries.get(1);
    assertThatThrownBy(() -> PointsAccount.of(UNIT_LEADER, List.of(award)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bp-0533");
    assertThatThrownBy(() -> PointsAccount.of(BUILDING_LEADER, List.of(reversal, award)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PointsAccount.of(BUILDING_LEADER, List.of(reversal)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names entry 1");
    LedgerEntry second = new LedgerEntry(EntryId.of(3), BUILDING_LEADER, EntryKind.REVERSAL, 10, event("fix-2"),
        APRIL_1, Optional.empty(), Optional.of(award.id()), "again");
    assertThatThrownBy(() -> PointsAccount.of(BUILDING_LEADER, List.of(award, reversal, second)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 1 is reversed twice");
  }
}
