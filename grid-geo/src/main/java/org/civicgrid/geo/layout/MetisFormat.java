package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A parent's unit graph in the METIS graph format, and METIS's answer read back, so that gpmetis
 * lays out the same graph and its layout is scored with the same code (layout anchors §7). Graphs
 * are written 1-based with format {@code 011}: each vertex weighted by its households, each edge by
 * its shared border rounded to whole metres, at least 1. A partition file ({@code G.part.k}) has one
 * line per vertex holding its part, numbered from 0. Stateless.
 */
public final class MetisFormat {
  private MetisFormat() {
  }

  /** Writes {@code graph} to {@code out}; the caller closes {@code out}. */
  public static void write(UnitGraph graph, Writer out) {
    checkNotNull(graph, "graph");
    checkNotNull(out, "out");
    try {
      out.write(graph.size() + " " + graph.edgeCount() + " 011\n");
      StringBuilder line = new StringBuilder();
      for (int u = 0; u < graph.size(); u++) {
        line.setLength(0);
        line.append(graph.households(u));
        for (int k = 0; k < graph.degree(u); k++) {
          line.append(' ').append(graph.neighbour(u, k) + 1).append(' ')
              .append(Math.max(1, Math.round(graph.border(u, k))));
        }
        out.write(line.append('\n').toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the METIS graph of parent " + graph.parent(), e);
    }
  }

  /**
   * Reads a partition of {@code graph}'s units, one part number per line.
   *
   * @throws LayoutInputException naming the line that is not a part number from 0, or the count of
   *     lines if it differs from the number of units
   */
  public static int[] readPartition(UnitGraph graph, Reader in) {
    checkNotNull(graph, "graph");
    checkNotNull(in, "in");
    int[] part = new int[graph.size()];
    int lines = 0;
    try (BufferedReader reader = new BufferedReader(in)) {
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        if (text.isBlank()) {
          continue;
        }
        lines++;
        if (lines > part.length) {
          continue;
        }
        try {
          part[lines - 1] = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
          part[lines - 1] = -1;
        }
        if (part[lines - 1] < 0) {
          throw new LayoutInputException(String.format("partition of parent %s, line %d: '%s' is not a part number",
              graph.parent(), lines, text));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the partition of parent " + graph.parent(), e);
    }
    if (lines != part.length) {
      throw new LayoutInputException(String.format("partition of parent %s has %d lines for %d units",
          graph.parent(), lines, part.length));
    }
    return part;
  }
}
