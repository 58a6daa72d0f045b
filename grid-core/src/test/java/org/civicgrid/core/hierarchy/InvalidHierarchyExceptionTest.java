package org.civicgrid.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.scheme.LevelSchemes;
import org.junit.jupiter.api.Test;

class InvalidHierarchyExceptionTest {

  private static List<GridNode> orphans(int count) {
    List<GridNode> nodes = new ArrayList<>();
    nodes.add(GridNode.of("210902", "海州区", "county", null));
    for (int k = 1; k <= count; k++) {
      nodes.add(GridNode.of(String.format("210902099%03d", k), "社区" + k, "community", "210902099"));
    }
    return nodes;
  }

  @Test
  void carriesEveryFindingAndTheErrorCode() {
    assertThatThrownBy(() -> GridHierarchy.of(LevelSchemes.fuxin(), orphans(3), List.of()))
        .isInstanceOfSatisfying(InvalidHierarchyException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_HIERARCHY);
          assertThat(e.report().of(HierarchyRule.ORPHAN)).hasSize(3);
        })
        .hasMessageStartingWith("INVALID_HIERARCHY: 3 error(s)")
        .hasMessageContaining("210902099001").hasMessageContaining("210902099003");
  }

  @Test
  void showsTenErrorsAndCountsTheRest() {
    assertThatThrownBy(() -> GridHierarchy.of(LevelSchemes.fuxin(), orphans(12), List.of()))
        .isInstanceOfSatisfying(InvalidHierarchyException.class, e -> assertThat(e.report().findings()).hasSize(12))
        .hasMessageContaining("12 error(s)")
        .hasMessageContaining("210902099010")
        .hasMessageNotContaining("210902099011")
        .hasMessageEndingWith("… and 2 more");
  }

  @Test
  void keepsWarningsInTheReportButCountsOnlyErrors() {
    List<GridNode> nodes = orphans(1);
    nodes.add(GridNode.of("210902201", "韩家店镇", "township", "210902"));
    nodes.add(GridNode.of("210902201201", "韩家店村", "village", "210902201"));
    nodes.add(GridNode.of("210902201201001", "一组", "hamlet", "210902201201").withCounts(90, 250));
    assertThatThrownBy(() -> GridHierarchy.of(LevelSchemes.fuxin(), nodes, List.of()))
        .isInstanceOfSatisfying(InvalidHierarchyException.class, e -> {
          assertThat(e.report().withSeverity(Severity.WARNING)).hasSize(1);
          assertThat(e.report().withSeverity(Severity.ERROR)).hasSize(1);
        })
        .hasMessageContaining("1 error(s)")
        .hasMessageNotContaining("households-outside-band");
  }
}
