/**
 * JMH benchmarks of grid-routing, run with the parent POM's {@code bench} profile;
 * {@code docs/benchmarks.md} records the figures with the command and the machine.
 */
package org.civicgrid.routing.bench;
