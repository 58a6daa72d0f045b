package org.civicgrid.geo.geojson;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Imports a GeoJSON (RFC 7946) FeatureCollection of grid boundaries as a {@link BoundaryLayer},
 * keeping each feature's properties, and checks every feature on the way ({@link GeoJsonRule}).
 *
 * <p>A feature's grid code is its {@code "code"} property (the name is configurable) or else its
 * {@code id}; when both are given they must agree. RFC 7946 has no coordinate-system member, so the
 * caller declares the system the coordinates are in; a pre-RFC {@code "crs"} member, if present,
 * must name the same system. Invalid polygons, which real-world files often ship, are repaired with
 * JTS's {@code GeometryFixer} and the repair is reported with the area change; rings wound against
 * the RFC are rewound. When a hierarchy is given, features must belong to it and are checked against
 * their nearest ancestor's boundary (from the same document, or from a layer of known boundaries).
 *
 * <p>The import is all or nothing: if any finding is an {@link org.civicgrid.core.report.Severity#ERROR
 * ERROR} (the rules say which), nothing is returned and {@link ImportFailedException} (code {@code
 * MALFORMED_INPUT}) carries the whole report; syntax errors name their line and column.
 *
 * <p>Immutable and thread-safe; the {@code with…} methods return configured copies.
 */
public final class GeoJsonLayerReader {
  /** The default widening of an ancestor's boundary before the containment check, in metres. */
  public static final double DEFAULT_PARENT_TOLERANCE_METRES = 1.0;

  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final String SOURCE = "GeoJSON layer";

  private final CoordinateSystem system;
  private final String codeProperty;
  private final GridHierarchy hierarchy;
  private final BoundaryLayer knownBoundaries;
  private final double parentToleranceMetres;

  private GeoJsonLayerReader(CoordinateSystem system, String codeProperty, GridHierarchy hierarchy,
      BoundaryLayer knownBoundaries, double parentToleranceMetres) {
    this.system = system;
    this.codeProperty = codeProperty;
    this.hierarchy = hierarchy;
    this.knownBoundaries = knownBoundaries;
    this.parentToleranceMetres = parentToleranceMetres;
  }

  /** A reader of documents whose coordinates are in {@code system}, with grid codes in {@code "code"}. */
  public static GeoJsonLayerReader of(CoordinateSystem system) {
    return new GeoJsonLayerReader(checkNotNull(system, "system"), "code", null, null,
        DEFAULT_PARENT_TOLERANCE_METRES);
  }

  /** This reader taking grid codes from the property {@code name} (then from the feature's id). */
  public GeoJsonLayerReader withCodeProperty(String name) {
    checkArgument(!checkNotNull(name, "name").isEmpty(), "the code property needs a name");
    return new GeoJsonLayerReader(system, name, hierarchy, knownBoundaries, parentToleranceMetres);
  }

  /** This reader requiring every grid to be in {@code hierarchy} and checking it against its ancestor. */
  public GeoJsonLayerReader withHierarchy(GridHierarchy hierarchy) {
    return new GeoJsonLayerReader(system, codeProperty, checkNotNull(hierarchy, "hierarchy"), knownBoundaries,
        parentToleranceMetres);
  }

  /**
   * This reader taking ancestors' boundaries that the document lacks from {@code known}, which must
   * be in the reader's system. Only used together with a hierarchy.
   */
  public GeoJsonLayerReader withKnownBoundaries(BoundaryLayer known) {
    checkNotNull(known, "known");
    checkArgument(known.system() == system, "known boundaries are in %s, the reader reads %s", known.system(),
        system);
    return new GeoJsonLayerReader(system, codeProperty, hierarchy, known, parentToleranceMetres);
  }

  /** This reader widening ancestors by {@code metres} before checking that a grid lies inside. */
  public GeoJsonLayerReader withParentTolerance(double metres) {
    checkArgument(metres >= 0 && Double.isFinite(metres), "parent tolerance %s m is not a finite distance",
        metres);
    return new GeoJsonLayerReader(system, codeProperty, hierarchy, knownBoundaries, metres);
  }

  /**
   * Imports a document (UTF-8, as RFC 7946 requires); the stream is read to the end but not closed.
   *
   * @throws ImportFailedException with the whole report when the document is malformed or any
   *     feature has an error; nothing is imported
   * @throws IOException when the stream cannot be read
   */
  public GeoJsonImport read(InputStream in) throws IOException {
    checkNotNull(in, "in");
    List<Finding> findings = new ArrayList<>();
    return assemble(FeatureCollectionParser.read(in, SOURCE, crs -> CrsMember.check(crs, system, findings), findings), findings);
  }

  /**
   * Imports a document from characters; the reader is read to the end but not closed.
   *
   * @throws ImportFailedException with the whole report when the document is malformed or any
   *     feature has an error; nothing is imported
   * @throws IOException when the reader fails
   */
  public GeoJsonImport read(Reader in) throws IOException {
    checkNotNull(in, "in");
    List<Finding> findings = new ArrayList<>();
    return assemble(FeatureCollectionParser.read(in, SOURCE, crs -> CrsMember.check(crs, system, findings), findings), findings);
  }

  /** Imports a document held in a string. */
  public GeoJsonImport read(String json) {
    checkNotNull(json, "json");
    try {
      return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory failed", e);
    }
  }

  private GeoJsonImport assemble(List<FeatureCollectionParser.RawFeature> raw, List<Finding> findings) {
    FeatureDecoder decoder = new FeatureDecoder(system, codeProperty, FeatureCollectionParser.MAPPER,
        new GeometryDecoder(FACTORY));
    Map<GridCode, FeatureDecoder.Decoded> byCode = new LinkedHashMap<>();
    Map<GridCode, Geometry> areas = new HashMap<>();
    Map<GridCode, Integer> firstIndex = new HashMap<>();
    for (FeatureCollectionParser.RawFeature f : raw) {
      FeatureDecoder.Decoded d = decoder.decode(f.node(), f.index(), f.line(), findings);
      if (d.code() == null) {
        continue;
      }
      Integer earlier = firstIndex.putIfAbsent(d.code(), f.index());
      if (earlier != null) {
        findings.add(Finding.of(GeoJsonRule.DUPLICATE_CODE, d.subject(),
            "is also the code of feature #" + earlier + d.where()));
        continue;
      }
      if (hierarchy != null && hierarchy.find(d.code()).isEmpty()) {
        findings.add(Finding.of(GeoJsonRule.UNKNOWN_GRID, d.subject(), "is not a grid of the hierarchy" + d.where()));
      }
      byCode.put(d.code(), d);
      if (d.area() != null) {
        areas.put(d.code(), d.area());
      }
    }
    if (hierarchy != null) {
      ParentContainment containment = new ParentContainment(hierarchy, areas, knownBoundaries, system,
          parentToleranceMetres);
      byCode.values().stream().filter(d -> d.area() != null)
          .forEach(d -> containment.check(d.code(), d.area(), d.where(), findings));
    }
    Report report = Report.of(findings);
    if (report.hasErrors()) {
      throw new ImportFailedException(SOURCE, report);
    }
    List<Boundary> boundaries = new ArrayList<>(byCode.size());
    ImmutableMap.Builder<GridCode, Map<String, Object>> properties = ImmutableMap.builder();
    for (FeatureDecoder.Decoded d : byCode.values()) {
      boundaries.add(Boundary.of(d.code(), d.area()));
      properties.put(d.code(), d.properties());
    }
    return new GeoJsonImport(BoundaryLayer.of(system, boundaries), properties.build(), report);
  }
}
