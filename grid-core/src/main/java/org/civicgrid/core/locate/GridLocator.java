package org.civicgrid.core.locate;

/**
 * Finds the grids a point lies in: point → grid at every level, in one call. grid-geo implements it
 * from boundaries; modules that only route cases depend on this interface and never load geometry.
 *
 * <p>A point on an edge or vertex shared by several grids belongs to exactly one of them, by the
 * implementation's documented rule. Implementations are safe for concurrent use.
 */
public interface GridLocator {
  /** The coordinate system the located boundaries are in. */
  CoordinateSystem coordinateSystem();

  /**
   * Where {@code point} lies.
   *
   * @throws IllegalArgumentException if the point is in a coordinate system the locator cannot
   *     convert from (the message names it)
   */
  Location locate(GeoPoint point);
}
