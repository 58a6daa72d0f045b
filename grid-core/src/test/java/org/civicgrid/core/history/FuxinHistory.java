package org.civicgrid.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.scheme.LevelSchemes;

/**
 * A Haizhou district (Fuxin) timeline for tests: 和平街道 → 长源社区 → two compounds with building
 * grids of about 100 households, and a rural hamlet that declares its own counts.
 */
final class FuxinHistory {
  static final LocalDate START = LocalDate.of(2023, 1, 1);
  static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
  static final LocalDate JUNE = LocalDate.of(2024, 6, 1);

  static final GridCode COMMUNITY = GridCode.of("210902001001");
  static final GridCode COMPOUND = GridCode.of("210902001001001");
  static final GridCode COMPOUND_2 = GridCode.of("210902001001002");
  /** 1号楼网格: building B1 (units B1-1, B1-2, 24 households each) and building B2 (52). */
  static final GridCode G1 = GridCode.of("210902001001001001");
  /** 2号楼网格: buildings B3 (60) and B4 (44). */
  static final GridCode G2 = GridCode.of("210902001001001002");
  /** 二号小区's only building grid: building B5 (100). */
  static final GridCode G5 = GridCode.of("210902001001002001");
  /** 一组 of 韩家店村, 50 households declared on the grid itself. */
  static final GridCode HAMLET = GridCode.of("210902201201001");

  private FuxinHistory() {}

  static GridHierarchy hierarchy() {
    Place b1 = Place.building("B1", "1号楼", G1, 0, 0);
    return GridHierarchy.builder(LevelSchemes.fuxin())
        .add(GridNode.of("210902", "海州区", "county", null))
        .add(GridNode.of("210902001", "和平街道", "subdistrict", "210902"))
        .add(GridNode.of("210902001001", "长源社区", "community", "210902001"))
        .add(GridNode.of("210902001001001", "一号小区", "compound", "210902001001"))
        .add(GridNode.of("210902001001001001", "1号楼网格", "building-grid", "210902001001001"))
        .add(GridNode.of("210902001001001002", "2号楼网格", "building-grid", "210902001001001"))
        .add(GridNode.of("210902001001002", "二号小区", "compound", "210902001001"))
        .add(GridNode.of("210902001001002001", "5号楼网格", "building-grid", "210902001001002"))
        .add(GridNode.of("210902201", "韩家店镇", "township", "210902"))
        .add(GridNode.of("210902201201", "韩家店村", "village", "210902201"))
        .add(GridNode.of("210902201201001", "一组", "hamlet", "210902201201").withCounts(50, 140))
        .add(b1)
        .add(Place.unit("B1-1", "1单元", b1, 24, 70))
        .add(Place.unit("B1-2", "2单元", b1, 24, 66))
        .add(Place.building("B2", "2号楼", G1, 52, 150))
        .add(Place.building("B3", "3号楼", G2, 60, 170))
        .add(Place.building("B4", "4号楼", G2, 44, 120))
        .add(Place.building("B5", "5号楼", G5, 100, 290))
        .build();
  }

  static GridHistory history() {
    return GridHistory.start(hierarchy(), START, "2023 grid survey");
  }

  /** A building grid of 一号小区 with sequence {@code seq}, such as "003". */
  static GridNode buildingGrid(String seq, String name) {
    return GridNode.of(COMPOUND.value() + seq, name, "building-grid", COMPOUND.value());
  }

  static GridCode code(String value) {
    return GridCode.of(value);
  }

  /** Applies {@code changes}, expects the refusal and checks that the history did not change. */
  static IllegalChangeException refused(GridHistory history, LocalDate effective, Change... changes) {
    int version = history.version();
    GridHierarchy current = history.current();
    int logged = history.log().size();
    IllegalChangeException e = catchThrowableOfType(IllegalChangeException.class,
        () -> history.apply(effective, "re-division", changes));
    assertThat(e).as("refusal of %s", (Object) changes).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_CHANGE);
    assertThat(history.version()).isEqualTo(version);
    assertThat(history.current()).isSameAs(current);
    assertThat(history.log().size()).isEqualTo(logged);
    return e;
  }
}
