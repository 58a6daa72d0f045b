/**
 * Locating points in grids, without geometry. A {@link org.civicgrid.core.locate.GeoPoint} is a
 * position in a declared {@link org.civicgrid.core.locate.CoordinateSystem}; a
 * {@link org.civicgrid.core.locate.GridLocator} (implemented by grid-geo) answers with a
 * {@link org.civicgrid.core.locate.Location}: the owning grid at each level, or the nearest grid.
 */
package org.civicgrid.core.locate;
