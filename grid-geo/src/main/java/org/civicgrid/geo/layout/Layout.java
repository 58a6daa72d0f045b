package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * A generated layout: its grids, in parent order and then by code, and every finding where it misses
 * its settings. The grids of each parent tile it (an edge-matched coverage) and never cross it.
 * Immutable and thread-safe.
 *
 * @param grids the grids
 * @param findings the misses, by parent
 */
public record Layout(ImmutableList<LayoutGrid> grids, ImmutableList<LayoutFinding> findings) {
  public Layout {
    grids = ImmutableList.copyOf(grids);
    findings = ImmutableList.copyOf(findings);
  }

  static Layout concat(List<Layout> layouts) {
    ImmutableList.Builder<LayoutGrid> grids = ImmutableList.builder();
    ImmutableList.Builder<LayoutFinding> findings = ImmutableList.builder();
    for (Layout layout : layouts) {
      grids.addAll(layout.grids);
      findings.addAll(layout.findings);
    }
    return new Layout(grids.build(), findings.build());
  }

  /** The grids of one parent. */
  public ImmutableList<LayoutGrid> grids(String parent) {
    return grids.stream().filter(g -> g.parent().equals(parent)).collect(ImmutableList.toImmutableList());
  }

  /** The grids as hierarchy nodes of {@code level} under their parents, with their households. */
  public ImmutableList<GridNode> nodes(String level, String name) {
    checkNotNull(level, "level");
    checkNotNull(name, "name");
    return grids.stream()
        .map(g -> GridNode.of(g.code(), String.format(name, g.code()), level, g.parent()).withCounts(g.households(), 0))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The grids' boundaries in {@code system}, each area mapped from the layout's metric frame by
   * {@code toSystem}; an affine map keeps shared vertices shared, so the coverage stays edge-matched.
   */
  public BoundaryLayer boundaries(CoordinateSystem system, AffineTransformation toSystem) {
    checkNotNull(toSystem, "toSystem");
    return BoundaryLayer.of(system, grids.stream()
        .map(g -> Boundary.of(GridCode.of(g.code()), toSystem.transform(g.area()))).toList());
  }
}
