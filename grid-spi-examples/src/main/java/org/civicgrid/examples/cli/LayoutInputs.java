package org.civicgrid.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Path;
import org.civicgrid.geo.crs.LocalFrame;
import org.civicgrid.geo.layout.HouseholdSite;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.LayoutMap;
import org.civicgrid.geo.layout.io.LayoutFiles;
import org.civicgrid.geo.layout.io.Parents;
import org.civicgrid.geo.map.ColourRamp;

/**
 * The files the commands read and write, through grid-geo's {@link LayoutFiles}: in WGS-84 on disk, in a
 * local metric frame around the parents in memory. A bad file is a {@link
 * org.civicgrid.geo.layout.io.LayoutFileException} naming the file, the line or feature and the problem; one
 * that cannot be read or written at all is a {@link CommandException#input} naming it. Stateless.
 */
final class LayoutInputs {
  private LayoutInputs() {}

  /** The parents in {@code file}, in the frame around their extent. */
  static Parents parents(Path file, String codeProperty) {
    return read(file, () -> LayoutFiles.readParents(file, codeProperty));
  }

  static Layout grids(Path file, Parents parents) {
    return read(file, () -> LayoutFiles.readGrids(file, parents));
  }

  static ImmutableList<HouseholdSite> households(Path file, LocalFrame frame) {
    return read(file, () -> LayoutFiles.readHouseholds(file, frame));
  }

  static void writeGrids(Layout layout, Parents parents, LayoutFigures figures, Path file) {
    try {
      LayoutFiles.writeGrids(layout, parents.frame(), figures.extraProperties(), file);
    } catch (IOException e) {
      throw CommandException.input("cannot write %s: %s", file, e);
    }
  }

  /**
   * The SVG map of {@code layout} over its parents, grids coloured by {@code values} of {@code metric} in
   * {@code ramp}'s colours.
   */
  static String map(Layout layout, Parents parents, String title, String metric, ImmutableMap<String, Double> values,
      ColourRamp ramp) {
    return LayoutMap.of(layout, parents.all(), parents.frame()).title(title).metric(metric, values).ramp(ramp)
        .toSvg();
  }

  /** A file read by {@code reading}; one that cannot be read is a {@link CommandException#input} naming it. */
  private static <T> T read(Path file, FileRead<T> reading) {
    try {
      return reading.read();
    } catch (IOException e) {
      throw CommandException.input("%s: cannot be read: %s", file, e);
    }
  }

  /** Reads a layout file. */
  private interface FileRead<T> {
    T read() throws IOException;
  }
}
