package org.civicgrid.routing.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.escalation.EscalationFixtures.PLATFORM;
import static org.civicgrid.routing.escalation.EscalationFixtures.POLICY;
import static org.civicgrid.routing.escalation.EscalationFixtures.RUNG_UNITS;
import static org.civicgrid.routing.escalation.EscalationFixtures.at;
import static org.civicgrid.routing.escalation.EscalationFixtures.dispute;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.IllegalTransitionException;
import org.civicgrid.routing.cases.Tier;
import org.junit.jupiter.api.Test;

/**
 * Two escalation checkers racing over one shared store of case files, which accepts a write only if
 * the file's version is still the one the writer read (the optimistic version of issue 5's case
 * store). Every rung must still fire exactly once.
 */
class ConcurrentCheckersTest {
  private static final Instant DISPATCHED = at("2025-09-26 10:00");
  private static final Instant END = at("2025-10-22 12:00");
  private static final int CASES = 4;

  /** Case files by id, replaced only by compare-and-set on the version. */
  private final ConcurrentMap<CaseId, CaseFile> store = new ConcurrentHashMap<>();

  private boolean write(CaseFile read, CaseFile next) {
    CaseFile[] won = new CaseFile[1];
    store.computeIfPresent(read.id(), (id, current) -> {
      if (current.version() != read.version()) {
        return current;
      }
      won[0] = next;
      return next;
    });
    return won[0] == next;
  }

  /** One checker: each hour, every case is read, checked and written back, retrying on a conflict. */
  private int runChecker(CyclicBarrier everyHour) throws Exception {
    EscalationCheck check = new EscalationCheck(POLICY, RUNG_UNITS, PLATFORM);
    int conflicts = 0;
    for (Instant now = DISPATCHED; !now.isAfter(END); now = now.plus(Duration.ofHours(1))) {
      everyHour.await(10, TimeUnit.SECONDS);
      for (CaseId id : store.keySet()) {
        while (true) {
          CaseFile read = store.get(id);
          List<CaseCommand> due = check.due(read.state(), now);
          if (due.isEmpty()) {
            break;
          }
          CaseFile next = read;
          for (CaseCommand command : due) {
            next = next.execute(command);
          }
          if (write(read, next)) {
            break;
          }
          conflicts++;
        }
      }
    }
    return conflicts;
  }

  @Test
  void twoCheckersOnASharedStoreFireEachRungExactlyOnce() throws Exception {
    for (int i = 0; i < CASES; i++) {
      CaseFile file = dispute("race-" + i, Tier.NETWORK, DISPATCHED);
      store.put(file.id(), file);
    }
    CyclicBarrier everyHour = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> a = threads.submit(() -> runChecker(everyHour));
      Future<Integer> b = threads.submit(() -> runChecker(everyHour));
      assertThat(a.get(2, TimeUnit.MINUTES) + b.get(2, TimeUnit.MINUTES)).isNotNegative();
    } finally {
      threads.shutdownNow();
    }
    CaseFile alone = dispute("race-0", Tier.NETWORK, DISPATCHED);
    for (Instant now = DISPATCHED; !now.isAfter(END); now = now.plus(Duration.ofHours(1))) {
      alone = EscalationFixtures.check(new EscalationCheck(POLICY, RUNG_UNITS, PLATFORM), alone, now);
    }
    for (CaseFile file : store.values()) {
      List<EscalationRung> rungs = file.log().stream().filter(e -> e.what() == CommandKind.ESCALATE)
          .map(e -> ((CaseCommand.Escalate) e.command()).rung()).toList();
      assertThat(rungs).as("%s", file.id()).containsExactly(EscalationRung.COMMUNITY, EscalationRung.SUBDISTRICT,
          EscalationRung.DISTRICT_CENTRE, EscalationRung.DEPARTMENT);
      assertThat(file.log().stream().map(CaseEvent::what).filter(k -> k == CommandKind.WARN)).hasSize(5);
      assertThat(CaseFile.replay(file.log()).state()).isEqualTo(file.state());
    }
    assertThat(store.get(CaseId.of("race-0")).log()).isEqualTo(alone.log());
  }

  @Test
  void theLoserOfARaceCannotApplyItsStaleEscalation() {
    CaseFile read = dispute("race-x", Tier.NETWORK, DISPATCHED);
    store.put(read.id(), read);
    EscalationCheck first = new EscalationCheck(POLICY, RUNG_UNITS, PLATFORM);
    EscalationCheck second = new EscalationCheck(POLICY, RUNG_UNITS, PLATFORM);
    Instant now = at("2025-09-28 18:00");
    CaseFile byFirst = read.execute(first.due(read.state(), now).get(0));
    CaseFile bySecond = read.execute(second.due(read.state(), now).get(0));

    assertThat(write(read, byFirst)).isTrue();
    assertThat(write(read, bySecond)).isFalse();
    CaseFile current = store.get(read.id());
    List<CaseCommand> again = second.due(current.state(), now);
    assertThat(again).isEmpty();
    assertThatThrownBy(() -> current.execute(bySecond.lastEvent().command()))
        .isInstanceOf(IllegalTransitionException.class);
  }
}
