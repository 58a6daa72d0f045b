package org.civicgrid.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.geojson.GeoJsonImport;
import org.civicgrid.geo.geojson.GeoJsonLayerReader;
import org.civicgrid.geo.geojson.GeoJsonLayerWriter;
import org.civicgrid.geo.layout.HouseholdSite;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.LayoutGrid;
import org.civicgrid.geo.layout.LayoutParent;
import org.civicgrid.geo.layout.LocalFrame;
import org.civicgrid.geo.map.GridMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * The files the commands read and write, in WGS-84 on disk and in a local metric frame around the parents in
 * memory: households, parents and grids, and the SVG maps. A bad file is a {@link CommandException#input}
 * naming the file, the line or feature and the problem. Stateless.
 */
final class LayoutInputs {
  /**
   * Parents are laid out on a millimetre grid, as {@code SyntheticCity} makes them: the generator cuts their
   * units' cells on that grid, and off it a grid's outline can touch itself.
   */
  private static final PrecisionModel MILLIMETRES = new PrecisionModel(1000);

  /**
   * Decimals of the grids' coordinates: 9 (0.1 mm). Grids add vertices along their parents' long straight
   * edges; rounded to the usual 7 (1 cm), those leave the edge and a kilometre of it becomes a sliver of
   * several square metres, which the coverage check rightly reports.
   */
  static final int GRID_DECIMALS = 9;

  private LayoutInputs() {}

  /**
   * Parents read from a GeoJSON file, in the frame around their extent.
   *
   * @param parents the parents, in metres
   * @param frame the frame
   * @param file the file read
   */
  record Parents(ImmutableList<LayoutParent> parents, LocalFrame frame, Path file) {}

  static Parents parents(Path file, String codeProperty) {
    GeoJsonImport read = geoJson(file, codeProperty);
    Envelope extent = new Envelope();
    read.layer().boundaries().forEach(b -> extent.expandToInclude(b.area().getEnvelopeInternal()));
    if (extent.isNull()) {
      throw CommandException.input("%s: no parents in the file", file);
    }
    LocalFrame frame = LocalFrame.around(extent);
    AffineTransformation toMetres = frame.toMetres();
    ImmutableList<LayoutParent> parents = read.layer().boundaries().stream()
        .map(b -> new LayoutParent(b.grid().value(),
            GeometryPrecisionReducer.reducePointwise(toMetres.transform(b.area()), MILLIMETRES)))
        .collect(ImmutableList.toImmutableList());
    return new Parents(parents, frame, file);
  }

  static Layout grids(Path file, Parents parents) {
    GeoJsonImport read = geoJson(file, "code");
    AffineTransformation toMetres = parents.frame().toMetres();
    List<String> known = parents.parents().stream().map(LayoutParent::id).toList();
    List<LayoutGrid> grids = new ArrayList<>();
    int feature = 0;
    for (Boundary boundary : read.layer().boundaries()) {
      feature++;
      Map<String, Object> properties = read.properties(boundary.grid()).orElse(Map.of());
      String code = boundary.grid().value();
      Object parent = properties.get("parent");
      Object households = properties.get("households");
      if (!(parent instanceof String) || !known.contains(parent)) {
        throw CommandException.input("%s: feature %d (code %s): parent %s is not a parent in %s", file, feature, code,
            parent, parents.file());
      }
      if (!(households instanceof Number) || ((Number) households).intValue() < 0) {
        throw CommandException.input("%s: feature %d (code %s): households %s is not a whole number ≥ 0", file,
            feature, code, households);
      }
      Object units = properties.getOrDefault("units", 0);
      grids.add(new LayoutGrid(code, (String) parent, ((Number) households).intValue(),
          units instanceof Number n ? n.intValue() : 0, toMetres.transform(boundary.area())));
    }
    return new Layout(ImmutableList.copyOf(grids), ImmutableList.of());
  }

  static ImmutableList<HouseholdSite> households(Path file, LocalFrame frame) {
    ImmutableList.Builder<HouseholdSite> sites = ImmutableList.builder();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        throw CommandException.input("%s line 1: the file is empty", file);
      }
      List<String> columns = Arrays.asList(header.replace("\uFEFF", "").trim().split(","));
      int lon = column(file, columns, "lon");
      int lat = column(file, columns, "lat");
      int households = columns.indexOf("households");
      int line = 1;
      for (String row = in.readLine(); row != null; row = in.readLine()) {
        line++;
        if (row.isBlank()) {
          continue;
        }
        String[] fields = row.trim().split(",", -1);
        Coordinate metres = frame.toMetres(number(file, line, fields, lon, "lon"), number(file, line, fields, lat,
            "lat"));
        int count = households < 0 ? 1 : (int) number(file, line, fields, households, "households");
        sites.add(new HouseholdSite(metres.x, metres.y, count));
      }
    } catch (IOException e) {
      throw CommandException.input("%s: cannot be read: %s", file, e.getMessage());
    }
    return sites.build();
  }

  static void writeGrids(Layout layout, Parents parents, LayoutFigures figures, Path file) {
    Map<GridCode, Map<String, Object>> properties = new LinkedHashMap<>();
    for (LayoutGrid grid : layout.grids()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("parent", grid.parent());
      p.put("households", grid.households());
      p.put("units", grid.units());
      figures.extraProperties().forEach((name, values) -> p.put(name, values.get(grid.code())));
      properties.put(GridCode.of(grid.code()), p);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      GeoJsonLayerWriter.rfc7946().withDecimals(GRID_DECIMALS).withProperties(properties)
          .write(layout.boundaries(CoordinateSystem.WGS84, parents.frame().toLonLat()), out);
    } catch (IOException e) {
      throw CommandException.input("cannot write %s: %s", file, e);
    }
  }

  static String map(Layout layout, Parents parents, String title, String metric, ImmutableMap<String, Double> values) {
    LayoutTerritory territory = LayoutTerritory.of(LevelSchemes.unitGrids(3), "unit-grid", parents.parents(), layout,
        parents.frame().toLonLat(), parents.file());
    Map<GridCode, Double> byCode = new LinkedHashMap<>();
    values.forEach((code, value) -> byCode.put(GridCode.of(code), value));
    return GridMap.ofLevel(territory.boundaries(), territory.hierarchy(), territory.gridLevel()).title(title)
        .metric(metric, byCode).build().toSvg();
  }

  private static GeoJsonImport geoJson(Path file, String codeProperty) {
    try (InputStream in = Files.newInputStream(file)) {
      return GeoJsonLayerReader.of(CoordinateSystem.WGS84).withCodeProperty(codeProperty).read(in);
    } catch (IOException e) {
      throw CommandException.input("%s: cannot be read: %s", file, e.getMessage());
    } catch (CivicGridException e) {
      throw CommandException.input("%s: %s", file, e.getMessage());
    }
  }

  private static int column(Path file, List<String> columns, String name) {
    int index = columns.indexOf(name);
    if (index < 0) {
      throw CommandException.input("%s line 1: no column %s in the header %s", file, name, columns);
    }
    return index;
  }

  private static double number(Path file, int line, String[] fields, int index, String name) {
    if (index >= fields.length) {
      throw CommandException.input("%s line %d: no %s", file, line, name);
    }
    try {
      return Double.parseDouble(fields[index].trim());
    } catch (NumberFormatException e) {
      throw CommandException.input("%s line %d: %s '%s' is not a number", file, line, name, fields[index]);
    }
  }
}
