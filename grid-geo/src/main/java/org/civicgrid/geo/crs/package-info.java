/**
 * Coordinate systems and metric measures. A {@link org.civicgrid.core.locate.CoordinateSystem} is
 * how longitude/latitude are reckoned: WGS-84 (GPS; CGCS2000 is treated as the same), GCJ-02 (the
 * offset system of Chinese web maps) and BD-09 (Baidu's further offset);
 * {@link org.civicgrid.geo.crs.CoordinateTransforms} converts between them (and
 * {@link org.civicgrid.geo.crs.LatticeTransform} converts whole tracks fast, by interpolation), and
 * {@link org.civicgrid.geo.crs.Measures} and {@link org.civicgrid.geo.crs.Geodesy} turn degrees
 * into metres and square metres on the WGS-84 ellipsoid.
 */
package org.civicgrid.geo.crs;
