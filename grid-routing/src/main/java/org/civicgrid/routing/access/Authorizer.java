package org.civicgrid.routing.access;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.category.CategoryCatalogue;
import org.civicgrid.routing.category.Subcategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a command's actor may give it on a case, by an {@link AccessPolicy} over one {@link
 * Staffing} snapshot and a {@link CategoryCatalogue}; build a new one when the staffing changes. A case
 * lies in its intake grid (for a report in a grid or at a known place) and in every grid of its handling
 * units; a post covers it when the post's grid is, or with {@link Reach#SUBTREE} lies above, one of them.
 * A department's staff act on cases of its categories, cases it handles and cases it is summoned to.
 * A backup acting for a holder ({@link Actor#actingFor()}) has the holder's posts, each only while
 * {@link Staffing#whoActs} names the backup for it, and not their own rights on that command. Denials
 * throw {@link AccessDeniedException} and are logged at WARN with ids only. {@link #check} costs a few map
 * lookups and formats nothing unless it denies. Immutable and thread-safe.
 */
public final class Authorizer {
  private static final Logger LOG = LoggerFactory.getLogger(Authorizer.class);

  private final AccessPolicy policy;
  private final Staffing staffing;
  private final GridHierarchy hierarchy;
  private final CategoryCatalogue catalogue;
  private final ImmutableListMultimap<PersonId, Post> posts;

  private Authorizer(AccessPolicy policy, Staffing staffing, CategoryCatalogue catalogue) {
    this.policy = policy;
    this.staffing = staffing;
    this.hierarchy = staffing.hierarchy();
    this.catalogue = catalogue;
    this.posts = index(policy, staffing);
  }

  /**
   * An authorizer applying {@code policy} to {@code staffing}, with departments' categories from {@code
   * catalogue}.
   *
   * @throws CivicGridException with {@link ErrorCode#INVALID_POLICY} naming a grant's role the staffing's
   *     catalogue lacks or level its hierarchy's scheme lacks
   */
  public static Authorizer of(AccessPolicy policy, Staffing staffing, CategoryCatalogue catalogue) {
    checkNotNull(policy, "policy");
    checkNotNull(staffing, "staffing");
    checkNotNull(catalogue, "catalogue");
    for (Grant grant : policy.grants()) {
      checkRole(staffing, grant.role(), grant.toString());
      if (staffing.hierarchy().scheme().findLevel(grant.level()).isEmpty()) {
        throw new CivicGridException(ErrorCode.INVALID_POLICY,
            "grant " + grant + " names level " + grant.level() + ", which scheme "
                + staffing.hierarchy().scheme().id() + " lacks");
      }
    }
    for (RoleId role : policy.revealRoles()) {
      checkRole(staffing, role, "reveal-to role " + role);
    }
    return new Authorizer(policy, staffing, catalogue);
  }

  /** The policy applied. */
  public AccessPolicy policy() {
    return policy;
  }

  /**
   * Lets {@code command} through when its actor may give it on the case at {@code at} (local time, as
   * the staffing's absences are).
   *
   * @throws AccessDeniedException naming the actor, the command kind and the case, after logging it
   */
  public void check(CaseState state, CaseCommand command, LocalDateTime at) {
    checkNotNull(state, "state");
    checkNotNull(command, "command");
    checkNotNull(at, "at");
    allowOrDeny(state.intake(), scope(state), command.actor(), command.kind(), at);
  }

  /**
   * As {@link #check(CaseState, CaseCommand, LocalDateTime)} at the command's own time in {@code zone}
   * (the zone of the staffing's absences), converted only when a post must be examined: a platform
   * account giving a command it is granted needs no local time, and the engine gives most commands so.
   *
   * @throws AccessDeniedException naming the actor, the command kind and the case, after logging it
   */
  public void check(CaseState state, CaseCommand command, ZoneId zone) {
    checkNotNull(state, "state");
    checkNotNull(command, "command");
    checkNotNull(zone, "zone");
    Actor actor = command.actor();
    CommandKind kind = command.kind();
    if (!isPlatformGrant(actor, kind)) {
      allowOrDeny(state.intake(), scope(state), actor, kind, LocalDateTime.ofInstant(command.at(), zone));
    }
  }

  /**
   * Lets a report through: from a platform actor allowed {@link CommandKind#REPORT}, or from a holder of
   * a post granted it over the reported grid (a grid worker's patrol discovery).
   *
   * @throws AccessDeniedException naming the actor, REPORT and the case, after logging it
   */
  public void check(CaseCommand.Report report, LocalDateTime at) {
    checkNotNull(report, "report");
    checkNotNull(at, "at");
    allowOrDeny(report.intake(), ImmutableList.of(), report.actor(), CommandKind.REPORT, at);
  }

  /** True when {@code actor} may give {@code kind} on the case; never throws for a denial. */
  public boolean allows(CaseState state, Actor actor, CommandKind kind, LocalDateTime at) {
    return allows(state.intake(), scope(state), checkNotNull(actor, "actor"), checkNotNull(kind, "kind"),
        checkNotNull(at, "at"));
  }

  /** The units a case concerns: those handling it and the departments summoned to it (吹哨报到). */
  private static List<HandlingUnit> scope(CaseState state) {
    if (state.supervision().summonses().isEmpty()) {
      return state.units();
    }
    return ImmutableList.<HandlingUnit>builder().addAll(state.units())
        .addAll(state.supervision().summonses().keySet()).build();
  }

  private void allowOrDeny(Case intake, List<HandlingUnit> units, Actor actor, CommandKind kind,
      LocalDateTime at) {
    if (!allows(intake, units, actor, kind, at)) {
      throw deny(actor, kind.name(), intake, units);
    }
  }

  private boolean allows(Case intake, List<HandlingUnit> units, Actor actor, CommandKind kind, LocalDateTime at) {
    Optional<PersonId> holder = actor.actingFor();
    if (holder.isEmpty()) {
      if (isPlatformGrant(actor, kind)) {
        return true;
      }
      if (policy.departmentKinds().contains(kind) && inDepartment(actor.person(), intake, units)) {
        return true;
      }
    }
    return anyPost(holder.orElse(actor.person()), actor, intake, units, kind, at);
  }

  /** True when {@code actor}, acting for no one, is a platform account granted {@code kind}. */
  private boolean isPlatformGrant(Actor actor, CommandKind kind) {
    if (actor.actingFor().isPresent()) {
      return false;
    }
    Set<CommandKind> platformKinds = policy.platform().get(actor.person());
    return platformKinds != null && platformKinds.contains(kind);
  }

  /** True when the reporter's contact of the case may be shown to {@code actor}; see {@link ReporterAccess}. */
  boolean mayReveal(CaseState state, Actor actor, LocalDateTime at) {
    return anyPost(actor.actingFor().orElse(actor.person()), actor, state.intake(), state.units(), null, at);
  }

  AccessDeniedException deny(Actor actor, String action, Case intake, List<HandlingUnit> units) {
    LOG.warn("access denied: {} may not {} case {}", actor, action, intake.id());
    return new AccessDeniedException(actor, action, intake.id(),
        "no post, department or platform right covers category " + intake.category() + " in " + scope(intake, units));
  }

  /**
   * True when a post of {@code person} covers the case for {@code kind} ({@code null}: for revealing the
   * reporter) and, when a backup acts for the person, the staffing names the backup as acting on it.
   */
  private boolean anyPost(PersonId person, Actor actor, Case intake, List<HandlingUnit> units, CommandKind kind,
      LocalDateTime at) {
    List<Post> own = posts.get(person);
    if (own.isEmpty()) {
      return false;
    }
    GridCode intakeGrid = intakeGrid(intake.place());
    for (int i = 0; i < own.size(); i++) {
      Post post = own.get(i);
      if ((kind == null ? post.reveals : post.kinds.contains(kind)) && post.period.contains(at.toLocalDate())
          && (covers(post, intakeGrid) || coversAnyUnit(post, units)) && actsNow(post, actor, at)) {
        return true;
      }
    }
    return false;
  }

  private boolean actsNow(Post post, Actor actor, LocalDateTime at) {
    if (actor.actingFor().isEmpty()) {
      return true;
    }
    return staffing.whoActs(post.grid.code(), post.role, at).person().filter(actor.person()::equals).isPresent();
  }

  private boolean coversAnyUnit(Post post, List<HandlingUnit> units) {
    for (int i = 0; i < units.size(); i++) {
      HandlingUnit unit = units.get(i);
      if (unit.kind() == HandlingUnit.Kind.GRID && covers(post, GridCode.of(unit.id()))) {
        return true;
      }
    }
    return false;
  }

  private boolean covers(Post post, GridCode code) {
    if (code == null) {
      return false;
    }
    if (post.grid.code().equals(code)) {
      return true;
    }
    if (post.reach != Reach.SUBTREE) {
      return false;
    }
    Optional<Grid> grid = hierarchy.find(code);
    return grid.isPresent() && post.grid.isAncestorOf(grid.get());
  }

  private GridCode intakeGrid(CasePlace place) {
    if (place instanceof CasePlace.InGrid inGrid) {
      return inGrid.grid();
    }
    if (place instanceof CasePlace.AtPlace atPlace) {
      return hierarchy.place(atPlace.placeId()).map(Place::grid).orElse(null);
    }
    return null;
  }

  private boolean inDepartment(PersonId person, Case intake, List<HandlingUnit> units) {
    Optional<StaffMember> member = staffing.findMember(person);
    if (member.isEmpty() || member.get().department().isEmpty()) {
      return false;
    }
    String department = member.get().department().get().id();
    Optional<Subcategory> subcategory = catalogue.findSubcategory(intake.category());
    if (subcategory.isPresent() && subcategory.get().department().id().equals(department)) {
      return true;
    }
    for (int i = 0; i < units.size(); i++) {
      HandlingUnit unit = units.get(i);
      if (unit.kind() == HandlingUnit.Kind.DEPARTMENT && unit.id().equals(department)) {
        return true;
      }
    }
    return false;
  }

  private String scope(Case intake, List<HandlingUnit> units) {
    GridCode grid = intakeGrid(intake.place());
    return (grid == null ? "no known intake grid" : "grid " + grid) + (units.isEmpty() ? "" : ", units " + units);
  }

  private static void checkRole(Staffing staffing, RoleId role, String what) {
    if (!staffing.roles().contains(role)) {
      throw new CivicGridException(ErrorCode.INVALID_POLICY,
          what + " names role " + role + ", which role catalogue " + staffing.roles().id() + " lacks");
    }
  }

  /** Every assignment whose role the policy grants at its grid's level, or lets reveal, as posts by person. */
  private static ImmutableListMultimap<PersonId, Post> index(AccessPolicy policy, Staffing staffing) {
    ImmutableListMultimap.Builder<PersonId, Post> posts = ImmutableListMultimap.builder();
    for (Assignment assignment : staffing.assignments()) {
      Grid grid = staffing.hierarchy().get(assignment.grid());
      for (Grant grant : policy.grants()) {
        if (grant.role().equals(assignment.role()) && grant.level().equals(grid.level().id())) {
          posts.put(assignment.person(), new Post(grid, assignment.role(), assignment.period(), grant.reach(),
              EnumSet.copyOf(grant.kinds()), false));
        }
      }
      if (policy.revealRoles().contains(assignment.role())) {
        posts.put(assignment.person(), new Post(grid, assignment.role(), assignment.period(), Reach.SUBTREE,
            EnumSet.noneOf(CommandKind.class), true));
      }
    }
    return posts.build();
  }

  /** One assignment as the rights it carries; the kind set is never exposed, so its mutability is safe. */
  private record Post(Grid grid, RoleId role, Period period, Reach reach, EnumSet<CommandKind> kinds,
      boolean reveals) {}

  @Override
  public String toString() {
    return "Authorizer[" + policy + " over " + staffing + "]";
  }
}
