package org.civicgrid.geo.edit;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/**
 * Why a boundary edit was refused; see {@link IllegalEditException#rule()}. Every rule is an error:
 * an edit breaking any of them changes nothing. Immutable and thread-safe.
 */
public enum EditRule implements Rule {
  /** The edit names a grid that has no boundary in the layer, or is not in the hierarchy. */
  UNKNOWN_GRID,
  /** A new grid would take a code that already has a boundary in the layer. */
  GRID_EXISTS,
  /** Grids edited together are not of one level of the hierarchy. */
  DIFFERENT_LEVELS,
  /** A split line does not cut the grid into exactly two parts, or ends inside it. */
  LINE_DOES_NOT_CROSS,
  /** A building assigned to a part lies outside the grid being split. */
  BUILDING_OUTSIDE,
  /** Two buildings at the same spot are assigned to different parts. */
  BUILDINGS_CONFLICT,
  /** Grids to merge share no edge of positive length (单元网格不相邻). */
  NOT_ADJACENT,
  /** Two grids share no edge with the end points a moved edge names. */
  NO_SHARED_EDGE,
  /** A moved edge leaves the two grids it separates, into a third grid or uncovered ground. */
  CROSSES_NEIGHBOUR,
  /** An edited area is not a valid polygon (it crosses or touches itself). */
  INVALID_RESULT,
  /** Edited grids overlap their neighbours or no longer share edges with them vertex for vertex. */
  COVERAGE_BROKEN;

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }
}
