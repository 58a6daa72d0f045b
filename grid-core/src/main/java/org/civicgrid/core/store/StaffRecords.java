package org.civicgrid.core.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.InvalidStaffingException;
import org.civicgrid.core.staff.RoleCatalogue;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;

/**
 * A territory's stored staff at one version: its role catalogue, members, assignments and absences,
 * exactly what {@link Staffing#of} needs besides the hierarchy. Records are data, not a checked
 * staffing; {@link #toStaffing} checks them. They are kept in key order — members by id, assignments
 * by {@link AssignmentKey}, absences by person and first moment — so the records two stores hold for
 * the same writes are equal, and the constructor sorts what it is given.
 *
 * <p>{@link #apply} is the reference behaviour of a {@link StaffStore#write}: a plugin's rows after a
 * write must load as the records {@code apply} returns. Immutable and thread-safe; {@code toString}
 * names counts only, never contacts.
 *
 * @param version the number of writes the territory has had, from 1
 * @param roles the territory's role catalogue, roles and duties in declared order
 */
public record StaffRecords(
    TerritoryId territory, long version, RoleCatalogue roles, ImmutableList<StaffMember> members,
    ImmutableList<Assignment> assignments, ImmutableList<Absence> absences) {
  /**
   * Sorts the members, assignments and absences into key order.
   *
   * @throws IllegalArgumentException when two members share an id, two assignments a key, or two
   *     absences a person and first moment
   */
  public StaffRecords {
    checkNotNull(territory, "territory");
    checkArgument(version >= 1, "territory %s: version %s of stored staff is not positive", territory, version);
    checkNotNull(roles, "roles");
    members = sortedUnique(territory, members, StaffMember::id, "member");
    assignments = sortedUnique(territory, assignments, AssignmentKey::of, "assignment");
    absences = sortedUnique(territory, absences, AbsenceKey::of, "absence");
  }

  /**
   * Records of these members, assignments and absences, in any order: how a plugin makes what it loaded.
   *
   * @throws IllegalArgumentException when two members share an id, two assignments a key, or two
   *     absences a person and first moment
   */
  public static StaffRecords of(TerritoryId territory, long version, RoleCatalogue roles,
      Collection<StaffMember> members, Collection<Assignment> assignments, Collection<Absence> absences) {
    return new StaffRecords(territory, version, roles, ImmutableList.copyOf(members),
        ImmutableList.copyOf(assignments), ImmutableList.copyOf(absences));
  }

  /**
   * The records of a territory's first write: {@code changes} applied to nothing, at version 1.
   *
   * @throws IllegalArgumentException when {@code changes} is empty or declares no role catalogue
   * @throws CivicGridException when a change cannot be applied ({@link StaffRecords#apply}); nothing is made
   */
  public static StaffRecords create(TerritoryId territory, List<StaffChange> changes) {
    checkNotNull(territory, "territory");
    return new StaffEdit(territory).apply(changes).records(1);
  }

  /**
   * These records with {@code changes} applied in order, at the next version. Changes are checked
   * against the records only, never against a hierarchy: references to unknown grids, roles or persons
   * are {@link Staffing}'s to find, so the order of changes within one write does not matter to them.
   *
   * @throws IllegalArgumentException when {@code changes} is empty
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming an assignment to end or remove, or
   *     an absence to remove, that is not stored; with {@link ErrorCode#ILLEGAL_CHANGE} naming an
   *     assignment whose key, or an absence whose person and first moment, is stored already. These
   *     records are unchanged.
   */
  public StaffRecords apply(List<StaffChange> changes) {
    return new StaffEdit(this).apply(changes).records(version + 1);
  }

  /**
   * The checked staffing of these records over {@code hierarchy}.
   *
   * @throws InvalidStaffingException with every finding, for example when {@code hierarchy} no longer has
   *     a grid the staff serve
   */
  public Staffing toStaffing(GridHierarchy hierarchy) {
    return Staffing.of(hierarchy, roles, members, assignments, absences);
  }

  /**
   * {@code items} in ascending order of their keys, each key once. Keys are made once per item, and
   * items that come sorted, as from a store or an edit, are not sorted again.
   */
  private static <T, K extends Comparable<? super K>> ImmutableList<T> sortedUnique(TerritoryId territory,
      List<T> items, Function<T, K> key, String what) {
    checkNotNull(items, what);
    List<Map.Entry<K, T>> keyed = new ArrayList<>(items.size());
    boolean sorted = true;
    for (T item : items) {
      K k = key.apply(checkNotNull(item, what));
      sorted = sorted && (keyed.isEmpty() || keyed.get(keyed.size() - 1).getKey().compareTo(k) < 0);
      keyed.add(Map.entry(k, item));
    }
    if (!sorted) {
      keyed.sort(Map.Entry.comparingByKey());
      for (int i = 1; i < keyed.size(); i++) {
        checkArgument(keyed.get(i - 1).getKey().compareTo(keyed.get(i).getKey()) != 0,
            "territory %s: %s %s appears twice", territory, what, keyed.get(i).getKey());
      }
    }
    ImmutableList.Builder<T> result = ImmutableList.builderWithExpectedSize(keyed.size());
    keyed.forEach(e -> result.add(e.getValue()));
    return result.build();
  }

  @Override
  public String toString() {
    return "StaffRecords[territory " + territory + ", version " + version + ", catalogue " + roles.id() + ", "
        + members.size() + " members, " + assignments.size() + " assignments, " + absences.size() + " absences]";
  }
}
