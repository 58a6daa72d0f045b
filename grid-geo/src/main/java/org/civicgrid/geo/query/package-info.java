/**
 * Spatial questions about the grids of one level. A {@link org.civicgrid.geo.query.ProximityQuery}
 * finds the grids within a distance in metres of a point; an {@link
 * org.civicgrid.geo.query.AdjacencyGraph} says which grids are neighbours (they share an edge of
 * positive length); a {@link org.civicgrid.geo.query.HazardQuery} lists the grids a {@link
 * org.civicgrid.geo.query.Hazard} (a flood zone, a gas-leak radius) reaches with the households
 * exposed in each.
 */
package org.civicgrid.geo.query;
