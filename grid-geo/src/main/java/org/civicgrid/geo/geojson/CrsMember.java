package org.civicgrid.geo.geojson;

import com.google.common.collect.ImmutableMap;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.report.Finding;

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

  /**
   * Adds a {@link GeoJsonRule#CRS_MISMATCH} finding unless the document's {@code crs} member names
   * {@code system} (WGS-84 and CGCS2000 count as one frame at this precision).
   */
  static void check(JsonNode crs, CoordinateSystem system, List<Finding> findings) {
    String name = crs.path("properties").path("name").asText("");
    boolean matches = systemOf(name)
        .map(named -> named == system || (isWgs84Frame(named) && isWgs84Frame(system)))
        .orElse(false);
    if (!matches) {
      String named = name.isEmpty() ? GeometryDecoder.abbreviated(crs) : "\"" + name + "\"";
      findings.add(Finding.of(GeoJsonRule.CRS_MISMATCH, "crs", "the document's crs member names " + named
          + ", not " + system + ", the system declared for this import"));
    }
  }

  private static boolean isWgs84Frame(CoordinateSystem s) {
    return s == CoordinateSystem.WGS84 || s == CoordinateSystem.CGCS2000;
  }
}
