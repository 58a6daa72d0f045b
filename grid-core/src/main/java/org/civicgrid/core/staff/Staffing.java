package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.scheme.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who serves which grid, in which role, on which days: staff members, their {@link Assignment}s and
 * {@link Absence}s over one {@link GridHierarchy} and one {@link RoleCatalogue}, as an immutable,
 * validated snapshot that answers questions at any date — "who was grid leader of X on D"
 * ({@link #holders}), "all grids P serves" ({@link #gridsOf}), "every grid at level L with its team"
 * ({@link #teams}), "who acts now" ({@link #whoActs}).
 *
 * <p>Building checks every {@link StaffingRule} and either makes the snapshot or throws {@link
 * InvalidStaffingException} with every finding. Changes ({@link #with(Assignment)}, {@link #ending},
 * …) return a new snapshot, checked the same way, and leave this one as it was; each copies the
 * snapshot, O(n), so make many changes at once through {@link #toBuilder()}. Assignments are indexed by
 * grid and role and by person, so queries are hash lookups plus a look at the few assignments of one
 * post or one person. Everything is in the city's local civil time. Immutable and thread-safe.
 */
public final class Staffing {
  private static final Logger LOG = LoggerFactory.getLogger(Staffing.class);

  private final GridHierarchy hierarchy;
  private final RoleCatalogue roles;
  private final ImmutableMap<PersonId, StaffMember> members;
  private final ImmutableList<Assignment> assignments;
  private final ImmutableList<Absence> absences;
  private final StaffingIndex index;

  private Staffing(GridHierarchy hierarchy, RoleCatalogue roles, List<StaffMember> members,
      List<Assignment> assignments, List<Absence> absences, StaffingIndex previous) {
    this.hierarchy = hierarchy;
    this.roles = roles;
    this.members = members.stream().collect(ImmutableMap.toImmutableMap(StaffMember::id, m -> m));
    this.assignments = ImmutableList.copyOf(assignments);
    this.absences = ImmutableList.copyOf(absences);
    this.index = StaffingIndex.of(hierarchy, roles, this.assignments, this.absences, previous);
  }

  /**
   * The staffing of these members, assignments and absences.
   *
   * @throws InvalidStaffingException with every finding when any {@link StaffingRule} is broken
   */
  public static Staffing of(GridHierarchy hierarchy, RoleCatalogue roles, Collection<StaffMember> members,
      Collection<Assignment> assignments, Collection<Absence> absences) {
    return builder(hierarchy, roles).members(members).assignAll(assignments).absences(absences).build();
  }

  /** Starts an empty staffing of {@code hierarchy}'s grids with the roles of {@code roles}. */
  public static Builder builder(GridHierarchy hierarchy, RoleCatalogue roles) {
    return new Builder(hierarchy, roles);
  }

  /** A builder holding everything in this staffing, to change much at once. */
  public Builder toBuilder() {
    return builder(hierarchy, roles).members(members.values()).assignAll(assignments).absences(absences);
  }

  /** This staffing with {@code member} added, or replacing the member with the same id (new contacts, say). */
  public Staffing with(StaffMember member) {
    checkNotNull(member, "member");
    Map<PersonId, StaffMember> changed = new LinkedHashMap<>(members);
    changed.put(member.id(), member);
    return rebuilt(List.copyOf(changed.values()), assignments, absences);
  }

  /**
   * This staffing with {@code assignment} added.
   *
   * @throws InvalidStaffingException naming the unknown grid, role, person or place, or the overlapping
   *     holder of a single-holder role
   */
  public Staffing with(Assignment assignment) {
    checkNotNull(assignment, "assignment");
    return rebuilt(members.values().asList(),
        ImmutableList.<Assignment>builder().addAll(assignments).add(assignment).build(), absences);
  }

  /**
   * This staffing with {@code absence} added.
   *
   * @throws InvalidStaffingException when the absent person is not a staff member
   */
  public Staffing with(Absence absence) {
    checkNotNull(absence, "absence");
    return rebuilt(members.values().asList(), assignments,
        ImmutableList.<Absence>builder().addAll(absences).add(absence).build());
  }

  /**
   * This staffing with {@code assignment} ending before {@code until}, the first day it no longer holds
   * — the successor's first day when a post changes hands. Lengthening a period is checked like any
   * change.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} when this staffing lacks the assignment
   * @throws IllegalArgumentException when {@code until} is not after the assignment's start; remove it
   *     with {@link #without(Assignment)} instead
   */
  public Staffing ending(Assignment assignment, LocalDate until) {
    checkNotNull(until, "until");
    int at = indexOf(assignment);
    checkArgument(until.isAfter(assignment.period().from()),
        "%s cannot end before %s, which is not after its start; remove it instead", assignment, until);
    List<Assignment> changed = new ArrayList<>(assignments);
    changed.set(at, assignment.endingBefore(until));
    return rebuilt(members.values().asList(), changed, absences);
  }

  /**
   * This staffing without {@code assignment}, as if it had never been made (a data-entry mistake).
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} when this staffing lacks the assignment
   */
  public Staffing without(Assignment assignment) {
    List<Assignment> changed = new ArrayList<>(assignments);
    changed.remove(indexOf(assignment));
    return rebuilt(members.values().asList(), changed, absences);
  }

  /**
   * This staffing without {@code absence} (recorded by mistake, or to record a shorter one instead).
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} when this staffing lacks the absence
   */
  public Staffing without(Absence absence) {
    checkNotNull(absence, "absence");
    List<Absence> changed = new ArrayList<>(absences);
    if (!changed.remove(absence)) {
      throw new CivicGridException(ErrorCode.NOT_FOUND, "absence " + absence + " is not in this staffing");
    }
    return rebuilt(members.values().asList(), assignments, changed);
  }

  public GridHierarchy hierarchy() {
    return hierarchy;
  }

  public RoleCatalogue roles() {
    return roles;
  }

  /** Every member, in the order added. */
  public ImmutableList<StaffMember> members() {
    return members.values().asList();
  }

  public Optional<StaffMember> findMember(PersonId person) {
    return Optional.ofNullable(members.get(person));
  }

  /**
   * The member with this id.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming the person
   */
  public StaffMember member(PersonId person) {
    StaffMember member = members.get(checkNotNull(person, "person"));
    if (member == null) {
      throw new CivicGridException(ErrorCode.NOT_FOUND, "no staff member " + person);
    }
    return member;
  }

  /** Every assignment, past, current and future, in the order added. */
  public ImmutableList<Assignment> assignments() {
    return assignments;
  }

  /** Every absence, in the order added. */
  public ImmutableList<Absence> absences() {
    return absences;
  }

  /**
   * The assignments of {@code role} in {@code grid} effective on {@code date}, in start order.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming an unknown grid or role
   */
  public ImmutableList<Assignment> assignments(GridCode grid, RoleId role, LocalDate date) {
    checkNotNull(date, "date");
    return postsOf(grid).get(knownRole(role)).stream().filter(a -> a.isEffectiveOn(date))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Who held {@code role} in {@code grid} on {@code date}, in start order: "who was grid leader of X on
   * D". Periods are half-open, so on the day a post changes hands this is the successor.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming an unknown grid or role
   */
  public ImmutableList<PersonId> holders(GridCode grid, RoleId role, LocalDate date) {
    return assignments(grid, role, date).stream().map(Assignment::person).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@code grid}'s team on {@code date}.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming an unknown grid
   */
  public Team team(GridCode grid, LocalDate date) {
    return team(hierarchy.get(checkNotNull(grid, "grid")), checkNotNull(date, "date"));
  }

  /**
   * Every grid of {@code level} with its team on {@code date}, depth-first; grids nobody serves have an
   * empty team. The level is matched by id.
   *
   * @throws IllegalArgumentException when the hierarchy's scheme has no level with that id
   */
  public ImmutableList<Team> teams(Level level, LocalDate date) {
    checkNotNull(date, "date");
    String id = hierarchy.scheme().level(checkNotNull(level, "level").id()).id();
    return index.gridsByLevel.get(id).stream().map(g -> team(g, date)).collect(ImmutableList.toImmutableList());
  }

  /**
   * What {@code person} holds on {@code date}, in every grid and by every link, in the order added.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming an unknown person
   */
  public ImmutableList<Assignment> assignmentsOf(PersonId person, LocalDate date) {
    checkNotNull(date, "date");
    member(person);
    return index.byPerson.get(person).stream().filter(a -> a.isEffectiveOn(date))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every grid {@code person} serves on {@code date}, by any role and link (a cadre's two 双报到 grids
   * included), in the order assigned.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming an unknown person
   */
  public ImmutableSet<GridCode> gridsOf(PersonId person, LocalDate date) {
    return assignmentsOf(person, date).stream().map(Assignment::grid).collect(ImmutableSet.toImmutableSet());
  }

  /** Every absence of {@code person}, in the order added. */
  public ImmutableList<Absence> absencesOf(PersonId person) {
    return index.absencesByPerson.get(checkNotNull(person, "person"));
  }

  /** The absence that keeps {@code person} away at {@code time}, if any (the first added when several do). */
  public Optional<Absence> absence(PersonId person, LocalDateTime time) {
    checkNotNull(time, "time");
    return absencesOf(person).stream().filter(a -> a.contains(time)).findFirst();
  }

  public boolean isAbsent(PersonId person, LocalDateTime time) {
    return absence(person, time).isPresent();
  }

  /**
   * Who acts as {@code role} of {@code grid} at {@code time}: a present holder; else the present backup
   * named by a holder (AB岗); else the present holder of the role in the parent grid, or that holder's
   * backup; else nobody. See {@link Acting} for the answer and its explanation.
   *
   * <p>Cover goes one level up and no further: a grid's post is covered by its own backup or by the
   * same post of the grid directly above (the community's grid leader stands in for a building grid's).
   * Beyond that, the matter is no longer cover but escalation, which the case engine decides along its
   * ladder; a {@link Acting.Basis#NOBODY} answer tells it so, with who was passed over and why. Among
   * several holders of a role (volunteers), the earliest appointed present one acts.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming an unknown grid or role
   */
  public Acting whoActs(GridCode grid, RoleId role, LocalDateTime time) {
    checkNotNull(time, "time");
    Acting acting = PostCover.whoActs(this, hierarchy.get(checkNotNull(grid, "grid")), knownRole(role), time);
    if (acting.basis() != Acting.Basis.PRIMARY && LOG.isDebugEnabled()) {
      LOG.debug("{} at {}: {} {}; acting member {}", role, grid, acting.basis(), acting.explanation(),
          acting.person().map(members::get).map(Object::toString).orElse("none"));
    }
    return acting;
  }

  private Team team(Grid grid, LocalDate date) {
    return new Team(grid, date, postsOf(grid.code()).values().stream().filter(a -> a.isEffectiveOn(date))
        .collect(ImmutableList.toImmutableList()));
  }

  private ImmutableListMultimap<RoleId, Assignment> postsOf(GridCode grid) {
    ImmutableListMultimap<RoleId, Assignment> posts = index.byGrid.get(checkNotNull(grid, "grid"));
    if (posts == null) {
      hierarchy.get(grid);
      return ImmutableListMultimap.of();
    }
    return posts;
  }

  private RoleId knownRole(RoleId role) {
    return roles.get(role).id();
  }

  private int indexOf(Assignment assignment) {
    int at = assignments.indexOf(checkNotNull(assignment, "assignment"));
    if (at < 0) {
      throw new CivicGridException(ErrorCode.NOT_FOUND, "assignment " + assignment + " is not in this staffing");
    }
    return at;
  }

  private Staffing rebuilt(List<StaffMember> members, List<Assignment> assignments, List<Absence> absences) {
    return build(hierarchy, roles, members, assignments, absences, index);
  }

  private static Staffing build(GridHierarchy hierarchy, RoleCatalogue roles, List<StaffMember> members,
      List<Assignment> assignments, List<Absence> absences, StaffingIndex previous) {
    Report report = StaffingCheck.check(hierarchy, roles, members, assignments, absences);
    if (report.hasErrors()) {
      throw new InvalidStaffingException(report);
    }
    return new Staffing(hierarchy, roles, members, assignments, absences, previous);
  }

  @Override
  public String toString() {
    return "Staffing[" + hierarchy.scheme().id() + " hierarchy of " + hierarchy.size() + " grids, catalogue "
        + roles.id() + ", " + members.size() + " members, " + assignments.size() + " assignments, "
        + absences.size() + " absences]";
  }

  /** Collects members, assignments and absences, then checks and builds the staffing. Not thread-safe. */
  public static final class Builder {
    private final GridHierarchy hierarchy;
    private final RoleCatalogue roles;
    private final List<StaffMember> members = new ArrayList<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<Absence> absences = new ArrayList<>();

    private Builder(GridHierarchy hierarchy, RoleCatalogue roles) {
      this.hierarchy = checkNotNull(hierarchy, "hierarchy");
      this.roles = checkNotNull(roles, "roles");
    }

    public Builder member(StaffMember member) {
      members.add(checkNotNull(member, "member"));
      return this;
    }

    public Builder members(Iterable<StaffMember> members) {
      members.forEach(this::member);
      return this;
    }

    public Builder assign(Assignment assignment) {
      assignments.add(checkNotNull(assignment, "assignment"));
      return this;
    }

    public Builder assignAll(Iterable<Assignment> assignments) {
      assignments.forEach(this::assign);
      return this;
    }

    public Builder absence(Absence absence) {
      absences.add(checkNotNull(absence, "absence"));
      return this;
    }

    public Builder absences(Iterable<Absence> absences) {
      absences.forEach(this::absence);
      return this;
    }

    /** Every finding of what has been added so far. */
    public Report validate() {
      return StaffingCheck.check(hierarchy, roles, members, assignments, absences);
    }

    /** @throws InvalidStaffingException with every finding when any {@link StaffingRule} is broken */
    public Staffing build() {
      return Staffing.build(hierarchy, roles, List.copyOf(members), List.copyOf(assignments),
          List.copyOf(absences), null);
    }
  }
}
