package org.civicgrid.core.layer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.code.GridCode;

/**
 * A docked specialist grid seen from the social grid it serves: which layer and department, which
 * specialist grid, onto which social grid. Answers of {@link DockedLayers}' queries. Immutable.
 *
 * @param grid a docked grid of {@code layer}
 */
public record Docking(SpecialistLayer layer, SpecialistGrid grid) {
  public Docking {
    checkNotNull(layer, "layer");
    checkNotNull(grid, "grid");
    checkArgument(grid.isDocked(), "specialist grid %s of layer %s is not docked", grid.id(), layer.id());
  }

  public Department department() {
    return layer.department();
  }

  /** The social grid the specialist grid is docked onto. */
  public GridCode socialGrid() {
    return grid.dockedTo();
  }

  @Override
  public String toString() {
    return layer.id() + "/" + grid.id() + " (" + department().nameZh() + ") → " + grid.dockedTo();
  }
}
