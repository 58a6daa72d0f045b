/**
 * Patrol-track analysis (巡查). A {@link org.civicgrid.geo.patrol.Track} is one worker's raw
 * time-stamped positions. A <em>patrol</em> is a stretch of it with no long silence and no long
 * stay outside the worker's grid. A {@link org.civicgrid.geo.patrol.PatrolRequirement} is the rule
 * of a role, such as "at least 2 patrols a day, each 1 hour and 1 km inside the grid". The
 * {@link org.civicgrid.geo.patrol.PatrolAnalyser} discards GPS noise (positions reached
 * implausibly fast), finds the patrols, and judges each local day in a
 * {@link org.civicgrid.geo.patrol.PatrolReport}, giving the reason for each failure.
 */
package org.civicgrid.geo.patrol;
