/**
 * JMH benchmarks of grid-core at national scale, run with the parent POM's {@code bench} profile.
 * {@link org.civicgrid.core.bench.NationalDivisions} generates the seeded national division table
 * they use, so no large data file is committed; {@code docs/benchmarks.md} records the figures.
 */
package org.civicgrid.core.bench;
