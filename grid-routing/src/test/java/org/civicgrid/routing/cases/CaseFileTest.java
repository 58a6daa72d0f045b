package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.cases.CaseFixtures.DISPATCHER;
import static org.civicgrid.routing.cases.CaseFixtures.INSPECTOR;
import static org.civicgrid.routing.cases.CaseFixtures.LEADER;
import static org.civicgrid.routing.cases.CaseFixtures.LI_NA;
import static org.civicgrid.routing.cases.CaseFixtures.OPERATOR;
import static org.civicgrid.routing.cases.CaseFixtures.WATER;
import static org.civicgrid.routing.cases.CaseFixtures.WORKER;
import static org.civicgrid.routing.cases.CaseFixtures.fileIn;
import static org.civicgrid.routing.cases.CaseFixtures.next;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.staff.PersonId;
import org.junit.jupiter.api.Test;

class CaseFileTest {
  /** 22:40 in Chongqing (UTC+8). */
  private static final Instant NIGHT = Instant.parse("2024-07-12T14:40:00Z");

  @Test
  void theTongnanMainsBurstIsReportedAtNightFixedInTwoHoursAndRated() {
    Case burst = Case.builder(CaseId.of("tn-0712-001"))
        .category("04.01")
        .place(CasePlace.in(GridCode.of("500152100001")))
        .channel(Channel.GRID_GROUP)
        .reporter(Reporter.resident("陈建国", "13608321234"))
        .description("Water is gushing from the road outside the market, the street is flooding.")
        .attachments(List.of(URI.create("https://files.example.org/tn/0712/flood.mp4")))
        .urgency(Urgency.EMERGENCY)
        .tier(Tier.NETWORK)
        .build();
    Actor groupKeeper = Actor.of("tn-gw-031");
    Actor fitter = Actor.of("tn-water-07");
    CaseFile file = CaseFile.open(new CaseCommand.Report(groupKeeper, NIGHT, burst))
        .execute(new CaseCommand.Accept(OPERATOR, at(3)))
        .execute(new CaseCommand.File(LEADER, at(5)))
        .execute(new CaseCommand.Dispatch(DISPATCHER, at(8), List.of(WATER), Optional.of(fitter.person()),
            "pipe bursts go to the water utility (定人、定岗、定责)"))
        .execute(new CaseCommand.StartHandling(fitter, at(20)))
        .execute(new CaseCommand.ReportBack(fitter, at(128), "main valve closed, pipe section replaced",
            List.of(URI.create("https://files.example.org/tn/0712/fixed.jpg"))))
        .execute(new CaseCommand.PassCheck(groupKeeper, at(150)))
        .execute(new CaseCommand.Close(LEADER, at(160)))
        .execute(new CaseCommand.Rate(OPERATOR, at(60 * 24 * 2), 5, "fixed before morning"));

    CaseState state = file.state();
    assertThat(state.status()).isEqualTo(CaseStatus.RATED);
    Duration handling = Duration.between(state.steps().first(CaseStatus.DISPATCHED).orElseThrow(),
        state.steps().first(CaseStatus.HANDLED).orElseThrow());
    assertThat(handling).isEqualTo(Duration.ofHours(2));
    assertThat(state.leadUnit()).contains(WATER);
    assertThat(state.satisfaction()).hasValue(5);
    assertThat(file.log()).extracting(CaseEvent::who).containsExactly(groupKeeper.person(), OPERATOR.person(),
        LEADER.person(), DISPATCHER.person(), fitter.person(), fitter.person(), groupKeeper.person(),
        LEADER.person(), OPERATOR.person());
    assertThat(file.log().get(3).why()).isEqualTo("pipe bursts go to the water utility (定人、定岗、定责)");
    assertThat(CaseState.replay(file.log())).isEqualTo(state);
  }

  @Test
  void theChangyuanBlockedCarIsSolvedOnTheSpotByTheGridWorkerInTenMinutes() {
    Case car = Case.builder(CaseId.of("cy-0506-014"))
        .category("05.03")
        .place(CasePlace.place("changyuan-b3"))
        .channel(Channel.PATROL)
        .reporter(Reporter.staff(WORKER.person()))
        .description("A car blocks the fire lane at building 3.")
        .tier(Tier.GRID)
        .build();
    Instant found = CaseFixtures.MORNING;
    CaseFile file = CaseFile.open(new CaseCommand.Report(WORKER, found, car))
        .execute(new CaseCommand.HandleOnSpot(WORKER, found.plus(Duration.ofMinutes(10)),
            "found the owner through the building leader; car moved", List.of()))
        .execute(new CaseCommand.PassCheck(INSPECTOR, found.plus(Duration.ofMinutes(30))))
        .execute(new CaseCommand.Close(LEADER, found.plus(Duration.ofMinutes(40))));
    assertThat(file.state().status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(file.state().status().isClosed()).isTrue();
    assertThat(file.state().selfHandled()).isTrue();
    assertThat(file.state().dispatchedUnits()).isEmpty();
    assertThat(Duration.between(found, file.state().steps().first(CaseStatus.HANDLED).orElseThrow()))
        .isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aSecondReportOfTheSameMatterIsLinkedToTheOriginalInsteadOfOpened() {
    CaseFile original = fileIn(CaseStatus.DISPATCHED);
    CaseFile linked = original.execute(new CaseCommand.MeToo(OPERATOR, original.state().lastAt(), LI_NA,
        Channel.HOTLINE));
    assertThat(linked.state().status()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(linked.state().meToo()).isEqualTo(1);
    assertThat(linked.state().intake().reporter()).isEqualTo(CaseFixtures.ZHANG_WEI);
    CaseCommand.MeToo meToo = (CaseCommand.MeToo) linked.lastEvent().command();
    assertThat(meToo.reporter().revealPhone()).contains("13998765432");
    assertThat(linked.lastEvent().toString()).contains("ME_TOO DISPATCHED → DISPATCHED").doesNotContain("李娜");
    assertThat(meToo.toString()).contains("resident 李* 139****5432").doesNotContain("13998765432");
  }

  @Test
  void aCaseFoundToBeADuplicateEndsLinkedToTheOriginal() {
    CaseFile original = fileIn(CaseStatus.FILED);
    CaseFile second = CaseFile.open(new CaseCommand.Report(WORKER, original.state().lastAt(),
        Case.builder(CaseId.of("c-second")).category("05.03").place(CasePlace.place("changyuan-b3"))
            .channel(Channel.HOTLINE).reporter(LI_NA).description("Car in the fire lane, building 3.").build()));
    Instant at = second.state().lastAt().plusSeconds(120);
    second = second.execute(new CaseCommand.MarkDuplicate(OPERATOR, at, original.id(), "same car as " + original.id()));
    original = original.execute(new CaseCommand.MeToo(OPERATOR, at, second.state().intake().reporter(),
        second.state().intake().channel()));
    assertThat(second.state().status()).isEqualTo(CaseStatus.DUPLICATE);
    assertThat(second.state().duplicateOf()).contains(original.id());
    assertThat(original.state().meToo()).isEqualTo(1);
    assertThat(TransitionTable.standard().commandsIn(CaseStatus.DUPLICATE)).isEmpty();
  }

  @Test
  void executeLeavesTheFileItWasGivenAlone() {
    CaseFile filed = fileIn(CaseStatus.FILED);
    List<CaseEvent> before = List.copyOf(filed.log());
    CaseFile dispatched = filed.execute(next(filed, CommandKind.DISPATCH));
    assertThat(filed.log()).isEqualTo(before);
    assertThat(filed.state().status()).isEqualTo(CaseStatus.FILED);
    assertThat(dispatched.version()).isEqualTo(filed.version() + 1);
    assertThat(dispatched.lastEvent().what()).isEqualTo(CommandKind.DISPATCH);
    assertThatThrownBy(() -> filed.execute(next(filed, CommandKind.CLOSE)))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(filed.log()).isEqualTo(before);
  }

  @Test
  void storedEventsFollowAFileAsIfTheWholeLogWereReplayed() {
    CaseFile handling = fileIn(CaseStatus.HANDLING);
    CaseFile filed = CaseFile.replay(handling.log().subList(0, 3));

    CaseFile followed = filed.followedBy(handling.log().subList(3, 5));

    assertThat(followed.log()).isEqualTo(handling.log());
    assertThat(followed.state()).isEqualTo(handling.state()).isEqualTo(CaseState.replay(handling.log()));
  }

  @Test
  void eventsThatDoNotFollowTheFileAreRefusedAndTheFileIsUnchanged() {
    CaseFile handling = fileIn(CaseStatus.HANDLING);
    CaseFile filed = CaseFile.replay(handling.log().subList(0, 3));

    assertThatThrownBy(() -> filed.followedBy(handling.log().subList(4, 5)))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT))
        .hasMessageContaining("expected event #4 of case c-handling");
    assertThatThrownBy(() -> filed.followedBy(fileIn(CaseStatus.DISPATCHED).log().subList(3, 4)))
        .isInstanceOf(CivicGridException.class);
    assertThat(filed.version()).isEqualTo(3);
    assertThat(filed.log()).isEqualTo(handling.log().subList(0, 3));
  }

  @Test
  void eventsAfterAVersionAreTheTailOfTheLogWhetherOrNotTheLogWasMade() {
    CaseFile handling = fileIn(CaseStatus.HANDLING);
    CaseFile replayed = CaseFile.replay(handling.log());

    assertThat(fileIn(CaseStatus.HANDLING).eventsAfter(3)).isEqualTo(handling.log().subList(3, 5));
    assertThat(replayed.eventsAfter(0)).isEqualTo(handling.log());
    assertThat(replayed.eventsAfter(5)).isEmpty();
    assertThatThrownBy(() -> handling.eventsAfter(6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c-handling").hasMessageContaining("6");
    assertThatThrownBy(() -> handling.eventsAfter(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFileDerivesOnlyFromTheVeryFileItWasMadeFrom() {
    CaseFile filed = fileIn(CaseStatus.FILED);
    CaseFile dispatched = filed.execute(next(filed, CommandKind.DISPATCH));
    CaseFile equalCopy = CaseFile.replay(filed.log());

    assertThat(dispatched.derivesFrom(filed)).isTrue();
    assertThat(dispatched.derivesFrom(dispatched)).isTrue();
    assertThat(filed.followedBy(dispatched.eventsAfter(3)).derivesFrom(filed)).isTrue();
    assertThat(dispatched.derivesFrom(equalCopy)).isFalse();
    assertThat(filed.derivesFrom(dispatched)).isFalse();
  }

  @Test
  void replayCopiesTheLogItIsGiven() {
    List<CaseEvent> log = new ArrayList<>(fileIn(CaseStatus.HANDLING).log());
    CaseFile file = CaseFile.replay(log);
    log.clear();
    assertThat(file.log()).hasSize(5);
    assertThat(file.id()).isEqualTo(CaseId.of("c-handling"));
    assertThat(file.version()).isEqualTo(5);
    assertThat(file).hasToString("case c-handling HANDLING v5 [grid 210902001001, department water-utility]");
    assertThatThrownBy(() -> CaseFile.replay(null)).isInstanceOf(NullPointerException.class).hasMessage("log");
  }

  @Test
  void aBackupActingForTheGridWorkerIsInTheTrail() {
    CaseFile file = fileIn(CaseStatus.DISPATCHED);
    Actor backup = Actor.backupFor(PersonId.of("gw-018"), WORKER.person());
    file = file.execute(new CaseCommand.StartHandling(backup, file.state().lastAt()));
    assertThat(file.lastEvent().who()).isEqualTo(PersonId.of("gw-018"));
    assertThat(file.lastEvent().actingFor()).contains(WORKER.person());
    assertThat(file.lastEvent().toString()).contains("gw-018 for gw-017 START_HANDLING DISPATCHED → HANDLING");
  }

  private static Instant at(int minutesAfterReport) {
    return NIGHT.plus(Duration.ofMinutes(minutesAfterReport));
  }
}
