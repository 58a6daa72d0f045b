package org.civicgrid.geo.layout.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.civicgrid.geo.layout.LayoutMetrics;
import org.civicgrid.geo.layout.LayoutSettings;
import org.junit.jupiter.api.Test;

class GpmetisResultTest {
  private static LayoutScore score(double pp, int unflagged, int notContiguous) {
    return new LayoutScore(new LayoutMetrics(20, 0.9, notContiguous, pp, pp - 0.1, 0.85, 85, 115), 0, notContiguous,
        0, unflagged, unflagged, 0.5, 0.6);
  }

  private static GpmetisResult result(LayoutScore ours) {
    return new GpmetisResult("Fuxin test", LayoutSettings.of(100), 2_000, 2, ImmutableList.of(1, 2, 3), ours,
        ImmutableList.of(score(0.60, 3, 0), score(0.58, 2, 1), score(0.62, 0, 0)));
  }

  @Test
  void passesWhenOursKeepsEveryConstraintAndIsWithinTheSlackOfGpmetisMedian() {
    GpmetisResult result = result(score(0.571, 0, 0));

    assertThat(result.median(s -> s.metrics().meanPolsbyPopper())).isEqualTo(0.60);
    assertThat(result.gpmetisSeedsViolating()).isEqualTo(2);
    assertThat(result.accepted()).isTrue();
    assertThat(result.verdict()).startsWith("PASS: ours keeps every constraint (0 violations)");
    assertThat(result.markdown()).contains("| ours | 20 | 90.0 % | 0 (0) |", "| gpmetis worst | 20 | 90.0 % | 3 (3) | 1 |");
  }

  @Test
  void failsWhenLessCompactThanTheSlackAllows() {
    GpmetisResult result = result(score(0.569, 0, 0));

    assertThat(result.accepted()).isFalse();
    assertThat(result.verdict()).startsWith("FAIL").contains("PP mean 0.569 < gpmetis median 0.600 − 0.03");
  }

  @Test
  void failsWhenOursLeavesAGridOutsideTheBandUnflagged() {
    GpmetisResult result = result(score(0.65, 1, 0));

    assertThat(result.accepted()).isFalse();
    assertThat(result.verdict()).startsWith("FAIL: ours breaks constraints (1 violations)");
  }

  @Test
  void refusesSeedsWithoutALayoutEach() {
    assertThatThrownBy(() -> new GpmetisResult("Fuxin test", LayoutSettings.of(100), 2_000, 2,
        ImmutableList.of(1, 2), score(0.6, 0, 0), ImmutableList.of(score(0.6, 0, 0))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("1 gpmetis layouts for seeds [1, 2]");
  }
}
