package org.civicgrid.core.hierarchy;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.scheme.LevelSchemes;

/**
 * A small Fuxin-like territory under {@link LevelSchemes#fuxin()} for tests: Haizhou district with
 * an urban branch (subdistrict → two communities → compounds → building grids) and a rural branch
 * (township → village → two hamlets). Every grid is within its household band.
 */
public final class FuxinGrids {
  public static final GridCode COUNTY = GridCode.of("210902");
  public static final GridCode SUBDISTRICT = GridCode.of("210902001");
  public static final GridCode CHANGYUAN = GridCode.of("210902001001");
  public static final GridCode COMPOUND = GridCode.of("210902001001001");
  public static final GridCode BUILDING_1 = GridCode.of("210902001001001001");
  public static final GridCode BUILDING_2 = GridCode.of("210902001001001002");
  public static final GridCode XINHUA = GridCode.of("210902001002");
  public static final GridCode XINHUA_COMPOUND = GridCode.of("210902001002001");
  public static final GridCode XINHUA_BUILDING = GridCode.of("210902001002001001");
  public static final GridCode TOWNSHIP = GridCode.of("210902201");
  public static final GridCode VILLAGE = GridCode.of("210902201201");
  public static final GridCode HAMLET_1 = GridCode.of("210902201201001");
  public static final GridCode HAMLET_2 = GridCode.of("210902201201002");

  private FuxinGrids() {}

  /** The grids, parents first. */
  public static ImmutableList<GridNode> nodes() {
    return ImmutableList.of(
        GridNode.of("210902", "海州区", "county", null),
        GridNode.of("210902001", "和平街道", "subdistrict", "210902"),
        GridNode.of("210902001001", "长源社区", "community", "210902001"),
        GridNode.of("210902001001001", "一号小区", "compound", "210902001001"),
        GridNode.of("210902001001001001", "1号楼网格", "building-grid", "210902001001001").withCounts(96, 270),
        GridNode.of("210902001001001002", "2号楼网格", "building-grid", "210902001001001").withCounts(104, 300),
        GridNode.of("210902001002", "新华社区", "community", "210902001"),
        GridNode.of("210902001002001", "新华小区", "compound", "210902001002"),
        GridNode.of("210902001002001001", "新华1号楼网格", "building-grid", "210902001002001").withCounts(100, 280),
        GridNode.of("210902201", "韩家店镇", "township", "210902"),
        GridNode.of("210902201201", "韩家店村", "village", "210902201"),
        GridNode.of("210902201201001", "一组", "hamlet", "210902201201").withCounts(50, 140),
        GridNode.of("210902201201002", "二组", "hamlet", "210902201201").withCounts(48, 131));
  }

  /** The whole territory. */
  public static GridHierarchy hierarchy() {
    return GridHierarchy.of(LevelSchemes.fuxin(), nodes(), List.of());
  }

  /** The territory after a re-division retired {@code retired} and everything below them. */
  public static GridHierarchy hierarchyWithout(GridCode... retired) {
    List<GridNode> kept = nodes().stream()
        .filter(n -> Arrays.stream(retired).noneMatch(r -> r.equals(n.code()) || r.isPrefixOf(n.code())))
        .toList();
    return GridHierarchy.of(LevelSchemes.fuxin(), kept, List.of());
  }
}
