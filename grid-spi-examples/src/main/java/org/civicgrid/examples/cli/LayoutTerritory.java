package org.civicgrid.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.hierarchy.InvalidHierarchyException;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelScheme;
import org.civicgrid.geo.boundary.Boundary;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.LayoutParent;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * A layout placed in a grid hierarchy, as {@code validate} and {@code simulate} need it: the parents become
 * the scheme's level above the grids (communities, 12-digit codes), the levels above them are made from the
 * parents' code prefixes (the county from the first 6 digits, the township or subdistrict from the first 9),
 * and the layout's grids hang under their parents with their households; with every area in WGS-84 as a
 * boundary layer. Immutable.
 *
 * @param hierarchy the hierarchy
 * @param boundaries the parents' and grids' areas, WGS-84
 * @param gridLevel the level the layout's grids are at
 */
record LayoutTerritory(GridHierarchy hierarchy, BoundaryLayer boundaries, Level gridLevel) {
  LayoutTerritory {
    checkNotNull(hierarchy, "hierarchy");
    checkNotNull(boundaries, "boundaries");
    checkNotNull(gridLevel, "gridLevel");
  }

  /**
   * {@code layout} of {@code parents} (both in the metric frame {@code toLonLat} maps to lon/lat) with its
   * grids at {@code gridLevel} of {@code scheme}.
   *
   * @throws CommandException naming {@code parentsFile} when a parent's code does not fit the scheme
   */
  static LayoutTerritory of(LevelScheme scheme, String gridLevel, List<LayoutParent> parents, Layout layout,
      AffineTransformation toLonLat, Path parentsFile) {
    Level grids = scheme.level(gridLevel);
    List<Level> above = new ArrayList<>();
    for (Level level = scheme.level(grids.parents().iterator().next()); ;
        level = scheme.level(level.parents().iterator().next())) {
      above.add(0, level);
      if (level.isTop()) {
        break;
      }
    }
    Level community = above.get(above.size() - 1);
    Map<String, GridNode> nodes = new LinkedHashMap<>();
    List<Boundary> areas = new ArrayList<>();
    for (LayoutParent parent : parents) {
      if (parent.id().length() != community.codeLength() || !parent.id().chars().allMatch(Character::isDigit)) {
        throw CommandException.input("%s: parent %s: the code is not a %d-digit %s code of scheme %s", parentsFile,
            parent.id(), community.codeLength(), community.id(), scheme.id());
      }
      String up = null;
      for (Level level : above) {
        String code = parent.id().substring(0, level.codeLength());
        nodes.putIfAbsent(code, GridNode.of(code, level.nameZh() + code, level.id(), up));
        up = code;
      }
      areas.add(Boundary.of(GridCode.of(parent.id()), toLonLat.transform(parent.area())));
    }
    List<GridNode> all = new ArrayList<>(nodes.values());
    all.addAll(layout.nodes(gridLevel, grids.nameZh() + "%s"));
    areas.addAll(layout.boundaries(CoordinateSystem.WGS84, toLonLat).boundaries());
    try {
      return new LayoutTerritory(GridHierarchy.of(scheme, all, List.of()),
          BoundaryLayer.of(CoordinateSystem.WGS84, areas), grids);
    } catch (InvalidHierarchyException e) {
      throw CommandException.input("%s: its parents and grids do not form a hierarchy of scheme %s: %s", parentsFile,
          scheme.id(), e.getMessage());
    }
  }
}
