package org.civicgrid.core.store;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.InvalidStaffingException;
import org.civicgrid.core.staff.RoleCatalogue;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A checked write of a territory's staff: collects {@link StaffChange}s against the records read at one
 * version, checks the staff they leave with {@link Staffing} over a grid hierarchy, and only then writes
 * them to a {@link StaffStore}. The store refuses the write unless it still holds the version read, so
 * what is stored is exactly what was checked, and a stored territory always loads.
 *
 * <pre>{@code
 * StaffRecords read = store.load(beipiao).orElseThrow();
 * StaffingWrite.Written written = StaffingWrite.on(read)
 *     .end(oldLeader, changeDay)
 *     .assign(Assignment.of(newLeader, grid, Roles.GRID_LEADER.id(), Period.from(changeDay)))
 *     .commit(store, hierarchy);
 * written.staffing().holders(grid, Roles.GRID_LEADER.id(), changeDay);   // [newLeader]
 * }</pre>
 *
 * On a {@link VersionConflictException}, load again and replay {@link #changes()} onto what was loaded
 * ({@code StaffingWrite.on(reloaded).changes(write.changes())}): changes are commands, not a snapshot,
 * so they usually still apply. Not thread-safe: one per unit of work.
 */
public final class StaffingWrite {
  private static final Logger LOG = LoggerFactory.getLogger(StaffingWrite.class);

  private final TerritoryId territory;
  private final Optional<StaffRecords> read;
  private final List<StaffChange> changes = new ArrayList<>();

  private StaffingWrite(TerritoryId territory, Optional<StaffRecords> read) {
    this.territory = territory;
    this.read = read;
  }

  /** A write of the territory whose staff were read as {@code read}. */
  public static StaffingWrite on(StaffRecords read) {
    checkNotNull(read, "read");
    return new StaffingWrite(read.territory(), Optional.of(read));
  }

  /** The first write of a territory with no staff stored yet, declaring its role catalogue. */
  public static StaffingWrite create(TerritoryId territory, RoleCatalogue roles) {
    checkNotNull(territory, "territory");
    return new StaffingWrite(territory, Optional.empty()).change(new StaffChange.PutRoles(roles));
  }

  /** Replaces the role catalogue (to add a city's own role, say). */
  public StaffingWrite roles(RoleCatalogue roles) {
    return change(new StaffChange.PutRoles(roles));
  }

  /** Adds {@code member}, or replaces the member with the same id. */
  public StaffingWrite put(StaffMember member) {
    return change(new StaffChange.PutMember(member));
  }

  public StaffingWrite assign(Assignment assignment) {
    return change(new StaffChange.Assign(assignment));
  }

  /** Ends {@code assignment} before {@code until}, the first day it no longer holds. */
  public StaffingWrite end(Assignment assignment, LocalDate until) {
    return change(new StaffChange.EndAssignment(AssignmentKey.of(assignment), until));
  }

  /** Removes {@code assignment} as if it had never been made (a data-entry mistake). */
  public StaffingWrite remove(Assignment assignment) {
    return change(new StaffChange.RemoveAssignment(AssignmentKey.of(assignment)));
  }

  public StaffingWrite add(Absence absence) {
    return change(new StaffChange.AddAbsence(absence));
  }

  public StaffingWrite remove(Absence absence) {
    return change(StaffChange.RemoveAbsence.of(absence));
  }

  public StaffingWrite change(StaffChange change) {
    changes.add(checkNotNull(change, "change"));
    return this;
  }

  /** Adds these changes in order: to replay a write that lost a race onto a fresh read. */
  public StaffingWrite changes(List<StaffChange> more) {
    checkNotNull(more, "changes").forEach(this::change);
    return this;
  }

  /** The changes so far, in order. */
  public ImmutableList<StaffChange> changes() {
    return ImmutableList.copyOf(changes);
  }

  public TerritoryId territory() {
    return territory;
  }

  /** The version this write expects the store to hold: the read's, or 0 for a new territory. */
  public long expectedVersion() {
    return read.map(StaffRecords::version).orElse(0L);
  }

  /**
   * The records this write leaves, not yet checked against a hierarchy.
   *
   * @throws CivicGridException when a change cannot be applied to the records read ({@link
   *     StaffRecords#apply})
   * @throws IllegalArgumentException when there are no changes
   */
  public StaffRecords apply() {
    return read.isPresent() ? read.get().apply(changes) : StaffRecords.create(territory, changes);
  }

  /**
   * The staffing this write leaves over {@code hierarchy}, checked; writes nothing.
   *
   * @throws InvalidStaffingException with every finding when the staff after the changes break a
   *     {@link org.civicgrid.core.staff.StaffingRule} — an assignment to an unknown grid or role,
   *     overlapping grid leaders, …
   * @throws CivicGridException when a change cannot be applied to the records read ({@link #apply})
   */
  public Staffing check(GridHierarchy hierarchy) {
    checkNotNull(hierarchy, "hierarchy");
    return apply().toStaffing(hierarchy);
  }

  /**
   * Checks this write over {@code hierarchy} ({@link #check}) and, if the staff it leaves are valid,
   * writes it to {@code store}.
   *
   * @return the records as now stored, at the next version, and their staffing
   * @throws InvalidStaffingException as {@link #check}; nothing was written
   * @throws VersionConflictException when someone wrote the territory since it was read; nothing was
   *     written
   */
  public Written commit(StaffStore store, GridHierarchy hierarchy) {
    checkNotNull(store, "store");
    checkNotNull(hierarchy, "hierarchy");
    StaffRecords after = apply();
    Staffing staffing = after.toStaffing(hierarchy);
    long version = store.write(territory, expectedVersion(), changes);
    LOG.debug("staff of territory {}: {} change(s) written as version {}", territory, changes.size(), version);
    return new Written(after, staffing);
  }

  /**
   * What a committed write left: the records as stored, to start the next write from, and their checked
   * staffing, to answer questions with. Immutable.
   */
  public record Written(StaffRecords records, Staffing staffing) {
    public Written {
      checkNotNull(records, "records");
      checkNotNull(staffing, "staffing");
    }
  }
}
