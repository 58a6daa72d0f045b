package org.civicgrid.routing.escalation;

import java.util.List;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.place.Place;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.category.CategoryCatalogue;
import org.civicgrid.routing.category.Subcategory;

/**
 * {@link RungUnits} read from a grid hierarchy and a category catalogue; see {@link
 * RungUnits#inHierarchy}. Immutable and thread-safe.
 */
final class HierarchyRungUnits implements RungUnits {
  /** Code length of a community or village (GB/T 10114 and the NBS table: 12 digits). */
  private static final int COMMUNITY_CODE = 12;
  /** Code length of a subdistrict or township (GB/T 10114: 9 digits). */
  private static final int SUBDISTRICT_CODE = 9;

  private final GridHierarchy hierarchy;
  private final CategoryCatalogue catalogue;
  private final HandlingUnit centre;

  HierarchyRungUnits(GridHierarchy hierarchy, CategoryCatalogue catalogue, HandlingUnit centre) {
    this.hierarchy = hierarchy;
    this.catalogue = catalogue;
    this.centre = centre;
  }

  @Override
  public HandlingUnit unitAt(CaseState state, EscalationRung rung) {
    return switch (rung) {
      case GRID_WORKER -> smallestGrid(state).map(HandlingUnit::grid).orElse(centre);
      case COMMUNITY -> smallestGrid(state).map(grid -> enclosing(grid, COMMUNITY_CODE)).orElse(centre);
      case SUBDISTRICT -> smallestGrid(state).map(grid -> enclosing(grid, SUBDISTRICT_CODE)).orElse(centre);
      case DISTRICT_CENTRE -> centre;
      case DEPARTMENT -> catalogue.findSubcategory(state.intake().category())
          .map(Subcategory::department).map(department -> HandlingUnit.department(department.id())).orElse(centre);
    };
  }

  /** The deepest grid among the units handling the case, else the grid it was reported in. */
  private Optional<GridCode> smallestGrid(CaseState state) {
    GridCode smallest = null;
    List<HandlingUnit> units = state.units();
    for (int i = 0; i < units.size(); i++) {
      HandlingUnit unit = units.get(i);
      if (unit.kind() == HandlingUnit.Kind.GRID) {
        GridCode code = GridCode.of(unit.id());
        if (smallest == null || code.length() > smallest.length()) {
          smallest = code;
        }
      }
    }
    if (smallest != null) {
      return Optional.of(smallest);
    }
    CasePlace place = state.intake().place();
    if (place instanceof CasePlace.InGrid inGrid) {
      return Optional.of(inGrid.grid());
    }
    if (place instanceof CasePlace.AtPlace atPlace) {
      return hierarchy.place(atPlace.placeId()).map(Place::grid);
    }
    return Optional.empty();
  }

  /** The grid's ancestor (or itself) whose code has {@code length} digits; the grid itself when it lies above. */
  private HandlingUnit enclosing(GridCode code, int length) {
    Optional<Grid> grid = hierarchy.find(code);
    if (grid.isEmpty() || code.length() <= length) {
      return HandlingUnit.grid(code);
    }
    Grid at = grid.get();
    while (at.parent().isPresent() && at.code().length() > length) {
      at = at.parent().get();
    }
    return HandlingUnit.grid(at.code());
  }

  @Override
  public String toString() {
    return "rung units in " + hierarchy.scheme().id() + " with categories of " + catalogue.id() + ", centre " + centre;
  }
}
