package org.civicgrid.examples.jdbc;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.history.Change;
import org.civicgrid.core.history.GridHistory;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.scheme.LevelSchemes;

/** Grid histories of Haizhou's 长源社区 for the plugin's own tests. */
final class Histories {
  static final GridCode COMPOUND = GridCode.of("210902001001001");
  static final GridCode GRID_1 = GridCode.of("210902001001001001");
  static final GridCode GRID_2 = GridCode.of("210902001001001002");

  private Histories() {}

  /** One compound with two building grids and three buildings. */
  static GridHistory start() {
    GridHierarchy hierarchy = GridHierarchy.builder(LevelSchemes.fuxin())
        .add(GridNode.of("210902", "海州区", "county", null))
        .add(GridNode.of("210902001", "和平街道", "subdistrict", "210902"))
        .add(GridNode.of("210902001001", "长源社区", "community", "210902001"))
        .add(GridNode.of("210902001001001", "一号小区", "compound", "210902001001"))
        .add(GridNode.of("210902001001001001", "1号楼网格", "building-grid", "210902001001001"))
        .add(GridNode.of("210902001001001002", "2号楼网格", "building-grid", "210902001001001"))
        .add(Place.building("B1", "1号楼", GRID_1, 96, 270))
        .add(Place.building("B2", "2号楼", GRID_1, 20, 50))
        .add(Place.building("B3", "3号楼", GRID_2, 84, 240))
        .build();
    return GridHistory.start(hierarchy, LocalDate.of(2024, 1, 1), "initial division");
  }

  /** {@link #start()} after one revision of every kind of change. */
  static GridHistory withEveryKindOfChange() {
    GridCode grid3 = GridCode.of("210902001001001003");
    GridCode split1 = GridCode.of("210902001001001004");
    GridCode split2 = GridCode.of("210902001001001005");
    GridCode merged = GridCode.of("210902001001001006");
    return start()
        .apply(LocalDate.of(2024, 2, 1), "a grid for building 3",
            new Change.AddGrid(GridNode.of(grid3.value(), "3号楼网格", "building-grid", COMPOUND.value())
                .withTags("新建")))
        .apply(LocalDate.of(2024, 2, 1), "building 3 moves", new Change.MovePlaces(List.of("B3"), grid3))
        .apply(LocalDate.of(2024, 3, 1), "grid 1 is too big", new Change.Split(GRID_1,
            List.of(GridNode.of(split1.value(), "1号楼网格", "building-grid", COMPOUND.value()),
                GridNode.of(split1.value().substring(0, 15) + "005", "2号楼网格（新）", "building-grid",
                    COMPOUND.value())),
            Map.of("B1", split1, "B2", split2)))
        .apply(LocalDate.of(2024, 4, 1), "grid 2 is empty", new Change.Retire(GRID_2))
        .apply(LocalDate.of(2024, 5, 1), "buildings 1 and 3 together",
            new Change.Merge(List.of(split1, grid3), GridNode.of(merged.value(), "一三号楼网格", "building-grid",
                COMPOUND.value())))
        .apply(LocalDate.of(2024, 6, 1), "new name", new Change.Rename(COMPOUND, "长源小区"));
  }
}
