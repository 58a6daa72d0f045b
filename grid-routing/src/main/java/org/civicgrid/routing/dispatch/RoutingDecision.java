package org.civicgrid.routing.dispatch;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.staff.Acting;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.category.Subcategory;

/**
 * Where {@link CaseRouter} sends a case and why: the grids holding its place, the handling unit, the
 * acting person, the rule that applied, and an explanation naming rule, grid and person. It keeps the
 * parts and writes the explanation only when asked, so routing stays cheap. A routed decision becomes
 * the {@link CaseCommand.Dispatch} that records it in the audit log ({@link #toDispatch}); an
 * unroutable one says why and, for a point in no grid, which grid is nearest. Immutable and
 * thread-safe; it names people by id and name only, never contact data.
 */
public final class RoutingDecision {

  /** What the router could do with the case. */
  public enum Outcome {
    /** The rule's role holder in the grid acts. */
    PRIMARY,
    /** The holder is absent; the named backup (AB岗) acts. */
    BACKUP,
    /** The grid has no one present in the role; the same post of the parent grid acts, for its team. */
    PARENT_GRID,
    /** No one acts in the grid or its parent; the next level's unit receives the case to assign by hand. */
    NOBODY,
    /** The subcategory belongs to a department or utility, which receives the case directly. */
    DEPARTMENT,
    /** The point lies in no grid; {@link #nearest()} says which grid is nearest. Unroutable. */
    UNCOVERED,
    /** The place id or grid code is not in the hierarchy. Unroutable. */
    UNKNOWN_PLACE,
    /** The point is in a coordinate system the locator cannot read. Unroutable. */
    UNREADABLE_POINT;

    /** True when the case has a handling unit. */
    public boolean isRouted() {
      return ordinal() <= DEPARTMENT.ordinal();
    }
  }

  private final Case intake;
  private final Subcategory subcategory;
  private final LocalDateTime at;
  private final Outcome outcome;
  private final Grid located;
  private final RoutingRule rule;
  private final String primaryReason;
  private final Grid ruleGrid;
  private final Acting acting;
  private final HandlingUnit unit;
  private final Grid unitGrid;
  private final GridCode nearest;
  private final double distanceMetres;
  private final String problem;

  private RoutingDecision(Case intake, Subcategory subcategory, LocalDateTime at, Outcome outcome, Grid located,
      RoutingRule rule, String primaryReason, Grid ruleGrid, Acting acting, HandlingUnit unit, Grid unitGrid,
      GridCode nearest, double distanceMetres, String problem) {
    this.intake = intake;
    this.subcategory = subcategory;
    this.at = at;
    this.outcome = outcome;
    this.located = located;
    this.rule = rule;
    this.primaryReason = primaryReason;
    this.ruleGrid = ruleGrid;
    this.acting = acting;
    this.unit = unit;
    this.unitGrid = unitGrid;
    this.nearest = nearest;
    this.distanceMetres = distanceMetres;
    this.problem = problem;
  }

  /**
   * A case sent to the rule's grid, whoever {@code acting} says acts there; {@code primaryReason} is the
   * rule's {@link RoutingRule#primaryReason}.
   */
  static RoutingDecision toGrid(Case intake, Subcategory subcategory, LocalDateTime at, Grid located,
      RoutingRule rule, String primaryReason, Grid ruleGrid, Acting acting) {
    Outcome outcome = switch (acting.basis()) {
      case PRIMARY -> Outcome.PRIMARY;
      case BACKUP -> Outcome.BACKUP;
      case PARENT_GRID -> Outcome.PARENT_GRID;
      case NOBODY -> Outcome.NOBODY;
    };
    // Cover by the parent's post, and a post no one covers, both hand the case to the team above.
    Grid unitGrid = outcome == Outcome.PRIMARY || outcome == Outcome.BACKUP ? ruleGrid
        : ruleGrid.parent().orElse(ruleGrid);
    return new RoutingDecision(intake, subcategory, at, outcome, located, rule, primaryReason, ruleGrid, acting,
        HandlingUnit.grid(unitGrid.code()), unitGrid, null, Double.NaN, null);
  }

  /** A case sent straight to its subcategory's department or utility. */
  static RoutingDecision toDepartment(Case intake, Subcategory subcategory, LocalDateTime at, Grid located) {
    return new RoutingDecision(intake, subcategory, at, Outcome.DEPARTMENT, located, null, null, null, null,
        HandlingUnit.department(subcategory.department().id()), null, null, Double.NaN, null);
  }

  /** A case whose point lies in no grid. */
  static RoutingDecision uncovered(Case intake, Subcategory subcategory, LocalDateTime at, GridCode nearest,
      double distanceMetres) {
    return new RoutingDecision(intake, subcategory, at, Outcome.UNCOVERED, null, null, null, null, null, null,
        null, nearest, distanceMetres, null);
  }

  /** A case whose place cannot be read or found, {@code problem} saying why. */
  static RoutingDecision unroutable(Case intake, Subcategory subcategory, LocalDateTime at, Outcome outcome,
      String problem) {
    return new RoutingDecision(intake, subcategory, at, outcome, null, null, null, null, null, null, null, null,
        Double.NaN, problem);
  }

  /** The case routed. */
  public Case intake() {
    return intake;
  }

  /** The case's subcategory. */
  public Subcategory subcategory() {
    return subcategory;
  }

  /** The local time the decision was made for (who is absent depends on it). */
  public LocalDateTime at() {
    return at;
  }

  public Outcome outcome() {
    return outcome;
  }

  /** True when the case has a handling unit and can be dispatched. */
  public boolean isRouted() {
    return outcome.isRouted();
  }

  /** The grids holding the place, smallest first up to the top; empty when the place was not found. */
  public ImmutableList<GridCode> gridPath() {
    ImmutableList.Builder<GridCode> path = ImmutableList.builder();
    for (Grid g = located; g != null; g = g.parent().orElse(null)) {
      path.add(g.code());
    }
    return path.build();
  }

  /** The unit that receives the case; empty when unroutable. */
  public Optional<HandlingUnit> unit() {
    return Optional.ofNullable(unit);
  }

  /** The person who acts; empty for a department, for {@link Outcome#NOBODY} and when unroutable. */
  public Optional<PersonId> person() {
    return acting == null ? Optional.empty() : acting.person();
  }

  /** The routing rule that applied; empty for a department's case and when unroutable. */
  public Optional<RoutingRule> rule() {
    return Optional.ofNullable(rule);
  }

  /** The staffing's answer for the rule's grid and role, with its own explanation; empty when no rule applied. */
  public Optional<Acting> acting() {
    return Optional.ofNullable(acting);
  }

  /** For {@link Outcome#UNCOVERED}: the nearest grid. */
  public Optional<GridCode> nearest() {
    return Optional.ofNullable(nearest);
  }

  /** For {@link Outcome#UNCOVERED}: the distance to {@link #nearest()} in metres, else NaN. */
  public double distanceMetres() {
    return distanceMetres;
  }

  /**
   * The decision in words, naming rule, grid and person, for operators and the audit log: for example
   * {@code case c-1 (0101 邻里纠纷) goes to grid 1号楼网格 (210902001001001001) by default rule →
   * full-time-worker of the smallest grid; 刘洋 (p-006) holds full-time-worker of 1号楼网格 …}. Written on
   * each call.
   */
  public String explanation() {
    StringBuilder text = new StringBuilder(160).append("case ").append(intake.id()).append(" (")
        .append(subcategory.code()).append(' ').append(subcategory.nameZh()).append(") ");
    switch (outcome) {
      case PRIMARY, BACKUP -> text.append("goes to grid ").append(label(unitGrid)).append(" by ").append(rule)
          .append("; ").append(acting.explanation());
      case PARENT_GRID -> text.append("goes to the parent grid ").append(label(unitGrid)).append(" by ")
          .append(rule).append(", as no one in ").append(label(ruleGrid)).append(" acts; ")
          .append(acting.explanation());
      case NOBODY -> text.append("goes to ").append(label(unitGrid)).append(" to assign by hand, by ")
          .append(rule).append("; ").append(acting.explanation());
      case DEPARTMENT -> text.append("goes directly to ").append(subcategory.department())
          .append(", the department or utility responsible for it (定人、定岗、定责)");
      case UNCOVERED -> text.append("cannot be routed: ").append(intake.place()).append(" lies in no grid; the nearest is ")
          .append(nearest).append(", ").append(Math.round(distanceMetres)).append(" m away");
      case UNKNOWN_PLACE, UNREADABLE_POINT -> text.append("cannot be routed: ").append(problem);
    }
    return text.toString();
  }

  /**
   * The reason a dispatch records for this decision. When the rule's present holder acts, the rule and
   * the basis only, for example {@code default rule: full-time-worker of the smallest grid, PRIMARY}:
   * the dispatch names the grid and the person as its unit and assignee, so the reason is one string
   * per rule, written when the router is made. When anyone else acts — a backup, the parent grid,
   * nobody — the whole {@link #explanation()}, naming who was passed over and why.
   */
  public String reason() {
    return outcome == Outcome.PRIMARY ? primaryReason : explanation();
  }

  /**
   * The dispatch command that records this decision, with its {@link #reason()}.
   *
   * @throws IllegalStateException naming the case when it is unroutable
   */
  public CaseCommand.Dispatch toDispatch(Actor dispatcher, Instant when) {
    checkNotNull(dispatcher, "dispatcher");
    checkNotNull(when, "when");
    checkState(isRouted(), "case %s cannot be dispatched: %s", intake.id(), outcome);
    return new CaseCommand.Dispatch(dispatcher, when, List.of(unit), person(), reason());
  }

  private static String label(Grid grid) {
    return grid.name() + " (" + grid.code() + ")";
  }

  /** The outcome, the unit and the person: no formatting beyond that. */
  @Override
  public String toString() {
    return "routing of " + intake.id() + ": " + outcome + (unit == null ? "" : " to " + unit)
        + person().map(p -> " (" + p + ")").orElse("");
  }
}
