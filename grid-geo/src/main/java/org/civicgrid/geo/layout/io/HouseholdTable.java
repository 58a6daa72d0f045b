package org.civicgrid.geo.layout.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicgrid.geo.crs.LocalFrame;
import org.civicgrid.geo.layout.HouseholdSite;
import org.locationtech.jts.geom.Coordinate;

/**
 * Reads the households CSV: a header naming the columns {@code lon}, {@code lat}, {@code households}
 * and optionally {@code residents} in any order (other columns are ignored), then one row per
 * building or household. Quoted fields (RFC 4180), CRLF line ends and blank lines are accepted; a
 * byte-order mark is skipped before this reader is reached. Stateless and thread-safe.
 */
final class HouseholdTable {
  private static final CsvFactory CSV = CsvFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .enable(CsvParser.Feature.TRIM_SPACES)
      .build();
  private static final ImmutableMap<String, String> COLUMNS = ImmutableMap.<String, String>builder()
      .put("lon", "lon").put("lng", "lon").put("longitude", "lon")
      .put("lat", "lat").put("latitude", "lat")
      .put("households", "households").put("residents", "residents")
      .build();

  private HouseholdTable() {}

  static ImmutableList<HouseholdSite> read(Reader in, LocalFrame frame, FileProblems problems) throws IOException {
    ImmutableList.Builder<HouseholdSite> sites = ImmutableList.builder();
    Map<String, Integer> header = null;
    int rows = 0;
    int line = 1;
    try (CsvParser csv = CSV.createParser(in)) {
      while (csv.nextToken() == JsonToken.START_ARRAY) {
        line = csv.currentLocation().getLineNr();
        List<String> cells = new ArrayList<>();
        while (csv.nextToken() == JsonToken.VALUE_STRING) {
          cells.add(csv.getText());
        }
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
          continue;
        }
        if (header == null) {
          header = header(cells, problems, "line " + line);
          if (header == null) {
            return ImmutableList.of();
          }
          continue;
        }
        rows++;
        HouseholdSite site = site(cells, header, frame, problems, "line " + line);
        if (site != null) {
          sites.add(site);
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add("line " + (at == null ? line : at.getLineNr()), "not valid CSV: " + e.getOriginalMessage());
      return ImmutableList.of();
    }
    if (header == null) {
      problems.add("file", "is empty; a households table starts with a header lon,lat,households[,residents]");
    } else if (rows == 0) {
      problems.add("file", "has a header but no households");
    }
    return sites.build();
  }

  /** The column of each known field, or null (with the problem) when a required one is missing. */
  private static Map<String, Integer> header(List<String> cells, FileProblems problems, String location) {
    Map<String, Integer> columns = new HashMap<>();
    for (int c = 0; c < cells.size(); c++) {
      String field = COLUMNS.get(cells.get(c).toLowerCase(Locale.ROOT));
      if (field != null && columns.putIfAbsent(field, c) != null) {
        problems.add(location, "column " + field + " appears twice");
      }
    }
    List<String> missing = new ArrayList<>();
    for (String required : List.of("lon", "lat", "households")) {
      if (!columns.containsKey(required)) {
        missing.add(required);
      }
    }
    if (!missing.isEmpty()) {
      problems.add(location, "the header " + String.join(",", cells) + " has no " + String.join(", ", missing)
          + " column; a households table needs lon, lat and households");
      return null;
    }
    return columns;
  }

  private static HouseholdSite site(List<String> cells, Map<String, Integer> header, LocalFrame frame,
      FileProblems problems, String location) {
    int needed = header.values().stream().mapToInt(Integer::intValue).max().orElseThrow() + 1;
    if (cells.size() < needed) {
      problems.add(location, "has " + cells.size() + " field(s); the header needs at least " + needed);
      return null;
    }
    double lon = FieldValues.number("lon", cells.get(header.get("lon")), -180, 180, problems, location);
    double lat = FieldValues.number("lat", cells.get(header.get("lat")), -90, 90, problems, location);
    int households = FieldValues.whole("households", cells.get(header.get("households")), 1, problems, location);
    Integer residentsColumn = header.get("residents");
    int residents = residentsColumn == null || cells.get(residentsColumn).isEmpty() ? 0
        : FieldValues.whole("residents", cells.get(residentsColumn), 0, problems, location);
    if (Double.isNaN(lon) || Double.isNaN(lat) || households < 0 || residents < 0) {
      return null;
    }
    Coordinate at = frame.toMetres(lon, lat);
    return new HouseholdSite(at.x, at.y, households, residents);
  }
}
