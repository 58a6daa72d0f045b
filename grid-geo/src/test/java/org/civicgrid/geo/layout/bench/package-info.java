/**
 * JMH benchmarks of the layout generator and its side-by-side comparison with gpmetis (METIS), run
 * with the parent POM's {@code bench} profile. A <em>comparison</em> lays out the same unit graphs
 * with both partitioners and scores both layouts with the same code; {@code docs/benchmarks.md}
 * records the figures with the command and the machine.
 */
package org.civicgrid.geo.layout.bench;
