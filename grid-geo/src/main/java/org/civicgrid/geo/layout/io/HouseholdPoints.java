package org.civicgrid.geo.layout.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.geo.crs.LocalFrame;
import org.civicgrid.geo.geojson.GeoJsonPointReader;
import org.civicgrid.geo.layout.HouseholdSite;
import org.locationtech.jts.geom.Coordinate;

/**
 * Reads households from a GeoJSON FeatureCollection of Points: property {@code households} (a whole
 * number ≥ 1, 1 when absent) and optionally {@code residents} (≥ 0). Positions and the document are
 * checked by {@link GeoJsonPointReader}. Stateless.
 */
final class HouseholdPoints {
  private HouseholdPoints() {}

  static ImmutableList<HouseholdSite> read(Reader in, LocalFrame frame, FileProblems problems) throws IOException {
    GeoJsonPointReader.Points points;
    try {
      points = GeoJsonPointReader.of(CoordinateSystem.WGS84).read(in);
    } catch (ImportFailedException e) {
      FindingProblems.addErrors(e, problems);
      return ImmutableList.of();
    }
    FindingProblems.addErrors(points.report(), problems);
    ImmutableList.Builder<HouseholdSite> sites = ImmutableList.builder();
    for (GeoJsonPointReader.PointFeature f : points.features()) {
      String location = FindingProblems.feature(f.index(), null, f.line());
      Map<String, Object> properties = f.properties();
      Object householdsValue = properties.get("households");
      int households = householdsValue == null ? 1
          : FieldValues.whole("households", FieldValues.text(householdsValue), 1, problems, location);
      Object residentsValue = properties.get("residents");
      int residents = residentsValue == null ? 0
          : FieldValues.whole("residents", FieldValues.text(residentsValue), 0, problems, location);
      if (f.isLocated() && households >= 1 && residents >= 0) {
        Coordinate at = frame.toMetres(f.lon(), f.lat());
        sites.add(new HouseholdSite(at.x, at.y, households, residents));
      }
    }
    if (points.features().isEmpty()) {
      problems.add("file", "has no households");
    }
    return sites.build();
  }
}
