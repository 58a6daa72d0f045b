package org.civicgrid.geo.coverage;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.HierarchyRule;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.Measures;

/**
 * Checks that grids are of moderate size (规模适度): households against the household band of their
 * level (as the hierarchy found them when it was built) and area against an area band given per level
 * id, since level schemes carry none. Areas are city-scale accurate m² (see {@link CoverageCheck}).
 * Immutable and thread-safe; options return a new check.
 */
public final class SizingCheck {
  private final GridHierarchy hierarchy;
  private final BoundaryLayer layer;
  private final ImmutableMap<String, AreaBand> areaBands;

  private SizingCheck(GridHierarchy hierarchy, BoundaryLayer layer, ImmutableMap<String, AreaBand> areaBands) {
    this.hierarchy = hierarchy;
    this.layer = layer;
    this.areaBands = areaBands;
  }

  /** A check of the grids of {@code hierarchy} with the areas of {@code layer}, with no area bands. */
  public static SizingCheck of(GridHierarchy hierarchy, BoundaryLayer layer) {
    return new SizingCheck(checkNotNull(hierarchy, "hierarchy"), checkNotNull(layer, "layer"), ImmutableMap.of());
  }

  /**
   * This check with {@code band} for the grids of level {@code levelId}, replacing any band given
   * before.
   *
   * @throws IllegalArgumentException if the hierarchy's scheme has no such level
   */
  public SizingCheck withAreaBand(String levelId, AreaBand band) {
    hierarchy.scheme().level(checkNotNull(levelId, "levelId"));
    checkNotNull(band, "band");
    Map<String, AreaBand> bands = new LinkedHashMap<>(areaBands);
    bands.put(levelId, band);
    return new SizingCheck(hierarchy, layer, ImmutableMap.copyOf(bands));
  }

  /** The area bands by level id. */
  public ImmutableMap<String, AreaBand> areaBands() {
    return areaBands;
  }

  /**
   * The size of every grid of {@code level}, depth-first.
   *
   * @throws IllegalArgumentException if the hierarchy's scheme has no level with this id
   */
  public ImmutableList<GridSize> sizes(Level level) {
    return hierarchy.grids(checkNotNull(level, "level")).stream().map(this::size)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The grids of {@code level} outside the level's household band or its area band, and those whose
   * area cannot be told.
   *
   * @throws IllegalArgumentException if the hierarchy's scheme has no level with this id
   */
  public Report check(Level level) {
    List<Grid> grids = hierarchy.grids(checkNotNull(level, "level"));
    Set<String> codes = grids.stream().map(g -> g.code().value()).collect(Collectors.toSet());
    List<Finding> findings = new ArrayList<>();
    hierarchy.findings().of(HierarchyRule.HOUSEHOLDS_OUTSIDE_BAND).stream()
        .filter(f -> codes.contains(f.subject()))
        .forEach(findings::add);
    AreaBand band = areaBands.get(level.id());
    if (band != null) {
      for (Grid grid : grids) {
        OptionalDouble area = size(grid).squareMetres();
        if (area.isEmpty()) {
          findings.add(Finding.of(SizingRule.AREA_UNKNOWN, grid.code().value(),
              "has no boundary; the " + level.id() + " area band " + band + " cannot be checked"));
        } else if (!band.contains(area.getAsDouble())) {
          findings.add(Finding.of(SizingRule.AREA_OUTSIDE_BAND, grid.code().value(),
              SquareMetres.format(area.getAsDouble()) + ", outside the " + level.id() + " area band " + band));
        }
      }
    }
    return Report.of(findings);
  }

  /** The findings of {@link #check} for every level of the scheme, top down. */
  public Report checkAll() {
    Report all = Report.empty();
    for (Level level : hierarchy.scheme().levels()) {
      all = all.plus(check(level));
    }
    return all;
  }

  private GridSize size(Grid grid) {
    OptionalDouble area = layer.boundary(grid.code()).map(Boundary::area)
        .map(a -> OptionalDouble.of(Measures.areaSquareMetres(a, layer.system()))).orElse(OptionalDouble.empty());
    return new GridSize(grid.code(), grid.households(), area);
  }

  @Override
  public String toString() {
    return "SizingCheck[" + hierarchy + ", area bands " + areaBands + "]";
  }
}
