/**
 * Grid boundaries. A {@link org.civicgrid.geo.boundary.Boundary} is one grid's area (JTS Polygon or
 * MultiPolygon, longitude/latitude); a {@link org.civicgrid.geo.boundary.BoundaryLayer} holds the
 * boundaries of many grids in one declared coordinate system, never mixing systems.
 */
package org.civicgrid.geo.boundary;
