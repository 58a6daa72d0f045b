package org.civicgrid.geo.edit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.history.Change;
import org.civicgrid.core.history.GridHistory;
import org.civicgrid.core.history.IllegalChangeException;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.place.PlaceKind;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.locationtech.jts.geom.LineString;

/**
 * A territory's grid history together with its boundaries, so that a split or merge changes both
 * or neither: the hierarchy side (codes, places) through {@link GridHistory#apply}, the geometry
 * through {@link CoverageEditor} on the current hierarchy. Immutable and thread-safe; each edit
 * returns a new value.
 *
 * @param history the territory's grids and places over time
 * @param boundaries the boundaries of its current grids, in one coordinate system
 */
public record MappedTerritory(GridHistory history, BoundaryLayer boundaries) {
  public MappedTerritory {
    checkNotNull(history, "history");
    checkNotNull(boundaries, "boundaries");
  }

  /**
   * Applies {@code split}, which must have exactly two parts, drawing the border between them along
   * {@code line}: the first part takes the side left of the line, the second the right.
   *
   * @throws IllegalEditException if the geometry cannot be split (see {@link
   *     CoverageEditor#splitByLine})
   * @throws IllegalChangeException if the hierarchy refuses the split
   */
  public MappedTerritory splitByLine(LocalDate effective, String reason, Change.Split split,
      LineString line) {
    checkArgument(split.parts().size() == 2, "a split of %s by a line makes two parts, not %s",
        split.source(), split.parts().size());
    BoundaryLayer next = editor().splitByLine(split.source(), line, split.parts().get(0).code(),
        split.parts().get(1).code());
    return new MappedTerritory(history.apply(effective, reason, split), next);
  }

  /**
   * Applies {@code split}, drawing the parts' borders from where its buildings stand: each assigned
   * building goes to the part {@code split} assigns it to (see {@link
   * CoverageEditor#splitByBuildings}). {@code positions} gives each assigned building's position in
   * the boundaries' coordinate system; assigned places that are not buildings need none.
   *
   * @throws IllegalArgumentException if an assigned building has no position, or a position is in
   *     another coordinate system
   * @throws IllegalEditException if the geometry cannot be split
   * @throws IllegalChangeException if the hierarchy refuses the split
   */
  public MappedTerritory splitByBuildings(LocalDate effective, String reason, Change.Split split,
      Map<String, GeoPoint> positions) {
    List<BuildingSite> sites = new ArrayList<>();
    split.placeAssignment().forEach((placeId, part) -> {
      GeoPoint at = positions.get(placeId);
      boolean building = history.current().place(placeId).map(Place::kind)
          .filter(kind -> kind == PlaceKind.BUILDING).isPresent();
      checkArgument(at != null || !building, "no position for building %s", placeId);
      if (at != null) {
        checkArgument(at.system() == boundaries.system(), "building %s is given in %s, the boundaries are in %s",
            placeId, at.system(), boundaries.system());
        sites.add(BuildingSite.of(placeId, at.longitude(), at.latitude(), part));
      }
    });
    BoundaryLayer next = editor().splitByBuildings(split.source(), sites);
    return new MappedTerritory(history.apply(effective, reason, split), next);
  }

  /**
   * Applies {@code merge}; the merged grid's area is the union of its sources' (see {@link
   * CoverageEditor#merge}).
   *
   * @throws IllegalEditException if the sources are not adjacent or their union does not fit
   * @throws IllegalChangeException if the hierarchy refuses the merge
   */
  public MappedTerritory merge(LocalDate effective, String reason, Change.Merge merge) {
    GridCode into = merge.into().code();
    BoundaryLayer next = editor().merge(merge.sources(), into);
    return new MappedTerritory(history.apply(effective, reason, merge), next);
  }

  private CoverageEditor editor() {
    return CoverageEditor.of(boundaries, history.current());
  }
}
