/**
 * The {@code civicgrid} command line for researchers (issue 7): {@code layout} divides parents into grids,
 * {@code validate} checks a grids file's coverage and sizing, {@code simulate} plays a scenario of cases over a
 * staffed layout, {@code compare} sets two layouts (and their simulations) side by side. A <em>command</em> is
 * one of these, run by {@link org.civicgrid.examples.cli.CivicGridCommand}; a <em>user error</em> is a mistake
 * in the command line (exit code 2) or in an input file (exit code 1), reported in one line that names the
 * option or the file, line or feature.
 */
package org.civicgrid.examples.cli;
