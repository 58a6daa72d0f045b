package org.civicgrid.geo.patrol;

/** What is wrong with a position of a {@link Track}, making the whole track unusable. */
public enum TrackDefect {
  /** The position's time is earlier than the one before it. */
  UNSORTED_TIME,
  /** The position has the same time as the one before it. */
  DUPLICATE_TIME,
  /** The longitude or latitude is NaN, infinite, or outside −180..180 / −90..90. */
  INVALID_COORDINATE
}
