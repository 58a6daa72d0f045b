package org.civicgrid.geo.geojson;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A Jackson module that writes and reads JTS grid areas (Polygon, MultiPolygon; x = longitude, y =
 * latitude) as GeoJSON geometry objects, so grid boundaries can sit inside any JSON a caller writes.
 * Writing follows RFC 7946 (exterior rings counter-clockwise, holes clockwise) and rounds
 * coordinates to a fixed number of decimals; reading accepts exactly the shapes RFC 7946 defines and
 * reports every problem, but leaves validity to the caller ({@link GeoJsonLayerReader} checks and
 * repairs). Immutable and thread-safe.
 */
public final class GeoJsonModule extends Module {
  /** Decimals written by default: 1e-7° is about a centimetre. */
  public static final int DEFAULT_DECIMALS = 7;
  /** The most decimals written: 1e-10° is about 0.01 mm, beyond any survey. */
  public static final int MAX_DECIMALS = 10;

  private final int decimals;

  /** A module that writes {@value #DEFAULT_DECIMALS} decimals. */
  public GeoJsonModule() {
    this(DEFAULT_DECIMALS);
  }

  /** A module that writes {@code decimals} decimals (0 to {@value #MAX_DECIMALS}). */
  public GeoJsonModule(int decimals) {
    checkArgument(decimals >= 0 && decimals <= MAX_DECIMALS, "decimals %s outside 0..%s", decimals, MAX_DECIMALS);
    this.decimals = decimals;
  }

  /** The decimals this module writes. */
  public int decimals() {
    return decimals;
  }

  @Override
  public String getModuleName() {
    return "civicgrid-geojson";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Geometry.class, new GeometrySerializer(decimals));
    context.addSerializers(serializers);
    GeometryDecoder decoder = new GeometryDecoder(new GeometryFactory());
    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Geometry.class, new GeometryDeserializer<>(Geometry.class, decoder));
    deserializers.addDeserializer(Polygon.class, new GeometryDeserializer<>(Polygon.class, decoder));
    deserializers.addDeserializer(MultiPolygon.class, new GeometryDeserializer<>(MultiPolygon.class, decoder));
    context.addDeserializers(deserializers);
  }
}
