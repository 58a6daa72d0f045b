package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
 * grid and by person, so a query is one hash lookup plus a look at the few assignments of one grid or
 * one person, never a scan; {@link #whoActs}, asked once per routed case, reads a table by grid
 * position instead and allocates nothing but its answer. Everything is in the city's local civil time.
 * Immutable and thread-safe.
 */
public final class Staffing {
  private static final Logger LOG = LoggerFactory.getLogger(Staffing.class);

  private final GridHierarchy hierarchy;
  private final RoleCatalogue roles;
  private final ImmutableList<StaffMember> members;
  private final ImmutableList<Assignment> assignments;
  private final ImmutableList<Absence> absences;
  private final StaffingIndex index;
  private final PostTable posts;
  /** Explains a {@link #whoActs} answer when asked; one per snapshot, so an answer does not allocate it. */
  private final Function<Acting, String> explainer = this::explain;

  private Staffing(GridHierarchy hierarchy, RoleCatalogue roles, ImmutableList<StaffMember> members,
      ImmutableList<Assignment> assignments, ImmutableList<Absence> absences, StaffingIndex index) {
    this.hierarchy = hierarchy;
    this.roles = roles;
    this.members = members;
    this.assignments = assignments;
    this.absences = absences;
    this.index = index;
    this.posts = PostTable.of(hierarchy, index);
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
  public static StaffingBuilder builder(GridHierarchy hierarchy, RoleCatalogue roles) {
    return new StaffingBuilder(hierarchy, roles);
  }

  /** A builder holding everything in this staffing, to change much at once. */
  public StaffingBuilder toBuilder() {
    StaffingBuilder builder = builder(hierarchy, roles).members(members).assignAll(assignments).absences(absences);
    builder.previous = index;
    return builder;
  }

  /** This staffing with {@code member} added, or replacing the member with the same id (new contacts, say). */
  public Staffing with(StaffMember member) {
    checkNotNull(member, "member");
    StaffingBuilder changed = toBuilder();
    int at = members.indexOf(index.members.get(member.id()));
    if (at < 0) {
      changed.members.add(member);
    } else {
      changed.members.set(at, member);
    }
    return changed.build();
  }

  /**
   * This staffing with {@code assignment} added.
   *
   * @throws InvalidStaffingException naming the unknown grid, role, person or place, or the overlapping
   *     holder of a single-holder role
   */
  public Staffing with(Assignment assignment) {
    return toBuilder().assign(assignment).build();
  }

  /**
   * This staffing with {@code absence} added.
   *
   * @throws InvalidStaffingException when the absent person is not a staff member
   */
  public Staffing with(Absence absence) {
    return toBuilder().absence(absence).build();
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
    StaffingBuilder changed = toBuilder();
    changed.assignments.set(at, assignment.endingBefore(until));
    return changed.build();
  }

  /**
   * This staffing without {@code assignment}, as if it had never been made (a data-entry mistake).
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} when this staffing lacks the assignment
   */
  public Staffing without(Assignment assignment) {
    StaffingBuilder changed = toBuilder();
    changed.assignments.remove(indexOf(assignment));
    return changed.build();
  }

  /**
   * This staffing without {@code absence} (recorded by mistake, or to record a shorter one instead).
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} when this staffing lacks the absence
   */
  public Staffing without(Absence absence) {
    StaffingBuilder changed = toBuilder();
    if (!changed.absences.remove(checkNotNull(absence, "absence"))) {
      throw new CivicGridException(ErrorCode.NOT_FOUND, "absence " + absence + " is not in this staffing");
    }
    return changed.build();
  }

  public GridHierarchy hierarchy() {
    return hierarchy;
  }

  public RoleCatalogue roles() {
    return roles;
  }

  /** Every member, in the order added. */
  public ImmutableList<StaffMember> members() {
    return members;
  }

  public Optional<StaffMember> findMember(PersonId person) {
    return Optional.ofNullable(index.members.get(checkNotNull(person, "person")));
  }

  /**
   * The member with this id.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming the person
   */
  public StaffMember member(PersonId person) {
    StaffMember member = index.members.get(checkNotNull(person, "person"));
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
    checkKnown(role);
    return StaffingIndex.effective(postsOf(grid), role, date);
  }

  /**
   * Who held {@code role} in {@code grid} on {@code date}, in start order: "who was grid leader of X on
   * D". Periods are half-open, so on the day a post changes hands this is the successor.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming an unknown grid or role
   */
  public ImmutableList<PersonId> holders(GridCode grid, RoleId role, LocalDate date) {
    ImmutableList.Builder<PersonId> holders = ImmutableList.builderWithExpectedSize(2);
    assignments(grid, role, date).forEach(a -> holders.add(a.person()));
    return holders.build();
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
    return StaffingIndex.effective(index.assignmentsOf(person), null, date);
  }

  /**
   * Every grid {@code person} serves on {@code date}, by any role and link (a cadre's two 双报到 grids
   * included), in the order assigned.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming an unknown person
   */
  public ImmutableSet<GridCode> gridsOf(PersonId person, LocalDate date) {
    ImmutableSet.Builder<GridCode> grids = ImmutableSet.builder();
    assignmentsOf(person, date).forEach(a -> grids.add(a.grid()));
    return grids.build();
  }

  /** Every absence of {@code person}, in the order added. */
  public ImmutableList<Absence> absencesOf(PersonId person) {
    return ImmutableList.copyOf(index.absencesOf(checkNotNull(person, "person")));
  }

  /** The absence that keeps {@code person} away at {@code time}, if any (the first added when several do). */
  public Optional<Absence> absence(PersonId person, LocalDateTime time) {
    checkNotNull(time, "time");
    for (Absence absence : index.absencesOf(checkNotNull(person, "person"))) {
      if (absence.contains(time)) {
        return Optional.of(absence);
      }
    }
    return Optional.empty();
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
    int order = order(role);
    Acting acting = PostCover.whoActs(this, grid, hierarchy.get(checkNotNull(grid, "grid")), role, order, time);
    if (acting.basis() != Acting.Basis.PRIMARY && LOG.isDebugEnabled()) {
      LOG.debug("{} at {}: {} {}; acting member {}", role, grid, acting.basis(), acting.explanation(),
          acting.person().map(index.members::get).map(Object::toString).orElse("none"));
    }
    return acting;
  }

  /** {@code grid}'s posts, for {@link PostCover}. */
  PostTable.Post[] posts(Grid grid) {
    return posts.posts(grid);
  }

  Function<Acting, String> explainer() {
    return explainer;
  }

  private String explain(Acting acting) {
    return PostCover.explain(this, hierarchy.get(acting.grid()), acting.role(), order(acting.role()), acting.at());
  }

  private Team team(Grid grid, LocalDate date) {
    return new Team(grid, date, StaffingIndex.effective(index.posts(grid.code()), null, date));
  }

  /** {@code grid}'s assignments in team order, after checking that the hierarchy has the grid. */
  private List<Assignment> postsOf(GridCode grid) {
    List<Assignment> posts = index.byGrid.get(checkNotNull(grid, "grid"));
    if (posts == null) {
      hierarchy.get(grid);
      return ImmutableList.of();
    }
    return posts;
  }

  private void checkKnown(RoleId role) {
    roles.get(role);
  }

  /**
   * {@code role}'s place in the catalogue, which {@link PostTable} compares instead of ids.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming an unknown role
   */
  private int order(RoleId role) {
    int order = index.order(role);
    if (order == Integer.MAX_VALUE) {
      checkKnown(role); // every role of the catalogue has an order, so this throws, naming the role
    }
    return order;
  }

  private int indexOf(Assignment assignment) {
    int at = assignments.indexOf(checkNotNull(assignment, "assignment"));
    if (at < 0) {
      throw new CivicGridException(ErrorCode.NOT_FOUND, "assignment " + assignment + " is not in this staffing");
    }
    return at;
  }

  /** Indexes the data, checks it with the help of the index, and makes the snapshot or throws. */
  static Staffing build(GridHierarchy hierarchy, RoleCatalogue roles, List<StaffMember> members,
      List<Assignment> assignments, List<Absence> absences, StaffingIndex previous) {
    ImmutableList<StaffMember> memberList = ImmutableList.copyOf(members);
    ImmutableList<Assignment> assignmentList = ImmutableList.copyOf(assignments);
    ImmutableList<Absence> absenceList = ImmutableList.copyOf(absences);
    StaffingIndex index = StaffingIndex.of(hierarchy, roles, memberList, assignmentList, absenceList, previous);
    Report report = StaffingCheck.check(hierarchy, roles, index, assignmentList, absenceList);
    if (report.hasErrors()) {
      throw new InvalidStaffingException(report);
    }
    return new Staffing(hierarchy, roles, memberList, assignmentList, absenceList, index);
  }

  @Override
  public String toString() {
    return "Staffing[" + hierarchy.scheme().id() + " hierarchy of " + hierarchy.size() + " grids, catalogue "
        + roles.id() + ", " + members.size() + " members, " + assignments.size() + " assignments, "
        + absences.size() + " absences]";
  }
}
