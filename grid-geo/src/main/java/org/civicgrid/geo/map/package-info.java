/**
 * Grid maps as SVG, the digital form of the hand-drawn community map ("who lives where, how many,
 * who is responsible — one map shows it"). A {@link org.civicgrid.geo.map.GridMap} draws the grids
 * of one level or of one grid's subtree: outlines, labels, optional buildings, a fill coloured by a
 * numeric metric through a {@link org.civicgrid.geo.map.ColourRamp} with its legend, parent
 * boundaries in bold, a scale bar and a north arrow. The same input always gives the same bytes.
 */
package org.civicgrid.geo.map;
