package org.civicgrid.geo.layout.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.crs.LocalFrame;
import org.civicgrid.geo.geojson.GeoJsonImport;
import org.civicgrid.geo.geojson.GeoJsonLayerReader;
import org.civicgrid.geo.geojson.GeoJsonLayerWriter;
import org.civicgrid.geo.geojson.GeoJsonPointReader;
import org.civicgrid.geo.layout.HouseholdSite;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.LayoutGrid;
import org.civicgrid.geo.layout.LayoutParent;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads and writes the files of a layout, all in WGS-84 longitude/latitude (docs/formats.md §9):
 * households as CSV or GeoJSON points, parents as GeoJSON polygons, grids as GeoJSON polygons with
 * {@code code}, {@code parent}, {@code households}, {@code units} and any per-grid metrics. Areas and
 * positions are converted to and from a layout's {@link LocalFrame}.
 *
 * <p>Every read is all or nothing: every problem in the file is collected (the first {@value
 * LayoutFileException#SHOWN} kept) and a {@link LayoutFileException} names each with the file, the line or
 * feature, and what is wrong; nothing half-read is returned. GeoJSON is decoded and checked by the geo
 * module's readers ({@link GeoJsonLayerReader}, {@link GeoJsonPointReader}). Methods taking a {@link
 * Path} read UTF-8 and report the path as given; those taking a {@link Reader} report the name given
 * and leave it open. Stateless and thread-safe.
 */
public final class LayoutFiles {
  /** The code property of parents unless another is named. */
  public static final String DEFAULT_CODE_PROPERTY = "code";
  /** The properties every written grid has, before its metrics. */
  public static final ImmutableSet<String> GRID_PROPERTIES = ImmutableSet.of("code", "parent", "households", "units");
  /** Decimals of written coordinates: 1e-9° (0.1 mm) keeps a grid's area within 1 m² on a round trip. */
  static final int DECIMALS = 9;

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private LayoutFiles() {}

  /**
   * The households in {@code file}, a CSV table or a GeoJSON FeatureCollection of Points (told apart by
   * the first character, an opening brace for GeoJSON), as sites in {@code frame}.
   *
   * @throws LayoutFileException naming every problem in the file; nothing is returned
   * @throws IOException when the file cannot be read
   */
  public static ImmutableList<HouseholdSite> readHouseholds(Path file, LocalFrame frame) throws IOException {
    try (Reader in = Files.newBufferedReader(checkNotNull(file, "file"), StandardCharsets.UTF_8)) {
      return readHouseholds(in, file.toString(), frame);
    }
  }

  /**
   * The households in {@code in}, reported as {@code name}; see {@link #readHouseholds(Path, LocalFrame)}.
   * A CSV table has a header naming {@code lon}, {@code lat}, {@code households} and optionally
   * {@code residents}; GeoJSON points have the property {@code households} (1 when absent) and
   * optionally {@code residents}. Residents are a whole number ≥ 0; absent or empty means unknown (0).
   */
  public static ImmutableList<HouseholdSite> readHouseholds(Reader in, String name, LocalFrame frame)
      throws IOException {
    checkNotNull(frame, "frame");
    FileProblems problems = new FileProblems(checkNotNull(name, "name"));
    BufferedReader text = withoutByteOrderMark(checkNotNull(in, "in"));
    ImmutableList<HouseholdSite> sites = startsWithBrace(text)
        ? HouseholdPoints.read(text, frame, problems)
        : HouseholdTable.read(text, frame, problems);
    problems.throwIfAny();
    return sites;
  }

  /**
   * The parents in {@code file}, a GeoJSON FeatureCollection of Polygons or MultiPolygons whose
   * property {@code codeProperty} (or else the feature's {@code id}) is the parent's code, in a frame
   * around the centre of their extent.
   *
   * @throws LayoutFileException naming every problem in the file; nothing is returned
   * @throws IOException when the file cannot be read
   */
  public static Parents readParents(Path file, String codeProperty) throws IOException {
    try (Reader in = Files.newBufferedReader(checkNotNull(file, "file"), StandardCharsets.UTF_8)) {
      return readParents(in, file.toString(), codeProperty);
    }
  }

  /** The parents in {@code in}, reported as {@code name}, in a frame around their extent's centre. */
  public static Parents readParents(Reader in, String name, String codeProperty) throws IOException {
    return parents(in, name, codeProperty, null);
  }

  /** The parents in {@code file}, with their areas in {@code frame}. */
  public static Parents readParents(Path file, String codeProperty, LocalFrame frame) throws IOException {
    try (Reader in = Files.newBufferedReader(checkNotNull(file, "file"), StandardCharsets.UTF_8)) {
      return readParents(in, file.toString(), codeProperty, frame);
    }
  }

  /** The parents in {@code in}, reported as {@code name}, with their areas in {@code frame}. */
  public static Parents readParents(Reader in, String name, String codeProperty, LocalFrame frame)
      throws IOException {
    return parents(in, name, codeProperty, checkNotNull(frame, "frame"));
  }

  /**
   * Writes {@code layout}'s grids, whose areas are in {@code frame}, to {@code file} as a GeoJSON
   * FeatureCollection in WGS-84: properties {@code code}, {@code parent}, {@code households},
   * {@code units}, then each metric by name (a number, or null where the metric has no finite value).
   *
   * @param metrics per-grid numbers by metric name, then by grid code; names must differ from {@link
   *     #GRID_PROPERTIES}
   * @throws IOException when the file cannot be written
   */
  public static void writeGrids(Layout layout, LocalFrame frame, Map<String, ? extends Map<String, Double>> metrics,
      Path file) throws IOException {
    checkNotNull(file, "file");
    String json = gridsJson(layout, frame, metrics);
    Files.writeString(file, json, StandardCharsets.UTF_8);
  }

  /** Writes the grids GeoJSON of {@link #writeGrids(Layout, LocalFrame, Map, Path)} to {@code out}, flushed, not closed. */
  public static void writeGrids(Layout layout, LocalFrame frame, Map<String, ? extends Map<String, Double>> metrics,
      Writer out) throws IOException {
    checkNotNull(out, "out");
    out.write(gridsJson(layout, frame, metrics));
    out.flush();
  }

  /**
   * The layout in a grids file as {@link #writeGrids(Layout, LocalFrame, Map, Path) written}, its areas
   * in {@code frame}, checked against {@code parents}: each grid's parent must be one of them, its
   * code must extend the parent's, and it must lie inside the parent (within a metre). The layout has
   * no findings; judge it with the layout metrics or the coverage check.
   *
   * @throws LayoutFileException naming every problem in the file; nothing is returned
   * @throws IOException when the file cannot be read
   */
  public static Layout readGrids(Path file, Parents parents) throws IOException {
    try (Reader in = Files.newBufferedReader(checkNotNull(file, "file"), StandardCharsets.UTF_8)) {
      return readGrids(in, file.toString(), parents);
    }
  }

  /** The layout in {@code in}, reported as {@code name}, checked against {@code parents} and in their frame. */
  public static Layout readGrids(Reader in, String name, Parents parents) throws IOException {
    checkNotNull(parents, "parents");
    return grids(in, name, parents.frame(), parents);
  }

  /** The layout in {@code in}, reported as {@code name}, in {@code frame}, with parents taken as the file names them. */
  public static Layout readGrids(Reader in, String name, LocalFrame frame) throws IOException {
    return grids(in, name, checkNotNull(frame, "frame"), null);
  }

  private static Parents parents(Reader in, String name, String codeProperty, LocalFrame given) throws IOException {
    checkNotNull(codeProperty, "codeProperty");
    FileProblems problems = new FileProblems(checkNotNull(name, "name"));
    GeoJsonImport imported = importLayer(in, GeoJsonLayerReader.of(CoordinateSystem.WGS84)
        .withCodeProperty(codeProperty), problems);
    if (imported != null && imported.layer().size() == 0) {
      problems.add("file", "has no parents");
    }
    problems.throwIfAny();
    Envelope extent = new Envelope();
    imported.layer().boundaries().forEach(b -> extent.expandToInclude(b.area().getEnvelopeInternal()));
    LocalFrame frame = given != null ? given : LocalFrame.around(extent);
    ImmutableList<LayoutParent> parents = imported.layer().boundaries().stream()
        .map(b -> new LayoutParent(b.grid().value(), frame.toMetres().transform(b.area())))
        .collect(ImmutableList.toImmutableList());
    return new Parents(frame, parents);
  }

  private static Layout grids(Reader in, String name, LocalFrame frame, Parents parents) throws IOException {
    FileProblems problems = new FileProblems(checkNotNull(name, "name"));
    GeoJsonImport imported = importLayer(in, GeoJsonLayerReader.of(CoordinateSystem.WGS84), problems);
    problems.throwIfAny();
    Layout layout = GridFeatures.layout(imported, frame, parents, problems);
    problems.throwIfAny();
    return layout;
  }

  /** The layer, or null with the reader's errors added to {@code problems}. */
  private static GeoJsonImport importLayer(Reader in, GeoJsonLayerReader reader, FileProblems problems)
      throws IOException {
    try {
      return reader.read(withoutByteOrderMark(checkNotNull(in, "in")));
    } catch (ImportFailedException e) {
      FindingProblems.addErrors(e, problems);
      return null;
    }
  }

  private static String gridsJson(Layout layout, LocalFrame frame, Map<String, ? extends Map<String, Double>> metrics) {
    checkNotNull(layout, "layout");
    checkNotNull(frame, "frame");
    checkNotNull(metrics, "metrics");
    metrics.keySet().forEach(metric -> checkArgument(!GRID_PROPERTIES.contains(metric),
        "metric %s would replace a grid property", metric));
    Map<GridCode, Map<String, Object>> properties = new LinkedHashMap<>();
    for (LayoutGrid grid : layout.grids()) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("code", grid.code());
      values.put("parent", grid.parent());
      values.put("households", grid.households());
      values.put("units", grid.units());
      metrics.forEach((metric, byCode) -> {
        Double value = byCode.get(grid.code());
        values.put(metric, value == null || !Double.isFinite(value) ? null : value);
      });
      properties.put(GridCode.of(grid.code()), values);
    }
    BoundaryLayer layer = layout.boundaries(CoordinateSystem.WGS84, frame.toLonLat());
    return GeoJsonLayerWriter.rfc7946().withDecimals(DECIMALS).withProperties(properties).toJson(layer);
  }

  private static BufferedReader withoutByteOrderMark(Reader in) throws IOException {
    BufferedReader text = in instanceof BufferedReader b ? b : new BufferedReader(in);
    text.mark(1);
    if (text.read() != BYTE_ORDER_MARK) {
      text.reset();
    }
    return text;
  }

  /** Whether the first character that is not white space is {@code '{'}; the reader is left where it was. */
  private static boolean startsWithBrace(BufferedReader text) throws IOException {
    text.mark(4096);
    int c;
    int read = 0;
    do {
      c = text.read();
      read++;
    } while (c >= 0 && Character.isWhitespace(c) && read < 4096);
    text.reset();
    return c == '{';
  }
}
