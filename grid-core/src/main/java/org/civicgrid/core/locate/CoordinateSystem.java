package org.civicgrid.core.locate;

/**
 * The coordinate systems grid boundaries and reported points come in. Every data set declares its
 * system, and points are never mixed across systems silently: grid-geo converts between them.
 */
public enum CoordinateSystem {
  /** WGS-84 longitude/latitude (EPSG:4326), what GPS receivers report. */
  WGS84,
  /** China Geodetic Coordinate System 2000 (EPSG:4490); the same as WGS-84 at a grid's precision. */
  CGCS2000,
  /**
   * GCJ-02, the offset system of Chinese web maps (Amap, Tencent): WGS-84 shifted by up to several
   * hundred metres inside China. The most common source of grid polygons.
   */
  GCJ02,
  /** BD-09, Baidu Maps' system: GCJ-02 with a further offset. */
  BD09
}
