package org.civicgrid.examples.demo;

import java.io.PrintStream;
import java.util.List;
import org.civicgrid.core.hierarchy.Grid;

/** Prints a grid and everything below it as a tree, one line per grid with its households. */
final class TreePrinter {
  private TreePrinter() {}

  static void print(Grid top, PrintStream out) {
    out.println(line(top));
    printChildren(top, "", out);
  }

  private static void printChildren(Grid grid, String indent, PrintStream out) {
    List<Grid> children = grid.children();
    for (int i = 0; i < children.size(); i++) {
      boolean last = i == children.size() - 1;
      out.println(indent + (last ? "└─ " : "├─ ") + line(children.get(i)));
      printChildren(children.get(i), indent + (last ? "   " : "│  "), out);
    }
  }

  private static String line(Grid grid) {
    return String.format("%s %s [%s] %,d households, %,d residents",
        grid.code(), grid.name(), grid.level().nameEn(), grid.households(), grid.residents());
  }
}
