/**
 * JMH benchmarks of grid-routing's hot paths, run with the parent POM's {@code bench} profile;
 * {@code docs/benchmarks.md} records the figures.
 */
package org.civicgrid.routing.bench;
