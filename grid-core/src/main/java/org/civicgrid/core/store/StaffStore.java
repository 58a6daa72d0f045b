package org.civicgrid.core.store;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.StaffMember;

/**
 * Stores each territory's staff — its role catalogue, staff members, assignments and absences — under
 * one optimistic version per territory. A write is a list of {@link StaffChange}s, applied in order,
 * all or none, and names the version it read; every write increases the version by exactly one, and a
 * write based on an older version fails with {@link VersionConflictException}.
 *
 * <p>The store stores; the domain checks. A store checks nothing against the grid hierarchy and no
 * references between its records (no foreign keys: a write may assign a person before it puts the
 * member), only what applying a change needs — the assignment or absence it names exists, or does not
 * yet. Write through {@link StaffingWrite}, which checks the territory's staff after the changes with
 * {@link org.civicgrid.core.staff.Staffing} before it writes, so a stored territory always loads.
 *
 * <p>Contact values are stored raw: the store is their system of record. Store {@code
 * contact.reveal()} and rebuild with {@code Contact.of(kind, raw)}; never log them or put them in a
 * message.
 *
 * <p>Reads of a territory with no staff stored are empty. Listings are in key order ({@link
 * StaffRecords}); a page names the last key of the previous one, so paging is stable under concurrent
 * writes (what changed meanwhile may or may not be seen). Implementations are safe for concurrent use;
 * they wrap their own failures in {@link CivicGridException} with {@link ErrorCode#STORAGE_FAILED}.
 */
public interface StaffStore {
  /** Everything stored for {@code territory}, if anything: what {@link StaffRecords#toStaffing} checks. */
  Optional<StaffRecords> load(TerritoryId territory);

  /** The stored version of {@code territory}, 0 when it has no staff stored: whether a loaded copy is current. */
  long version(TerritoryId territory);

  /**
   * Applies {@code changes} to {@code territory}'s staff in order, atomically, as {@link
   * StaffRecords#apply} does ({@link StaffRecords#create} for a new territory).
   *
   * @param expectedVersion the version read before the change; 0 when the territory must have no staff
   *     stored yet
   * @return the new version, {@code expectedVersion + 1}
   * @throws VersionConflictException when the stored version is not {@code expectedVersion}; nothing was
   *     written
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} or {@link ErrorCode#ILLEGAL_CHANGE} when a
   *     change cannot be applied (see {@link StaffRecords#apply}); nothing was written
   * @throws IllegalArgumentException when {@code changes} is empty, {@code expectedVersion} is negative, or
   *     it is 0 and no change declares the role catalogue ({@link StaffChange.PutRoles}); checked before
   *     the version
   */
  long write(TerritoryId territory, long expectedVersion, List<StaffChange> changes);

  /**
   * Removes a territory's staff entirely.
   *
   * @throws VersionConflictException when the stored version is not {@code expectedVersion} (0 when the
   *     territory has no staff stored)
   */
  void delete(TerritoryId territory, long expectedVersion);

  /**
   * Ids of territories with staff stored, ascending, strictly after {@code after} (empty for the first
   * page), at most {@code limit}; a page shorter than {@code limit} is the last.
   */
  ImmutableList<TerritoryId> territories(Optional<TerritoryId> after, int limit);

  /** The stored member with this id, if any: how a notifier finds whom to call. */
  Optional<StaffMember> member(TerritoryId territory, PersonId person);

  /** One page of the territory's members by id, strictly after {@code after}, at most {@code limit}. */
  ImmutableList<StaffMember> members(TerritoryId territory, Optional<PersonId> after, int limit);

  /**
   * One page of the territory's assignments in {@link AssignmentKey} order — grid by grid — strictly after
   * {@code after} (which need not be stored any more), at most {@code limit}.
   */
  ImmutableList<Assignment> assignments(TerritoryId territory, Optional<AssignmentKey> after, int limit);

  /** Every assignment {@code person} has ever held in the territory, ended ones too, by first day then key. */
  ImmutableList<Assignment> assignmentsOf(TerritoryId territory, PersonId person);

  /** Every assignment {@code grid} has ever had, ended ones too, by first day then key. */
  ImmutableList<Assignment> assignmentsIn(TerritoryId territory, GridCode grid);

  /** Every absence of {@code person} in the territory, by first moment. */
  ImmutableList<Absence> absencesOf(TerritoryId territory, PersonId person);
}
