/**
 * Coverage: how the grids of each level cover the territory. A level's boundaries form a
 * <em>coverage</em> when no two overlap and grids that meet share their edges vertex-for-vertex; a
 * parent is <em>tiled</em> when its children cover it with no gap and nothing outside. {@link
 * org.civicgrid.geo.coverage.CoverageCheck} reports every violation with its geometry, {@link
 * org.civicgrid.geo.coverage.ParentBoundaries} derives parents from children, and {@link
 * org.civicgrid.geo.coverage.SizingCheck} compares each grid's households and area with its level's
 * bands.
 */
package org.civicgrid.geo.coverage;
