package org.civicgrid.routing.dispatch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.GridLocator;
import org.civicgrid.core.locate.Location;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.staff.Acting;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.category.CategoryCatalogue;
import org.civicgrid.routing.category.DispatchTo;
import org.civicgrid.routing.category.Subcategory;
import org.civicgrid.routing.dispatch.RoutingDecision.Outcome;

/**
 * Routes cases (派单): place → grid at any level → who acts, by category and role. A point is located
 * with the {@link GridLocator}, a place id through the staffing hierarchy's places, a grid code directly.
 * A subcategory dispatched to a department or utility goes to it; any other goes by its {@link
 * RoutingRule} to the rule's role in the place's grid at the rule's level, and {@link Staffing#whoActs}
 * decides who acts, so absences and backups are honoured.
 *
 * <p>Routing never throws for a resident's location: a point in no grid, an unknown place or an
 * unreadable point give an unroutable {@link RoutingDecision}. A category the catalogue lacks is a
 * {@link UnknownCategoryException}. Everything the table and catalogue say is checked when the router
 * is made, so routing itself is a map lookup, a locate and a {@code whoActs}. Immutable and
 * thread-safe.
 */
public final class CaseRouter {
  private final GridLocator locator;
  private final Staffing staffing;
  private final GridHierarchy hierarchy;
  private final CategoryCatalogue catalogue;
  private final RoutingTable table;
  private final ImmutableMap<String, Route> routes;

  /**
   * A subcategory with the rule it is routed by, null when it goes to its department, and the rule's
   * {@link RoutingRule#primaryReason}, written once here rather than for every case.
   */
  private record Route(Subcategory subcategory, RoutingRule rule, String primaryReason) {}

  /**
   * A router over these parts.
   *
   * @throws IllegalArgumentException naming the offending rule or subcategory when a rule names a category
   *     the catalogue lacks, a level the hierarchy's scheme lacks or a role the staffing lacks, or when a
   *     subcategory handled in a grid has no rule
   */
  public CaseRouter(GridLocator locator, Staffing staffing, CategoryCatalogue catalogue, RoutingTable table) {
    this.locator = checkNotNull(locator, "locator");
    this.staffing = checkNotNull(staffing, "staffing");
    this.catalogue = checkNotNull(catalogue, "catalogue");
    this.table = checkNotNull(table, "table");
    this.hierarchy = staffing.hierarchy();
    for (RoutingRule rule : table.rules()) {
      checkArgument(rule.category().equals(RoutingRule.ANY_CATEGORY) || catalogue.contains(rule.category()),
          "routing rule %s names category %s, which catalogue %s lacks", rule, rule.category(), catalogue.id());
      checkArgument(rule.level().isEmpty() || hierarchy.scheme().findLevel(rule.level().get()).isPresent(),
          "routing rule %s names level %s, which scheme %s lacks", rule, rule.level().orElse(""),
          hierarchy.scheme().id());
      checkArgument(staffing.roles().contains(rule.role()), "routing rule %s names role %s, which role catalogue "
          + "%s lacks", rule, rule.role(), staffing.roles().id());
    }
    ImmutableMap.Builder<String, Route> byCode = ImmutableMap.builder();
    List<String> unruled = new ArrayList<>();
    for (Subcategory s : catalogue.subcategories()) {
      RoutingRule rule = s.dispatchTo() == DispatchTo.DEPARTMENT ? null : table.ruleFor(s.code()).orElse(null);
      if (s.dispatchTo() == DispatchTo.GRID && rule == null) {
        unruled.add(s.code());
      }
      byCode.put(s.code(), new Route(s, rule, rule == null ? null : rule.primaryReason()));
    }
    checkArgument(unruled.isEmpty(), "routing table has no rule (nor a main class or default rule) for "
        + "subcategories %s of catalogue %s", unruled, catalogue.id());
    this.routes = byCode.buildOrThrow();
  }

  public GridLocator locator() {
    return locator;
  }

  public Staffing staffing() {
    return staffing;
  }

  public CategoryCatalogue catalogue() {
    return catalogue;
  }

  public RoutingTable table() {
    return table;
  }

  /**
   * Where {@code intake} goes at local time {@code at}.
   *
   * @throws UnknownCategoryException naming the category when the catalogue has no such subcategory
   */
  public RoutingDecision route(Case intake, LocalDateTime at) {
    checkNotNull(intake, "case");
    checkNotNull(at, "at");
    Route route = routes.get(intake.category());
    if (route == null) {
      throw new UnknownCategoryException(intake.category(), catalogue.id());
    }
    Subcategory subcategory = route.subcategory();
    CasePlace place = intake.place();
    Grid located;
    if (place instanceof CasePlace.InGrid inGrid) {
      located = hierarchy.find(inGrid.grid()).orElse(null);
    } else if (place instanceof CasePlace.AtPlace atPlace) {
      Optional<Place> known = hierarchy.place(atPlace.placeId());
      located = known.isEmpty() ? null : hierarchy.find(known.get().grid()).orElse(null);
    } else {
      Location location;
      try {
        location = locator.locate(((CasePlace.AtPoint) place).point());
      } catch (IllegalArgumentException unreadable) {
        return route.rule() == null ? RoutingDecision.toDepartment(intake, subcategory, at, null)
            : RoutingDecision.unroutable(intake, subcategory, at, Outcome.UNREADABLE_POINT, unreadable.getMessage());
      }
      if (!location.isCovered()) {
        return route.rule() == null ? RoutingDecision.toDepartment(intake, subcategory, at, null)
            : RoutingDecision.uncovered(intake, subcategory, at, location.nearest().orElseThrow(),
                location.distanceMetres().orElseThrow());
      }
      located = hierarchy.find(location.grids().get(0)).orElse(null);
    }
    if (route.rule() == null) {
      return RoutingDecision.toDepartment(intake, subcategory, at, located);
    }
    if (located == null) {
      return RoutingDecision.unroutable(intake, subcategory, at, Outcome.UNKNOWN_PLACE,
          place + " is not in hierarchy " + hierarchy.scheme().id());
    }
    Grid ruleGrid = gridAtLevel(located, route.rule());
    Acting acting = staffing.whoActs(ruleGrid.code(), route.rule().role(), at);
    return RoutingDecision.toGrid(intake, subcategory, at, located, route.rule(), route.primaryReason(), ruleGrid,
        acting);
  }

  /** The grid on the place's path at the rule's level; the place's own grid when the path has none there. */
  private static Grid gridAtLevel(Grid located, RoutingRule rule) {
    if (rule.level().isEmpty()) {
      return located;
    }
    String level = rule.level().get();
    for (Grid g = located; g != null; g = g.parent().orElse(null)) {
      if (g.level().id().equals(level)) {
        return g;
      }
    }
    return located;
  }

  @Override
  public String toString() {
    return "case router for catalogue " + catalogue.id() + " over " + hierarchy.scheme().id() + " with "
        + table.rules().size() + " rules";
  }
}
