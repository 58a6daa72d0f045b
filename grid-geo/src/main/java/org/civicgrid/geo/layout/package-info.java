/**
 * Layout generation: dividing each parent area (a community, a village) into grids of about a target
 * number of households. A <em>unit</em> is a site where households live (a building or a single
 * household) with its Voronoi cell clipped to the parent; a <em>layout</em> is each parent's units
 * grouped into contiguous, balanced, compact grids whose areas are unions of their units' cells, with
 * findings wherever the band cannot be met. {@link org.civicgrid.geo.layout.SyntheticCity} makes the
 * seeded research city the generator is measured on.
 */
package org.civicgrid.geo.layout;
