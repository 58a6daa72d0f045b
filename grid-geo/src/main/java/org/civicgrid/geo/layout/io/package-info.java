/**
 * Layout files: the households (CSV or GeoJSON points), parents (GeoJSON polygons) and grids (GeoJSON
 * polygons with their counts and metrics) a layout is made from and written to, all in WGS-84 and
 * converted to and from a layout's {@link org.civicgrid.geo.layout.LocalFrame}. A <em>problem</em> is
 * one thing wrong in a file, named by file, location (a line or a feature) and what is wrong; a file
 * with problems is rejected whole by a {@link org.civicgrid.geo.layout.io.LayoutFileException}.
 */
package org.civicgrid.geo.layout.io;
