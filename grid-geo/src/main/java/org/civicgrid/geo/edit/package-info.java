/**
 * Edits of grid boundaries that keep a level's coverage valid. A <em>coverage</em> is the set of
 * grids of one level: their areas do not overlap and neighbours share each common edge vertex for
 * vertex. {@link org.civicgrid.geo.edit.CoverageEditor} splits, merges and reshapes grids so that
 * this stays true, checks the result with the JTS coverage validators against the neighbours, and
 * either returns a new {@link org.civicgrid.geo.boundary.BoundaryLayer} or throws an
 * {@link org.civicgrid.geo.edit.IllegalEditException} naming the grids, changing nothing.
 */
package org.civicgrid.geo.edit;
