package org.civicgrid.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import static org.civicgrid.core.store.CompoundStaff.ZHANG_ON_LEAVE;
import static org.civicgrid.core.store.CompoundStaff.ZHANG_WEI;
import static org.civicgrid.core.store.CompoundStaff.ZHAO_AT_B1;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Contact;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link StaffStore}: every storage plugin subclasses it in a few lines and must
 * pass all of it, like {@link GridStoreContract}.
 *
 * <pre>{@code
 * class PostgresStaffStoreTest extends StaffStoreContract {
 *   protected Storage open() { return factory.create(config); }
 *   protected boolean isDurable() { return true; }
 * }
 * }</pre>
 *
 * <p>This half checks writing: each kind of change, the order of changes within a write, versions and
 * conflicts, writes refused whole, deletion, concurrent writers, durability and closing; it inherits the
 * reading half from {@link StaffStoreReadContract}. The yardstick is {@link StaffRecords#apply}: after
 * every write the store must load exactly the records {@code apply} makes of what it held. Tests never
 * clear the store: each works on territories with a fresh random prefix, so the kit runs against a
 * shared database too.
 */
public abstract class StaffStoreContract extends StaffStoreReadContract {
  private void assertRefused(TerritoryId id, ErrorCode code, String named, StaffChange... changes) {
    StaffRecords before = store.load(id).orElseThrow();
    assertThatThrownBy(() -> store.write(id, before.version(), List.of(changes)))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageContaining(named);
    assertThat(store.load(id)).contains(before);
  }

  @Test
  void eachWriteAppliesItsChangeAndAddsOneToTheVersion() {
    TerritoryId id = compound("haizhou");
    StaffMember zhang = store.member(id, ZHANG_WEI).orElseThrow();
    assertWrites(id, new StaffChange.PutMember(zhang.toBuilder().contacts(List.of(Contact.mobile("13700001111")))
        .notPartyMember().employment(Employment.FULL_TIME).build()));
    assertWrites(id, new StaffChange.EndAssignment(AssignmentKey.of(WANG_WORKS_2), LocalDate.of(2024, 10, 1)));
    assertWrites(id, new StaffChange.EndAssignment(AssignmentKey.of(ZHANG_LEADS), CHANGE_DAY.minusDays(10)));
    assertWrites(id, new StaffChange.RemoveAssignment(AssignmentKey.of(ZHAO_AT_B1)));
    assertWrites(id, new StaffChange.AddAbsence(Absence.days(WANG_FANG, JAN_1, JAN_1.plusDays(2), "sick leave")));
    assertWrites(id, StaffChange.RemoveAbsence.of(ZHANG_ON_LEAVE));
    assertWrites(id, new StaffChange.PutRoles(CompoundStaff.roles().plus(Roles.POWER_STAFF)));
    StaffRecords last = assertWrites(id, new StaffChange.Assign(
        Assignment.of(ZHANG_WEI, CompoundStaff.GRID_1, Roles.VOLUNTEER.id(), Period.from(CHANGE_DAY)).atPlace("B2")));
    assertThat(last.version()).isEqualTo(9);
  }

  @Test
  void appliesTheChangesOfOneWriteInOrder() {
    TerritoryId id = compound("haizhou");
    Assignment newcomer = Assignment.of(PersonId.of("fx-100"), COMPOUND, Roles.VOLUNTEER.id(), Period.from(JAN_1));
    Absence away = Absence.days(WANG_FANG, CHANGE_DAY, CHANGE_DAY.plusDays(1), "meeting");
    assertWrites(id,
        new StaffChange.Assign(newcomer),
        new StaffChange.PutMember(StaffMember.builder("fx-100", "孙浩", Employment.VOLUNTEER).build()),
        new StaffChange.EndAssignment(AssignmentKey.of(newcomer), CHANGE_DAY),
        new StaffChange.RemoveAssignment(AssignmentKey.of(LI_LEADS)),
        new StaffChange.Assign(LI_LEADS.withBackup(PersonId.of("fx-100"))),
        new StaffChange.AddAbsence(away),
        StaffChange.RemoveAbsence.of(away));
  }

  @Test
  void aStaleWriteConflictsAndChangesNothing() {
    TerritoryId id = compound("haizhou");
    StaffRecords theirs = assertWrites(id, new StaffChange.RemoveAssignment(AssignmentKey.of(ZHAO_AT_B1)));

    assertThatThrownBy(() -> store.write(id, 1, List.of(new StaffChange.EndAssignment(
        AssignmentKey.of(WANG_WORKS_1), CHANGE_DAY))))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.VERSION_CONFLICT);
          assertThat(e.expected()).isEqualTo(1);
          assertThat(e.actual()).isEqualTo(2);
        })
        .hasMessageContaining(id.value());
    assertThat(store.load(id)).contains(theirs);
  }

  @Test
  void theExpectedVersionSaysWhetherTheTerritoryMayExist() {
    TerritoryId id = compound("haizhou");
    assertThatThrownBy(() -> store.write(id, 0, CompoundStaff.everything()))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isEqualTo(1));
    TerritoryId missing = territory("missing");
    assertThatThrownBy(() -> store.write(missing, 1, List.of(new StaffChange.PutRoles(CompoundStaff.roles()))))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isZero());
    assertThat(store.load(missing)).isEmpty();
  }

  @Test
  void aWriteThatFailsPartWayAppliesNothing() {
    TerritoryId id = compound("haizhou");
    Assignment never = Assignment.of(ZHANG_WEI, COMPOUND, Roles.GRID_LEADER.id(), Period.from(JAN_1.minusYears(1)));
    StaffChange newMember = new StaffChange.PutMember(StaffMember.builder("fx-100", "孙浩", Employment.VOLUNTEER)
        .build());
    assertRefused(id, ErrorCode.NOT_FOUND, AssignmentKey.of(never).toString(),
        newMember, new StaffChange.RemoveAssignment(AssignmentKey.of(ZHAO_AT_B1)),
        new StaffChange.EndAssignment(AssignmentKey.of(never), JAN_1));
    assertThat(store.member(id, PersonId.of("fx-100"))).isEmpty();
    assertWrites(id, newMember);
  }

  @Test
  void refusesChangesThatCannotBeApplied() {
    TerritoryId id = compound("haizhou");
    AssignmentKey unknown = AssignmentKey.of(WANG_WORKS_1.atPlace("B2"));
    assertRefused(id, ErrorCode.ILLEGAL_CHANGE, AssignmentKey.of(LI_LEADS).toString(),
        new StaffChange.Assign(LI_LEADS.withLink(LIU_REGISTERS.link())));
    assertRefused(id, ErrorCode.ILLEGAL_CHANGE, ZHANG_WEI.value(), new StaffChange.AddAbsence(
        Absence.openEnded(ZHANG_WEI, ZHANG_ON_LEAVE.from(), "another reason")));
    assertRefused(id, ErrorCode.NOT_FOUND, unknown.toString(), new StaffChange.RemoveAssignment(unknown));
    assertRefused(id, ErrorCode.NOT_FOUND, unknown.toString(), new StaffChange.EndAssignment(unknown, CHANGE_DAY));
    assertRefused(id, ErrorCode.NOT_FOUND, WANG_FANG.value(),
        new StaffChange.RemoveAbsence(WANG_FANG, WANG_TRAINING.from().withNano(0)));
  }

  @Test
  void aFirstWriteDeclaresTheRolesAndNoWriteIsEmpty() {
    TerritoryId id = territory("haizhou");
    List<StaffChange> withoutRoles = CompoundStaff.everything().subList(1, CompoundStaff.everything().size());
    assertThatThrownBy(() -> store.write(id, 0, withoutRoles)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(id.value()).hasMessageContaining("PutRoles");
    assertThatThrownBy(() -> store.write(id, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.load(id)).isEmpty();
    compound("haizhou");
    assertThatThrownBy(() -> store.write(id, 1, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.version(id)).isEqualTo(1);
  }

  @Test
  void deletesWithTheCurrentVersionOnly() {
    TerritoryId id = compound("haizhou");
    assertWrites(id, StaffChange.RemoveAbsence.of(WANG_TRAINING));

    assertThatThrownBy(() -> store.delete(id, 1))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isEqualTo(2));
    assertThat(store.load(id)).isPresent();
    store.delete(id, 2);
    assertThat(store.load(id)).isEmpty();
    assertThat(store.version(id)).isZero();
    assertThat(store.territories(Optional.of(TerritoryId.of(prefix())), 10)).doesNotContain(id);
    assertThatThrownBy(() -> store.delete(id, 2))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isZero());
    assertThat(store.write(id, 0, CompoundStaff.everything())).as("a deleted territory starts again").isEqualTo(1);
  }

  @Test
  void ofTwoWritersOfOneVersionExactlyOneWins() throws Exception {
    TerritoryId id = compound("contended");
    int rounds = 20;
    CyclicBarrier step = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Callable<List<Boolean>>> writers = new ArrayList<>();
    for (String name : List.of("张伟", "张卫")) {
      writers.add(() -> {
        List<Boolean> won = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
          step.await();
          long read = store.version(id);
          StaffMember renamed = StaffMember.builder(ZHANG_WEI.value(), name + round, Employment.PART_TIME).build();
          step.await();
          try {
            store.write(id, read, List.of(new StaffChange.PutMember(renamed)));
            won.add(true);
          } catch (VersionConflictException e) {
            won.add(false);
          }
          step.await();
        }
        return won;
      });
    }
    List<List<Boolean>> results = new ArrayList<>();
    try {
      for (Future<List<Boolean>> result : pool.invokeAll(writers, 2, TimeUnit.MINUTES)) {
        results.add(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    for (int round = 0; round < rounds; round++) {
      assertThat(results.get(0).get(round)).as("round %s", round).isNotEqualTo(results.get(1).get(round));
    }
    assertThat(store.version(id)).isEqualTo(1 + rounds);
    String winner = results.get(0).get(rounds - 1) ? "张伟" : "张卫";
    assertThat(store.member(id, ZHANG_WEI).orElseThrow().name()).isEqualTo(winner + (rounds - 1));
  }

  @Test
  void concurrentWritersWhoRetryNeverLoseAChange() throws Exception {
    TerritoryId id = compound("contended");
    int writers = 4;
    int absencesEach = 10;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      LocalDateTime day = LocalDateTime.of(2025, 1 + w, 1, 8, 0);
      tasks.add(() -> {
        for (int done = 0; done < absencesEach; ) {
          StaffRecords read = store.load(id).orElseThrow();
          Absence absence = Absence.of(ZHANG_WEI, day.plusDays(done), day.plusDays(done).plusHours(2), "meeting");
          try {
            store.write(id, read.version(), List.of(new StaffChange.AddAbsence(absence)));
            done++;
          } catch (VersionConflictException e) {
            // another writer came first: read again and retry, as an application does
          }
        }
        return null;
      });
    }
    try {
      for (Future<Void> f : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.absencesOf(id, ZHANG_WEI)).hasSize(1 + writers * absencesEach);
    assertThat(store.version(id)).isEqualTo(1 + writers * absencesEach);
  }

  @Test
  void whatWasWrittenSurvivesReopeningExactlyWhenDurable() throws Exception {
    TerritoryId id = compound("haizhou");
    StaffRecords written = assertWrites(id, new StaffChange.EndAssignment(AssignmentKey.of(WANG_WORKS_2), CHANGE_DAY));
    closeAll();

    StaffStore reopened = openTracked().staff();
    if (isDurable()) {
      assertThat(reopened.load(id)).contains(written);
      assertThat(reopened.write(id, 2, List.of(StaffChange.RemoveAbsence.of(WANG_TRAINING)))).isEqualTo(3);
    } else {
      assertThat(reopened.load(id)).isEmpty();
    }
  }

  @Test
  void aClosedStorageRefusesWork() {
    Storage storage = openTracked();
    StaffStore staff = storage.staff();
    storage.close();
    storage.close();
    TerritoryId id = territory("x");
    assertThatThrownBy(() -> staff.load(id)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> staff.write(id, 0, CompoundStaff.everything())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> staff.assignments(id, Optional.empty(), 10)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> staff.assignmentsOf(id, ZHANG_WEI)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(storage::staff).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesNullsAndBadArguments() {
    TerritoryId id = compound("haizhou");
    List<ThrowingCallable> nulls = List.of(() -> store.load(null), () -> store.write(null, 0, List.of()),
        () -> store.write(id, 1, null), () -> store.member(id, null), () -> store.assignmentsOf(id, null),
        () -> store.assignmentsIn(id, null), () -> store.absencesOf(id, null),
        () -> store.members(id, null, 10));
    nulls.forEach(call -> assertThatThrownBy(call).isInstanceOf(NullPointerException.class));
    List<ThrowingCallable> bad = List.of(() -> store.write(id, -1, CompoundStaff.everything()),
        () -> store.members(id, Optional.empty(), 0), () -> store.assignments(id, Optional.empty(), -1),
        () -> store.territories(Optional.empty(), 0));
    bad.forEach(call -> assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class));
    assertThat(store.version(id)).isEqualTo(1);
  }}
