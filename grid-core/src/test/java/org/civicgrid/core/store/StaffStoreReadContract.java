package org.civicgrid.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.core.store.CompoundStaff.CHANGE_DAY;
import static org.civicgrid.core.store.CompoundStaff.COMPOUND;
import static org.civicgrid.core.store.CompoundStaff.JAN_1;
import static org.civicgrid.core.store.CompoundStaff.LIU_REGISTERS;
import static org.civicgrid.core.store.CompoundStaff.LI_LEADS;
import static org.civicgrid.core.store.CompoundStaff.WANG_FANG;
import static org.civicgrid.core.store.CompoundStaff.WANG_TRAINING;
import static org.civicgrid.core.store.CompoundStaff.WANG_WORKS_1;
import static org.civicgrid.core.store.CompoundStaff.WANG_WORKS_2;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_LEADS;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_MOBILE;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_WECHAT;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_WEI;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.spi.CapturedLog;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Contact;
import org.civicgrid.core.staff.ContactKind;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reading half of the staff-store conformance kit: what a store answers after it was written —
 * every field, pages in key order, histories, territories — and that contacts are stored raw but never
 * logged. Plugins subclass {@link StaffStoreContract}, which adds the writing half; this class only
 * keeps each half readable in one sitting. The staff are {@link CompoundStaff}.
 */
public abstract class StaffStoreReadContract extends StoreContract<Storage> {
  protected StaffStore store;

  @BeforeEach
  void openStore() {
    store = openTracked().staff();
  }

  /** A territory holding every record of {@link CompoundStaff}, at version 1. */
  protected final TerritoryId compound(String name) {
    TerritoryId id = territory(name);
    assertThat(store.write(id, 0, CompoundStaff.everything())).isEqualTo(1);
    return id;
  }

  /**
   * Writes {@code changes} and checks that the store then holds exactly what {@link StaffRecords#apply}
   * makes of what it held, at the next version: the yardstick of every write.
   */
  protected final StaffRecords assertWrites(TerritoryId id, StaffChange... changes) {
    StaffRecords before = store.load(id).orElseThrow();
    assertThat(store.write(id, before.version(), List.of(changes))).isEqualTo(before.version() + 1);
    StaffRecords after = before.apply(List.of(changes));
    assertThat(store.load(id)).contains(after);
    assertThat(store.version(id)).isEqualTo(after.version());
    return after;
  }

  @Test
  void keepsEveryFieldOfWhatWasWritten() {
    TerritoryId id = compound("haizhou");
    StaffRecords loaded = store.load(id).orElseThrow();

    assertThat(loaded).isEqualTo(StaffRecords.create(id, CompoundStaff.everything()));
    assertThat(loaded.roles().roles()).containsExactlyElementsOf(CompoundStaff.roles().roles());
    assertThat(loaded.absences()).contains(WANG_TRAINING);
    assertThat(store.member(id, ZHANG_WEI)).contains(CompoundStaff.members().get(0));
    assertThat(loaded.toStaffing(CompoundStaff.hierarchy()).holders(COMPOUND, Roles.GRID_LEADER.id(), CHANGE_DAY))
        .containsExactly(LI_LEADS.person());
  }

  @Test
  void aTerritoryWithNoStaffReadsEmpty() {
    TerritoryId id = territory("nowhere");
    assertThat(store.load(id)).isEmpty();
    assertThat(store.version(id)).isZero();
    assertThat(store.member(id, ZHANG_WEI)).isEmpty();
    assertThat(store.members(id, Optional.empty(), 10)).isEmpty();
    assertThat(store.assignments(id, Optional.empty(), 10)).isEmpty();
    assertThat(store.assignmentsOf(id, ZHANG_WEI)).isEmpty();
    assertThat(store.assignmentsIn(id, COMPOUND)).isEmpty();
    assertThat(store.absencesOf(id, ZHANG_WEI)).isEmpty();
  }

  @Test
  void pagesThroughALargeTerritoryInKeyOrder() {
    TerritoryId id = territory("county");
    List<StaffChange> changes = new ArrayList<>(List.of(new StaffChange.PutRoles(CompoundStaff.roles())));
    List<StaffMember> members = new ArrayList<>();
    List<Assignment> assignments = new ArrayList<>();
    for (int p = 599; p >= 0; p--) {
      members.add(StaffMember.builder(String.format("v-%04d", p), "志愿者" + p, Employment.VOLUNTEER).build());
    }
    for (int g = 299; g >= 0; g--) {
      for (int j = 0; j < 8; j++) {
        assignments.add(Assignment.of(members.get((g * 8 + j) % 600).id(),
            GridCode.of(COMPOUND.value() + String.format("%03d", g)), Roles.VOLUNTEER.id(), Period.from(JAN_1.plusDays(j))));
      }
    }
    members.forEach(m -> changes.add(new StaffChange.PutMember(m)));
    assignments.forEach(a -> changes.add(new StaffChange.Assign(a)));
    store.write(id, 0, changes);

    List<ImmutableList<Assignment>> assignmentPages =
        pages(1000, (after, limit) -> store.assignments(id, after, limit), AssignmentKey::of);
    assertThat(assignmentPages).extracting(List::size).containsExactly(1000, 1000, 400);
    assertThat(assignmentPages.stream().flatMap(List::stream))
        .containsExactlyElementsOf(assignments.stream().sorted(Comparator.comparing(AssignmentKey::of)).toList());
    List<ImmutableList<StaffMember>> memberPages =
        pages(250, (after, limit) -> store.members(id, after, limit), StaffMember::id);
    assertThat(memberPages).extracting(List::size).containsExactly(250, 250, 100);
    assertThat(memberPages.stream().flatMap(List::stream))
        .containsExactlyElementsOf(members.stream().sorted(Comparator.comparing(StaffMember::id)).toList());
    AssignmentKey neverStored = new AssignmentKey(GridCode.of(COMPOUND.value() + "150"), Roles.VOLUNTEER.id(),
        PersonId.of("a-removed"), Optional.empty(), JAN_1);
    assertThat(store.assignments(id, Optional.of(neverStored), 8)).extracting(a -> a.grid().value())
        .containsOnly(COMPOUND.value() + "150");
  }

  /** Every page of a listing, read as an application does until a short page. */
  private static <T, K> List<ImmutableList<T>> pages(int limit,
      BiFunction<Optional<K>, Integer, ImmutableList<T>> read, Function<T, K> key) {
    List<ImmutableList<T>> pages = new ArrayList<>();
    Optional<K> after = Optional.empty();
    ImmutableList<T> page;
    do {
      page = read.apply(after, limit);
      pages.add(page);
      after = page.isEmpty() ? after : Optional.of(key.apply(page.get(page.size() - 1)));
    } while (page.size() == limit);
    return pages;
  }

  @Test
  void answersTheHistoryOfAPersonAndOfAGrid() {
    TerritoryId id = compound("haizhou");
    Assignment before = Assignment.of(ZHANG_WEI, CompoundStaff.GRID_2, Roles.PART_TIME_WORKER.id(),
        Period.of(JAN_1.minusYears(2), JAN_1));
    assertWrites(id, new StaffChange.Assign(before));
    TerritoryId other = compound("xihe");
    assertWrites(other, new StaffChange.RemoveAssignment(AssignmentKey.of(ZHANG_LEADS)));

    assertThat(store.assignmentsOf(id, ZHANG_WEI)).containsExactly(before, ZHANG_LEADS);
    assertThat(store.assignmentsOf(id, WANG_FANG)).containsExactly(WANG_WORKS_1, WANG_WORKS_2);
    assertThat(store.assignmentsIn(id, COMPOUND)).containsExactly(ZHANG_LEADS, LIU_REGISTERS, LI_LEADS);
    assertThat(store.assignmentsIn(id, CompoundStaff.GRID_2))
        .containsExactly(before, WANG_WORKS_2, CompoundStaff.CHEN_AT_B3);
    assertThat(store.assignmentsOf(id, PersonId.of("nobody"))).isEmpty();
    assertThat(store.assignmentsIn(other, COMPOUND)).containsExactly(LIU_REGISTERS, LI_LEADS);
    assertThat(store.absencesOf(id, WANG_FANG)).containsExactly(WANG_TRAINING);
  }

  @Test
  void listsTerritoriesInPagesInOrder() {
    List<TerritoryId> written = new ArrayList<>();
    for (String name : List.of("e", "b", "d", "a", "c")) {
      written.add(compound(name));
    }
    List<TerritoryId> sorted = written.stream().sorted().toList();
    assertThat(store.territories(Optional.of(TerritoryId.of(prefix())), 3)).containsExactlyElementsOf(sorted.subList(0, 3));
    assertThat(store.territories(Optional.of(sorted.get(2)), 2)).containsExactlyElementsOf(sorted.subList(3, 5));
  }

  @Test
  void storesContactsRawButNeverLogsOrQuotesThem() {
    List<String> shown = new ArrayList<>();
    try (CapturedLog log = CapturedLog.start()) {
      TerritoryId id = compound("haizhou");
      assertThat(store.member(id, ZHANG_WEI).orElseThrow().contact(ContactKind.WECHAT).map(Contact::reveal))
          .contains(ZHANG_WECHAT);
      shown.add(store.load(id).orElseThrow().toString());
      shown.add(store.members(id, Optional.empty(), 10).toString());
      shown.add(failure(() -> store.write(id, 0, CompoundStaff.everything())));
      shown.add(failure(() -> store.write(id, 1, List.of(new StaffChange.PutMember(CompoundStaff.members().get(0)),
          new StaffChange.Assign(ZHANG_LEADS)))));
      shown.add(log.text());
    }
    assertThat(shown).noneMatch(s -> s.contains(ZHANG_MOBILE) || s.contains(ZHANG_WECHAT))
        .anyMatch(s -> s.contains(Contact.mobile(ZHANG_MOBILE).masked()));
  }

  private static String failure(Runnable write) {
    try {
      write.run();
    } catch (RuntimeException e) {
      return e.toString();
    }
    throw new AssertionError("the write should have been refused");
  }
}
