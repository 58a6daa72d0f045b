package org.civicgrid.geo.map;

import org.civicgrid.geo.crs.Geodesy;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Where the map sits on the page and how degrees become pixels: an equirectangular projection
 * about the map's centre, with longitude scaled by the ratio of metres per degree of longitude to
 * metres per degree of latitude there (cos(lat) on the ellipsoid, from {@link Geodesy}), so shapes
 * are not squashed; one pixel is the same number of metres both ways. Immutable.
 */
final class MapFrame {
  static final double MARGIN = 24;
  static final double TITLE_BAND = 56;
  static final double FOOTER_BAND = 112;

  private final double centreLon;
  private final double centreLat;
  private final double pixelsPerMetre;
  private final double metresPerDegreeLon;
  private final double metresPerDegreeLat;
  private final double mapWidth;
  private final double mapHeight;
  private final double width;

  /** A frame {@code width} pixels wide showing {@code extent}, at most as tall as it is wide. */
  MapFrame(Envelope extent, double width) {
    this.width = width;
    this.centreLon = extent.centre().x;
    this.centreLat = extent.centre().y;
    this.metresPerDegreeLon = Geodesy.metresPerDegreeLongitude(centreLat);
    this.metresPerDegreeLat = Geodesy.metresPerDegreeLatitude(centreLat);
    double east = Math.max(extent.getWidth() * metresPerDegreeLon, 1e-9);
    double north = Math.max(extent.getHeight() * metresPerDegreeLat, 1e-9);
    double room = width - 2 * MARGIN;
    this.pixelsPerMetre = Math.min(room / east, room / north);
    this.mapWidth = east * pixelsPerMetre;
    this.mapHeight = north * pixelsPerMetre;
  }

  double width() {
    return width;
  }

  double height() {
    return TITLE_BAND + mapHeight + FOOTER_BAND;
  }

  /** The top edge of the map area. */
  double mapTop() {
    return TITLE_BAND;
  }

  double mapBottom() {
    return TITLE_BAND + mapHeight;
  }

  /** The map area's right edge; the map is centred across the page. */
  double mapRight() {
    return (width + mapWidth) / 2;
  }

  double pixelsPerMetre() {
    return pixelsPerMetre;
  }

  /** {@code lonLat} in page pixels (y down). */
  Geometry project(Geometry lonLat) {
    return toPage().transform(lonLat);
  }

  private AffineTransformation toPage() {
    double sx = metresPerDegreeLon * pixelsPerMetre;
    double sy = metresPerDegreeLat * pixelsPerMetre;
    double cx = width / 2;
    double cy = TITLE_BAND + mapHeight / 2;
    return new AffineTransformation(sx, 0, cx - sx * centreLon, 0, -sy, cy + sy * centreLat);
  }
}
