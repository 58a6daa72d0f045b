package org.civicgrid.geo.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.geo.boundary.BoundaryLayer;

/**
 * A territory's boundaries as loaded from a {@link BoundaryStore}, with the version to name when
 * writing them back. Immutable.
 *
 * @param layer the boundaries of every level of the territory, in their declared coordinate system
 * @param version 1 for the first write, one more for each write after it
 */
public record StoredBoundaries(BoundaryLayer layer, long version) {
  public StoredBoundaries {
    checkNotNull(layer, "layer");
    checkArgument(version >= 1, "stored version %s is not positive", version);
  }
}
