/**
 * Evaluation and statistics of cases. An {@link org.civicgrid.routing.stats.Indicator} is a standard
 * measure of case handling with an explicit numerator and denominator (立案率, 按期结案率, 办结率, …);
 * its value over a group of cases in a {@link org.civicgrid.routing.stats.Period} is a {@link
 * org.civicgrid.routing.stats.Measure} that shows both, and is "not applicable" when its denominator
 * is zero. A {@link org.civicgrid.routing.stats.CompositeScheme} weighs indicators into one score
 * for a grid worker, a centre or a department ("下评上").
 */
package org.civicgrid.routing.stats;
