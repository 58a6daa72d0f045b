package org.civicgrid.core.points;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.civicgrid.core.staff.PersonId;

/**
 * A Beipiao community's "moral bank" for tests: building leaders and volunteers earn points for
 * hazard reports, building checks and volunteer hours and redeem them for daily goods. The rates
 * are illustrative, not from a city's rules. Times are Beijing time.
 */
public final class MoralBank {
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  /** Building leader (楼栋长) of building 3. */
  public static final PersonId BUILDING_LEADER = PersonId.of("bp-0417");
  /** Unit leader (单元长) of building 3, unit 2. */
  public static final PersonId UNIT_LEADER = PersonId.of("bp-0533");
  /** A volunteer of the community's volunteer team. */
  public static final PersonId VOLUNTEER = PersonId.of("bp-v-0021");

  private MoralBank() {}

  /** 2 points per hazard report, 5 per building check, 1 per hour of volunteer service rounded down. */
  public static PointsTariff tariff() {
    return PointsTariff.builder()
        .perTask("hazard-report", 2)
        .perTask("building-check", 5)
        .perHour("volunteer-service", 1)
        .rounding(RoundingMode.DOWN)
        .build();
  }

  /** A Beijing-time instant, for example {@code at("2024-03-01T09:00")}. */
  public static Instant at(String beijingTime) {
    return LocalDateTime.parse(beijingTime).atZone(BEIJING).toInstant();
  }

  /** The first instant of {@code year} in Beijing. */
  public static Instant yearStart(int year) {
    return at(year + "-01-01T00:00");
  }

  public static SourceEventId event(String id) {
    return SourceEventId.of(id);
  }

  /** An award of {@code points} for one hazard report, whatever the tariff says: for tests about amounts. */
  public static Posting.Award award(PersonId person, int points, String event, Instant at) {
    return new Posting.Award(person, points, Contribution.tasks("hazard-report", 1), event(event), at, "");
  }

  public static Posting.Award volunteerHours(PersonId person, Duration time, String event, Instant at) {
    return tariff().award(person, Contribution.hours("volunteer-service", time), event(event), at, "");
  }

  public static Posting.Redemption redemption(PersonId person, int points, String event, Instant at) {
    return new Posting.Redemption(person, points, event(event), at, "5 kg rice");
  }

  public static Posting.Reversal reversal(LedgerEntry entry, String event, Instant at) {
    return new Posting.Reversal(entry.id(), event(event), at, "entered twice by mistake");
  }
}
