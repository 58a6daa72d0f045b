package org.civicgrid.geo.boundary;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;

/**
 * The boundaries of a set of grids (any levels) in one declared coordinate system. A layer never
 * mixes systems: converting is an explicit step. Immutable and thread-safe; changes return a new
 * layer.
 */
public final class BoundaryLayer {
  private final CoordinateSystem system;
  private final ImmutableMap<GridCode, Boundary> boundaries;

  private BoundaryLayer(CoordinateSystem system, ImmutableMap<GridCode, Boundary> boundaries) {
    this.system = system;
    this.boundaries = boundaries;
  }

  /**
   * A layer of {@code boundaries} in {@code system}.
   *
   * @throws IllegalArgumentException if two boundaries belong to the same grid (naming it)
   */
  public static BoundaryLayer of(CoordinateSystem system, Collection<Boundary> boundaries) {
    checkNotNull(system, "system");
    Map<GridCode, Boundary> byGrid = new LinkedHashMap<>();
    for (Boundary b : boundaries) {
      checkArgument(byGrid.putIfAbsent(b.grid(), b) == null, "grid %s has two boundaries", b.grid());
    }
    return new BoundaryLayer(system, ImmutableMap.copyOf(byGrid));
  }

  public static BoundaryLayer empty(CoordinateSystem system) {
    return new BoundaryLayer(checkNotNull(system, "system"), ImmutableMap.of());
  }

  public CoordinateSystem system() {
    return system;
  }

  public Optional<Boundary> boundary(GridCode grid) {
    return Optional.ofNullable(boundaries.get(grid));
  }

  /** Every boundary, in the order given. */
  public ImmutableCollection<Boundary> boundaries() {
    return boundaries.values();
  }

  public int size() {
    return boundaries.size();
  }

  /** This layer with {@code boundary} added or replacing the grid's boundary. */
  public BoundaryLayer with(Boundary boundary) {
    Map<GridCode, Boundary> copy = new LinkedHashMap<>(boundaries);
    copy.put(boundary.grid(), boundary);
    return new BoundaryLayer(system, ImmutableMap.copyOf(copy));
  }

  /** This layer without the grid's boundary. */
  public BoundaryLayer without(GridCode grid) {
    Map<GridCode, Boundary> copy = new LinkedHashMap<>(boundaries);
    copy.remove(grid);
    return new BoundaryLayer(system, ImmutableMap.copyOf(copy));
  }

  @Override
  public String toString() {
    return "BoundaryLayer[" + system + ", " + boundaries.size() + " boundaries]";
  }
}
