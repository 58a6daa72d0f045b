/**
 * JMH benchmarks of the example plugins, run with the parent POM's {@code bench} profile against the
 * same PostgreSQL server as the online tests; {@code docs/benchmarks.md} records the figures with the
 * command and the machine.
 */
package org.civicgrid.examples.bench;
