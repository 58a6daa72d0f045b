package org.civicgrid.geo.geojson;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a GeoJSON (RFC 7946) FeatureCollection of Points, such as households or buildings, with each
 * feature's properties; the points' meaning is the caller's. Problems are {@link GeoJsonRule} findings
 * named like the layer reader's ({@code "feature #3"}, ending {@code "(feature #3, line 17)"}).
 *
 * <p>A document that is not JSON or not a FeatureCollection fails with {@link ImportFailedException}
 * naming line and column. Problems of single features (not a Feature, not a Point, a bad position)
 * are returned as data with every feature, so the caller can add its own checks of the properties
 * and reject the input as a whole. Immutable and thread-safe.
 */
public final class GeoJsonPointReader {
  private static final String SOURCE = "GeoJSON points";

  private final CoordinateSystem system;

  private GeoJsonPointReader(CoordinateSystem system) {
    this.system = system;
  }

  /** A reader of documents whose coordinates are in {@code system}; a {@code crs} member must agree. */
  public static GeoJsonPointReader of(CoordinateSystem system) {
    return new GeoJsonPointReader(checkNotNull(system, "system"));
  }

  /**
   * One member of the collection: its index (from 1), the line it starts on, its position (NaN when
   * it has none or a bad one, see the findings) and its properties (unmodifiable, JSON nulls kept).
   *
   * @param index the feature's position in {@code features}, from 1
   * @param line the line the feature starts on
   * @param lon the longitude, or NaN
   * @param lat the latitude, or NaN
   * @param properties the feature's properties, empty when it has none
   */
  public record PointFeature(int index, int line, double lon, double lat, Map<String, Object> properties) {
    public PointFeature {
      checkNotNull(properties, "properties");
    }

    /** Whether the feature has a valid position. */
    public boolean isLocated() {
      return !Double.isNaN(lon);
    }
  }

  /**
   * Every feature of a collection and every finding about them.
   *
   * @param features the features in document order, located or not
   * @param report the findings; errors mean some features are not usable
   */
  public record Points(ImmutableList<PointFeature> features, Report report) {
    public Points {
      features = ImmutableList.copyOf(features);
      checkNotNull(report, "report");
    }
  }

  /**
   * Reads the collection in {@code in}, which is read to the end but not closed.
   *
   * @throws ImportFailedException when the document is not JSON or not a FeatureCollection
   * @throws IOException when the reader fails
   */
  public Points read(Reader in) throws IOException {
    checkNotNull(in, "in");
    List<Finding> findings = new ArrayList<>();
    List<FeatureCollectionParser.RawFeature> raw = FeatureCollectionParser.read(in, SOURCE,
        crs -> CrsMember.check(crs, system, findings), findings);
    GeometryDecoder decoder = new GeometryDecoder(new GeometryFactory());
    ImmutableList.Builder<PointFeature> features = ImmutableList.builderWithExpectedSize(raw.size());
    for (FeatureCollectionParser.RawFeature f : raw) {
      features.add(decode(f, decoder, findings));
    }
    return new Points(features.build(), Report.of(findings));
  }

  /** Reads a collection held in a string. */
  public Points read(String json) {
    checkNotNull(json, "json");
    try {
      return read(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory failed", e);
    }
  }

  private static PointFeature decode(FeatureCollectionParser.RawFeature f, GeometryDecoder decoder,
      List<Finding> findings) {
    String subject = "feature #" + f.index();
    String where = " (feature #" + f.index() + ", line " + f.line() + ")";
    JsonNode feature = f.node();
    JsonNode type = feature.get("type");
    if (!feature.isObject() || type == null || !"Feature".equals(type.asText())) {
      findings.add(Finding.of(GeoJsonRule.MALFORMED_FEATURE, subject,
          "is not a GeoJSON Feature: " + GeometryDecoder.abbreviated(feature) + where));
      return new PointFeature(f.index(), f.line(), Double.NaN, Double.NaN, Map.of());
    }
    JsonNode propertiesNode = feature.get("properties");
    Map<String, Object> properties = Map.of();
    if (propertiesNode != null && propertiesNode.isObject()) {
      properties = FeatureDecoder.properties(FeatureCollectionParser.MAPPER, propertiesNode);
    } else if (propertiesNode != null && !propertiesNode.isNull()) {
      findings.add(Finding.of(GeoJsonRule.MALFORMED_FEATURE, subject,
          "properties is not an object: " + GeometryDecoder.abbreviated(propertiesNode) + where));
    }
    List<GeometryDecoder.Problem> problems = new ArrayList<>();
    Coordinate at = decoder.point(feature.get("geometry"), problems);
    problems.forEach(p -> findings.add(Finding.of(p.rule(), subject, p.message() + where)));
    return at == null
        ? new PointFeature(f.index(), f.line(), Double.NaN, Double.NaN, properties)
        : new PointFeature(f.index(), f.line(), at.x, at.y, properties);
  }
}
