/**
 * Point → grid location. The <em>index</em> is a uniform grid of <em>cells</em> over the lowest
 * grid boundaries of a layer: a cell wholly inside one grid answers without geometry, a
 * <em>boundary cell</em> lists the grids whose edges touch it. {@link
 * org.civicgrid.geo.index.GridIndex} builds a {@link org.civicgrid.geo.index.FlatGridLocator};
 * {@link org.civicgrid.geo.index.LiveGridLocator} replaces it copy-on-write when boundaries change.
 * {@link org.civicgrid.geo.index.FlatAreaLocator} answers from the same kind of table for one area.
 */
package org.civicgrid.geo.index;
