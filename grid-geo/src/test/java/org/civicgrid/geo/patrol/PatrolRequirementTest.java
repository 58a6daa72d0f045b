package org.civicgrid.geo.patrol;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.civicgrid.core.staff.RoleId;
import org.junit.jupiter.api.Test;

class PatrolRequirementTest {
  private static final RoleId AREA_WORKER = RoleId.of("wuhua.area-worker");

  @Test
  void seed003sFullTimeWorkerPatrolsTwiceADayAnHourAndAKilometreEach() {
    PatrolRequirement rule = PatrolRequirement.fullTimeWorker();
    assertThat(rule.role()).isEqualTo(RoleId.of("full-time-worker"));
    assertThat(rule.patrolsPerDay()).isEqualTo(2);
    assertThat(rule.minDuration()).isEqualTo(Duration.ofHours(1));
    assertThat(rule.minLengthMetres()).isEqualTo(1000);
    assertThat(rule.minInsideShare()).isEqualTo(0.8);
    assertThat(rule.maxSpeedKmh()).isEqualTo(30);
    assertThat(rule.maxGap()).isEqualTo(ofMinutes(5));
    assertThat(rule.maxPause()).isEqualTo(ofMinutes(15));
    assertThat(rule.pauseRadiusMetres()).isEqualTo(25);
    assertThat(rule.maxOutsideStay()).isEqualTo(ofMinutes(15));
    assertThat(rule.jitterMetres()).isEqualTo(10);
  }

  @Test
  void aCityDeclaresItsOwnRuleForItsOwnRole() {
    PatrolRequirement rule = PatrolRequirement.builder(AREA_WORKER).patrolsPerDay(1).minDuration(ofMinutes(90))
        .minLengthMetres(3000).minInsideShare(0.9).maxSpeedKmh(45).maxGap(ofMinutes(10)).maxPause(ofMinutes(30))
        .pauseRadiusMetres(40).maxOutsideStay(ofMinutes(20)).jitterMetres(15).build();
    assertThat(rule).isEqualTo(new PatrolRequirement(AREA_WORKER, 1, ofMinutes(90), 3000, 0.9, 45, ofMinutes(10),
        ofMinutes(30), 40, ofMinutes(20), 15));
    assertThat(rule.toBuilder().build()).isEqualTo(rule);
    assertThat(rule.toBuilder().patrolsPerDay(3).build().patrolsPerDay()).isEqualTo(3);
  }

  @Test
  void valuesOutOfRangeAreRefusedNamingTheRole() {
    PatrolRequirement.Builder base = PatrolRequirement.builder(AREA_WORKER);
    assertThatThrownBy(() -> base.patrolsPerDay(0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role wuhua.area-worker: patrols per day 0 must be at least 1");
    assertThatThrownBy(() -> PatrolRequirement.builder(AREA_WORKER).minDuration(Duration.ZERO).build())
        .hasMessage("role wuhua.area-worker: minimum duration PT0S must be positive");
    assertThatThrownBy(() -> PatrolRequirement.builder(AREA_WORKER).minLengthMetres(Double.NaN).build())
        .hasMessage("role wuhua.area-worker: minimum length NaN m must be a number ≥ 0");
    assertThatThrownBy(() -> PatrolRequirement.builder(AREA_WORKER).minInsideShare(1.2).build())
        .hasMessage("role wuhua.area-worker: minimum inside share 1.2 must lie in 0..1");
    assertThatThrownBy(() -> PatrolRequirement.builder(AREA_WORKER).maxSpeedKmh(0).build())
        .hasMessage("role wuhua.area-worker: maximum speed 0.0 km/h must be a number > 0");
    assertThatThrownBy(() -> PatrolRequirement.builder(AREA_WORKER).maxGap(ofMinutes(-1)).build())
        .hasMessage("role wuhua.area-worker: maximum gap PT-1M must be positive");
    assertThatThrownBy(() -> PatrolRequirement.builder(AREA_WORKER).maxPause(Duration.ZERO).build())
        .hasMessage("role wuhua.area-worker: maximum pause PT0S must be positive");
    assertThatThrownBy(() -> PatrolRequirement.builder(AREA_WORKER).pauseRadiusMetres(0).build())
        .hasMessage("role wuhua.area-worker: pause radius 0.0 m must be a number > 0");
    assertThatThrownBy(() -> PatrolRequirement.builder(AREA_WORKER).maxOutsideStay(Duration.ZERO).build())
        .hasMessage("role wuhua.area-worker: maximum stay outside PT0S must be positive");
    assertThatThrownBy(() -> PatrolRequirement.builder(AREA_WORKER).jitterMetres(-1).build())
        .hasMessage("role wuhua.area-worker: jitter -1.0 m must be a number ≥ 0");
    assertThatThrownBy(() -> PatrolRequirement.builder(AREA_WORKER).maxGap(null).build())
        .isInstanceOf(NullPointerException.class).hasMessage("maximum gap");
  }
}
