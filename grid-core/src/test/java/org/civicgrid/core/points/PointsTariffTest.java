package org.civicgrid.core.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.points.MoralBank.VOLUNTEER;
import static org.civicgrid.core.points.MoralBank.at;
import static org.civicgrid.core.points.MoralBank.event;

import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class PointsTariffTest {
  private static PointsTariff perHour(int rate, RoundingMode rounding) {
    return PointsTariff.builder().perHour("volunteer-service", rate).rounding(rounding).build();
  }

  private static Contribution.Hours minutes(long minutes) {
    return Contribution.hours("volunteer-service", Duration.ofMinutes(minutes));
  }

  @Test
  void tasksEarnTheRateTimesTheCount() {
    assertThat(MoralBank.tariff().points(Contribution.tasks("hazard-report", 3))).isEqualTo(6);
    assertThat(MoralBank.tariff().points(Contribution.tasks("building-check", 1))).isEqualTo(5);
  }

  @Test
  void hoursAreRoundedByTheTariffsRule() {
    assertThat(perHour(1, RoundingMode.DOWN).points(minutes(150))).isEqualTo(2);
    assertThat(perHour(1, RoundingMode.HALF_UP).points(minutes(150))).isEqualTo(3);
    assertThat(perHour(1, RoundingMode.HALF_UP).points(minutes(149))).isEqualTo(2);
    assertThat(perHour(1, RoundingMode.UP).points(minutes(121))).isEqualTo(3);
    assertThat(perHour(3, RoundingMode.DOWN).points(minutes(50))).isEqualTo(2);
    assertThat(perHour(2, RoundingMode.DOWN)
        .points(Contribution.hours("volunteer-service", Duration.ofMinutes(90).minusNanos(1))))
        .as("a nanosecond short of 1.5 hours at 2 points an hour").isEqualTo(2);
  }

  @Test
  void roundsHalfUpUnlessTheCitySaysOtherwise() {
    PointsTariff tariff = PointsTariff.builder().perHour("volunteer-service", 1).build();
    assertThat(tariff.rounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(tariff.points(minutes(90))).isEqualTo(2);
  }

  @Test
  void makesTheAwardToAppend() {
    Posting.Award award = MoralBank.tariff().award(VOLUNTEER, minutes(150), event("hours/2024-07-12/v21"),
        at("2024-07-12T18:00"), "flood watch at the low-lying houses");
    assertThat(award.points()).isEqualTo(2);
    assertThat(award.person()).isEqualTo(VOLUNTEER);
    assertThat(award.contribution()).isEqualTo(minutes(150));
  }

  @Test
  void anActivityWithoutARateIsNamed() {
    assertThatThrownBy(() -> MoralBank.tariff().points(Contribution.tasks("dispute-mediation", 1)))
        .isInstanceOfSatisfying(LedgerException.class, e -> {
          assertThat(e.rule()).isEqualTo(LedgerRule.UNPRICED_ACTIVITY);
          assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
          assertThat(e.subject()).isEqualTo("dispute-mediation");
        })
        .hasMessageContaining("per task of dispute-mediation");
  }

  @Test
  void aTaskRateDoesNotPriceHoursOfTheSameKind() {
    assertThatThrownBy(() -> MoralBank.tariff().points(Contribution.hours("hazard-report", Duration.ofHours(1))))
        .isInstanceOfSatisfying(LedgerException.class,
            e -> assertThat(e.rule()).isEqualTo(LedgerRule.UNPRICED_ACTIVITY))
        .hasMessageContaining("per hour of hazard-report");
  }

  @Test
  void hoursThatRoundToNoPointsAreRefused() {
    assertThatThrownBy(
            () -> MoralBank.tariff().award(VOLUNTEER, minutes(40), event("hours-1"), at("2024-07-12T18:00"), ""))
        .isInstanceOfSatisfying(LedgerException.class,
            e -> assertThat(e.rule()).isEqualTo(LedgerRule.NON_POSITIVE_POINTS))
        .hasMessageContaining("PT40M of volunteer-service earns no points at 1 points an hour rounded DOWN");
  }

  @Test
  void pointsBeyondWhatAnEntryHoldsOverflow() {
    PointsTariff generous = PointsTariff.builder().perTask("hazard-report", Integer.MAX_VALUE).build();
    assertThatThrownBy(() -> generous.points(Contribution.tasks("hazard-report", 2)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void refusesBadRates() {
    assertThatThrownBy(() -> PointsTariff.builder().perTask("hazard-report", 0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hazard-report");
    assertThatThrownBy(() -> PointsTariff.builder().perHour("volunteer-service", -1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("volunteer-service");
    assertThatThrownBy(() -> PointsTariff.builder().perTask("hazard-report", 2).perTask("hazard-report", 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hazard-report is priced twice");
    assertThatThrownBy(() -> PointsTariff.builder().rounding(RoundingMode.UNNECESSARY).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNNECESSARY");
  }

  @Test
  void isDataThatCannotChangeAfterwards() {
    PointsTariff tariff = new PointsTariff(Map.of(ActivityKind.of("hazard-report"), 2), Map.of(), RoundingMode.DOWN);
    assertThatThrownBy(() -> tariff.perTask().put(ActivityKind.of("building-check"), 5))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(tariff)
        .isEqualTo(PointsTariff.builder().perTask("hazard-report", 2).rounding(RoundingMode.DOWN).build());
  }
}
