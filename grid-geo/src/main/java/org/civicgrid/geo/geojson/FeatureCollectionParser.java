package org.civicgrid.geo.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;

/**
 * Reads the frame of a GeoJSON FeatureCollection: checks it is one, hands its {@code crs} member to
 * the caller, and returns each member of {@code features} as a tree with its position (index from 1
 * and starting line). Broken JSON or another shape of document fails the whole read with a {@link
 * GeoJsonRule#MALFORMED_DOCUMENT} finding naming line and column. Thread-safe.
 */
final class FeatureCollectionParser {
  static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();
  static final ObjectMapper MAPPER = new JsonMapper(JSON);

  /** One member of {@code features}, as read: the tree, its index (from 1) and the line it starts on. */
  record RawFeature(JsonNode node, int index, int line) {}

  private FeatureCollectionParser() {}

  /** The features of the document in {@code in}, which is read to the end but not closed. */
  static List<RawFeature> read(InputStream in, String source, Consumer<JsonNode> crs, List<Finding> findings)
      throws IOException {
    try (JsonParser parser = JSON.createParser(in)) {
      return features(parser, source, crs, findings);
    }
  }

  /** The features of the document in {@code in}, which is read to the end but not closed. */
  static List<RawFeature> read(Reader in, String source, Consumer<JsonNode> crs, List<Finding> findings)
      throws IOException {
    try (JsonParser parser = JSON.createParser(in)) {
      return features(parser, source, crs, findings);
    }
  }

  private static List<RawFeature> features(JsonParser parser, String source, Consumer<JsonNode> crs,
      List<Finding> findings) throws IOException {
    parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    List<RawFeature> raw = new ArrayList<>();
    try {
      parseCollection(parser, raw, crs);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String subject = at == null ? "document" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
      findings.add(Finding.of(GeoJsonRule.MALFORMED_DOCUMENT, subject, e.getOriginalMessage()));
      throw new ImportFailedException(source, Report.of(findings));
    }
    return raw;
  }

  private static void parseCollection(JsonParser parser, List<RawFeature> raw, Consumer<JsonNode> crs)
      throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw notACollection(parser, "the document is not a JSON object");
    }
    String type = null;
    boolean hasFeatures = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "type" -> {
          type = value.isScalarValue() ? parser.getText() : "(" + value + ")";
          parser.skipChildren();
        }
        case "features" -> {
          if (value != JsonToken.START_ARRAY) {
            throw notACollection(parser, "\"features\" is not an array");
          }
          hasFeatures = true;
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = parser.currentTokenLocation().getLineNr();
            raw.add(new RawFeature(MAPPER.readTree(parser), raw.size() + 1, line));
          }
        }
        case "crs" -> crs.accept(MAPPER.readTree(parser));
        default -> parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      throw notACollection(parser, "there is more after the FeatureCollection");
    }
    if (!"FeatureCollection".equals(type) || !hasFeatures) {
      throw notACollection(parser, "the document's type is " + (type == null ? "missing" : "\"" + type + "\"")
          + (hasFeatures ? "" : " and it has no \"features\" array") + "; a layer is a FeatureCollection");
    }
  }

  private static JsonParseException notACollection(JsonParser parser, String message) {
    return new JsonParseException(parser, "not a GeoJSON FeatureCollection: " + message);
  }
}
