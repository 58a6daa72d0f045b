package org.civicgrid.geo.geojson;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import org.civicgrid.core.locate.CoordinateSystem;

/**
 * The non-standard {@code "crs"} member of pre-RFC GeoJSON (2008), {@code {"type": "name",
 * "properties": {"name": ...}}}: the names written for each system and the names recognised when
 * reading. RFC 7946 dropped the member and fixed WGS-84; it is written only on request, so that a
 * GCJ-02 or BD-09 layer kept in its own system is never mistaken for WGS-84.
 */
final class CrsMember {
  private static final ImmutableMap<String, CoordinateSystem> KNOWN = ImmutableMap.<String, CoordinateSystem>builder()
      .put("urn:ogc:def:crs:ogc:1.3:crs84", CoordinateSystem.WGS84)
      .put("urn:ogc:def:crs:epsg::4326", CoordinateSystem.WGS84)
      .put("epsg:4326", CoordinateSystem.WGS84)
      .put("wgs84", CoordinateSystem.WGS84)
      .put("urn:ogc:def:crs:epsg::4490", CoordinateSystem.CGCS2000)
      .put("epsg:4490", CoordinateSystem.CGCS2000)
      .put("cgcs2000", CoordinateSystem.CGCS2000)
      .put("gcj02", CoordinateSystem.GCJ02)
      .put("bd09", CoordinateSystem.BD09)
      .build();

  private CrsMember() {}

  /** The name written for {@code system}: an OGC or EPSG URN where one exists, else the enum name. */
  static String nameOf(CoordinateSystem system) {
    return switch (system) {
      case WGS84 -> "urn:ogc:def:crs:OGC:1.3:CRS84";
      case CGCS2000 -> "urn:ogc:def:crs:EPSG::4490";
      case GCJ02, BD09 -> system.name();
    };
  }

  /** The system a {@code crs} member's name denotes, if it is one of the recognised names. */
  static Optional<CoordinateSystem> systemOf(String name) {
    return Optional.ofNullable(KNOWN.get(name.trim().toLowerCase(Locale.ROOT)));
  }
}
