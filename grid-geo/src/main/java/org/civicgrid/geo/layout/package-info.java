/**
 * Layout generation: dividing each parent area (a community, a village) into grids of about a target
 * number of households. A <em>unit</em> is a site where households live (a building or a single
 * household) with its Voronoi cell clipped to the parent; a <em>layout</em> is each parent's units
 * grouped into contiguous, balanced, compact grids whose areas are unions of their units' cells, with
 * findings wherever the band cannot be met. {@link org.civicgrid.geo.layout.SyntheticCity} makes the
 * seeded research city the generator is measured on. A <em>layout report</em> measures a layout over
 * its household sites, per grid and summarised, around each grid's <em>service point</em> (where its
 * staff start from); a <em>comparison</em> sets two layouts of one territory side by side.
 */
package org.civicgrid.geo.layout;
