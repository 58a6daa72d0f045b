package org.civicgrid.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.routing.engine.EngineFixtures.BUILDING_GRID;
import static org.civicgrid.routing.engine.EngineFixtures.COMMUNITY;
import static org.civicgrid.routing.engine.EngineFixtures.DISTRICT_CENTRE;
import static org.civicgrid.routing.engine.EngineFixtures.HOUSING;
import static org.civicgrid.routing.engine.EngineFixtures.JUSTICE;
import static org.civicgrid.routing.engine.EngineFixtures.LIU_YANG;
import static org.civicgrid.routing.engine.EngineFixtures.OPERATOR;
import static org.civicgrid.routing.engine.EngineFixtures.SUBDISTRICT_CENTRE;
import static org.civicgrid.routing.engine.EngineFixtures.WATER;
import static org.civicgrid.routing.engine.EngineFixtures.ZHANG_WEI;
import static org.civicgrid.routing.engine.EngineFixtures.at;
import static org.civicgrid.routing.engine.EngineFixtures.dateOf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.CapturedLog;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.routing.access.AccessDeniedException;
import org.civicgrid.routing.access.Authorizer;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.IllegalTransitionException;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.cases.Tier;
import org.civicgrid.routing.dispatch.RoutingDecision.Outcome;
import org.civicgrid.routing.dispatch.UnknownCategoryException;
import org.civicgrid.routing.engine.EngineFixtures.RacingStorage;
import org.civicgrid.routing.engine.EngineFixtures.RecordingNotifier;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationDispatcher;
import org.civicgrid.routing.notify.RetryPolicy;
import org.civicgrid.routing.notify.VirtualClock;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.InMemoryCaseStorageFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The seeds' cases, end to end through the engine on the in-memory storage with a virtual clock. */
class CaseEngineTest {
  private static final Actor LIU_YANG_ACTOR = Actor.of(LIU_YANG);

  private final CaseStorage storage = new InMemoryCaseStorageFactory().create(Config.empty());
  private final RecordingNotifier notifier = new RecordingNotifier();

  @AfterEach
  void close() {
    storage.close();
  }

  @Test
  void tongnanBurstMainReportedAtNightGoesToTheWaterUtilityIsFixedInTwoHoursAndRated() {
    VirtualClock clock = new VirtualClock(at("2025-03-17 23:40"));
    CaseEngine engine = EngineFixtures.engine(storage, clock);
    Case burst = Case.builder(CaseId.of("tn-0317-001")).category("0401").place(CasePlace.in(BUILDING_1))
        .channel(Channel.GRID_GROUP).reporter(Reporter.resident("李桂芳", "13800002222"))
        .description("水管爆了，楼下在冒水").build();

    Reported reported = engine.report(burst, Actor.of(LIU_YANG));
    Actor water = Actor.of("ws-duty-01");
    CaseId id = burst.id();
    engine.execute(id, new CaseCommand.StartHandling(water, at("2025-03-17 23:55")));
    engine.execute(id, new CaseCommand.ReportBack(water, at("2025-03-18 01:40"), "main repaired, supply back",
        List.of()));
    engine.execute(id, new CaseCommand.PassCheck(LIU_YANG_ACTOR, at("2025-03-18 02:00")));
    engine.execute(id, new CaseCommand.Close(OPERATOR, at("2025-03-18 08:40")));
    CaseFile done = engine.execute(id, new CaseCommand.Rate(OPERATOR, at("2025-03-18 10:00"), 5, "满意"));

    assertThat(reported.routing().outcome()).isEqualTo(Outcome.DEPARTMENT);
    assertThat(reported.file().state().status()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(done.state().status()).isEqualTo(CaseStatus.RATED);
    assertThat(done.state().leadUnit()).contains(WATER);
    assertThat(done.state().satisfaction()).hasValue(5);
    assertThat(kinds(done)).containsExactly(CommandKind.REPORT, CommandKind.ACCEPT, CommandKind.FILE,
        CommandKind.DISPATCH, CommandKind.START_HANDLING, CommandKind.REPORT_BACK, CommandKind.PASS_CHECK,
        CommandKind.CLOSE, CommandKind.RATE);
    assertThat(Duration.between(done.log().get(3).at(), done.log().get(5).at())).isLessThanOrEqualTo(Duration.ofHours(2));
    assertStoredAndReplayable(engine, done);
    assertThat(deliver(clock)).extracting(n -> n.key().value(), Notification::kind)
        .containsExactly(tuple("tn-0317-001#4:department:water-supply", "case-dispatched"));
  }

  @Test
  void changyuanBlockedCarIsSolvedOnTheSpotByTheGridWorkerInTenMinutes() {
    VirtualClock clock = new VirtualClock(at("2025-03-17 07:50"));
    CaseEngine engine = EngineFixtures.engine(storage, clock);
    Case blocked = Case.builder(CaseId.of("cy-0317-007")).category("0202").place(CasePlace.in(BUILDING_1))
        .channel(Channel.GRID_GROUP).reporter(Reporter.resident("周明", "13900003333"))
        .description("车被堵在1号楼门口，联系不上车主").tier(Tier.HOUSEHOLD).build();

    Reported reported = engine.report(blocked, Actor.of("resident-app"));
    engine.execute(blocked.id(), new CaseCommand.HandleOnSpot(LIU_YANG_ACTOR, at("2025-03-17 08:00"),
        "found the owner through the building leader; car moved", List.of()));
    engine.execute(blocked.id(), new CaseCommand.PassCheck(OPERATOR, at("2025-03-17 08:05")));
    CaseFile done = engine.execute(blocked.id(), new CaseCommand.Close(OPERATOR, at("2025-03-17 08:06")));

    assertThat(reported.routing().outcome()).isEqualTo(Outcome.PRIMARY);
    assertThat(reported.routing().person()).contains(LIU_YANG);
    assertThat(reported.file().state().status()).isEqualTo(CaseStatus.REPORTED);
    assertThat(done.state().status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(done.state().selfHandled()).isTrue();
    assertThat(Duration.between(done.log().get(0).at(), done.log().get(1).at())).isEqualTo(Duration.ofMinutes(10));
    assertThat(engine.checkDeadlines(at("2025-03-20 10:00"))).isEmpty();
    assertStoredAndReplayable(engine, done);
    assertThat(deliver(clock)).isEmpty();
  }

  @Test
  void disputeTheGridCannotSolveClimbsRungByRungAcrossNationalDayAndItsMakeUpDays() {
    VirtualClock clock = new VirtualClock(at("2025-09-26 08:40"));
    CaseEngine engine = EngineFixtures.engine(storage, clock);
    Case dispute = Case.builder(CaseId.of("cy-0926-031")).category("0101").place(CasePlace.in(BUILDING_1))
        .channel(Channel.PHONE).reporter(Reporter.resident("王秀英", "13700001111"))
        .description("楼上漏水到我家，邻居不肯协商").tier(Tier.NETWORK).build();
    Reported reported = engine.report(dispute, Actor.of("resident-phone"));
    CaseId id = dispute.id();
    engine.execute(id, new CaseCommand.Accept(OPERATOR, at("2025-09-26 09:00")));
    engine.execute(id, new CaseCommand.File(OPERATOR, at("2025-09-26 09:30")));
    engine.execute(id, reported.routing().toDispatch(OPERATOR, at("2025-09-26 10:00")));

    List<CaseEvent> fired = EngineFixtures.checkHourly(storage, clock, at("2025-09-26 10:30"), at("2025-10-15 10:30"));

    List<CaseEvent> escalations = fired.stream().filter(e -> e.what() == CommandKind.ESCALATE).toList();
    assertThat(escalations).extracting(e -> ((CaseCommand.Escalate) e.command()).rung())
        .containsExactly(EscalationRung.COMMUNITY, EscalationRung.SUBDISTRICT, EscalationRung.DISTRICT_CENTRE,
            EscalationRung.DEPARTMENT);
    // Sunday 28 September and Saturday 11 October are make-up working days; 1–8 October are off.
    assertThat(escalations).extracting(e -> dateOf(e.at())).containsExactly(LocalDate.of(2025, 9, 28),
        LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 9), LocalDate.of(2025, 10, 11));
    assertThat(fired).noneMatch(e -> !dateOf(e.at()).isBefore(LocalDate.of(2025, 10, 1))
        && dateOf(e.at()).isBefore(LocalDate.of(2025, 10, 9)));

    Actor justice = Actor.of("jb-mediator-02");
    engine.execute(id, new CaseCommand.StartHandling(justice, at("2025-10-13 09:00")));
    engine.execute(id, new CaseCommand.ReportBack(justice, at("2025-10-14 16:00"), "mediated; agreement signed",
        List.of()));
    engine.execute(id, new CaseCommand.PassCheck(OPERATOR, at("2025-10-15 09:00")));
    CaseFile done = engine.execute(id, new CaseCommand.Close(OPERATOR, at("2025-10-15 09:30")));

    assertThat(done.state().status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(done.state().leadUnit()).contains(JUSTICE);
    assertThat(done.state().supervision().escalatedTo()).contains(EscalationRung.DEPARTMENT);
    assertStoredAndReplayable(engine, done);
    List<Notification> delivered = deliver(clock);
    assertThat(delivered).filteredOn(n -> n.kind().equals("case-escalated"))
        .extracting(n -> n.recipient().id()).containsExactly("grid:" + COMMUNITY.id(),
            "grid:" + SUBDISTRICT_CENTRE.id(), "department:" + DISTRICT_CENTRE.id(), "department:" + JUSTICE.id());
    assertThat(delivered.get(0).kind()).isEqualTo("case-dispatched");
    assertThat(delivered.get(0).recipient().id()).isEqualTo(LIU_YANG.value());
    assertThat(delivered).extracting(Notification::key).doesNotHaveDuplicates();
  }

  @Test
  void whistledDepartmentThatFailsToAcknowledgeIsEscalatedToTheDistrictCentre() {
    VirtualClock clock = new VirtualClock(at("2025-03-17 09:00"));
    CaseEngine engine = EngineFixtures.engine(storage, clock);
    Case leak = Case.builder(CaseId.of("cy-0317-012")).category("0101").place(CasePlace.in(BUILDING_1))
        .channel(Channel.GRID_GROUP).description("违建阳台漏水引发纠纷，需要司法所和住建部门到场").build();
    Reported reported = engine.report(leak, LIU_YANG_ACTOR);
    CaseId id = leak.id();
    engine.execute(id, new CaseCommand.Accept(OPERATOR, at("2025-03-17 09:10")));
    engine.execute(id, new CaseCommand.File(OPERATOR, at("2025-03-17 09:20")));
    engine.execute(id, reported.routing().toDispatch(OPERATOR, at("2025-03-17 09:30")));
    engine.execute(id, new CaseCommand.Whistle(Actor.of(ZHANG_WEI), at("2025-03-17 10:00"), List.of(JUSTICE, HOUSING),
        "illegal balcony over the neighbours' flat: mediation and an inspection needed"));
    engine.execute(id, new CaseCommand.AcknowledgeSummons(Actor.of("jb-duty"), at("2025-03-17 10:40"), JUSTICE));

    assertThat(engine.checkDeadlines(at("2025-03-17 11:30"))).isEmpty();
    List<CaseEvent> fired = engine.checkDeadlines(at("2025-03-17 14:30"));
    assertThat(EngineFixtures.engine(storage, clock).checkDeadlines(at("2025-03-17 15:30"))).isEmpty();

    assertThat(fired).extracting(CaseEvent::what).containsExactly(CommandKind.ESCALATE_SUMMONS);
    CaseState state = engine.find(id).orElseThrow().state();
    assertThat(state.supervision().summonses().get(JUSTICE).isAcknowledged()).isTrue();
    assertThat(state.supervision().summonses().get(HOUSING).escalatedAt()).contains(at("2025-03-17 14:30"));
    assertThat(state.status()).isEqualTo(CaseStatus.DISPATCHED);
    assertStoredAndReplayable(engine, engine.find(id).orElseThrow());
    assertThat(deliver(clock)).extracting(n -> n.kind() + " → " + n.recipient().id()).containsExactly(
        "case-dispatched → " + LIU_YANG.value(),
        "department-summoned → department:justice",
        "department-summoned → department:housing",
        "summons-escalated → department:" + DISTRICT_CENTRE.id());
  }

  @Test
  void aCommandThatDoesNotApplyIsRefusedAndWritesNothing() {
    CaseEngine engine = EngineFixtures.engine(storage, new VirtualClock(at("2025-03-17 09:00")));
    Case blocked = Case.builder(CaseId.of("cy-refused")).category("0202").place(CasePlace.in(BUILDING_1))
        .channel(Channel.PATROL).description("a car blocks the gate of building 1").build();
    engine.report(blocked, LIU_YANG_ACTOR);

    assertThatThrownBy(() -> engine.execute(blocked.id(), new CaseCommand.Close(OPERATOR, at("2025-03-17 09:10"))))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("cy-refused");
    assertThat(storage.cases().version(blocked.id())).isEqualTo(1);
    assertThat(storage.outbox().pendingCount()).isZero();
  }

  @Test
  void aCommandByAnActorWithoutARightOnTheCaseIsDeniedLoggedAndWritesNothing() {
    CaseEngine engine = EngineFixtures.engine(storage, new VirtualClock(at("2025-03-17 23:40")));
    Case burst = Case.builder(CaseId.of("tn-denied")).category("0401").place(CasePlace.in(BUILDING_1))
        .channel(Channel.HOTLINE).reporter(Reporter.resident("李桂芳", "13800002222"))
        .description("a water main burst in front of building 1").build();
    engine.report(burst, Actor.of("resident-phone"));
    long pending = storage.outbox().pendingCount();

    String log;
    try (CapturedLog captured = CapturedLog.start()) {
      assertThatThrownBy(() -> engine.execute(burst.id(),
          new CaseCommand.StartHandling(Actor.of("hb-inspector"), at("2025-03-17 23:55"))))
          .isInstanceOfSatisfying(AccessDeniedException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED))
          .hasMessageContaining("hb-inspector").hasMessageContaining("START_HANDLING").hasMessageContaining("tn-denied");
      log = captured.text();
    }
    assertThat(log).contains("WARN").contains("hb-inspector may not START_HANDLING case tn-denied")
        .doesNotContain("13800002222").doesNotContain("李桂芳");
    assertThatThrownBy(() -> engine.execute(burst.id(), new CaseCommand.Close(Actor.of(ZHANG_WEI),
        at("2025-03-18 09:00")))).isInstanceOf(AccessDeniedException.class);
    assertThat(storage.cases().version(burst.id())).isEqualTo(4);
    assertThat(storage.outbox().pendingCount()).isEqualTo(pending);
  }

  @Test
  void aReportFromAnAccountWithoutTheRightIsDeniedAndStoresNothing() {
    CaseEngine engine = EngineFixtures.engine(storage, new VirtualClock(at("2025-03-17 09:00")));
    Case blocked = Case.builder(CaseId.of("cy-unauthorised")).category("0202").place(CasePlace.in(BUILDING_1))
        .channel(Channel.APP).description("a car blocks the gate of building 1").build();

    assertThatThrownBy(() -> engine.report(blocked, Actor.of("unknown-kiosk")))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("unknown-kiosk").hasMessageContaining("REPORT");
    assertThat(engine.find(blocked.id())).isEmpty();
  }

  @Test
  void aBackupActsForTheAbsentWorkerButNotWhileTheWorkerIsAtWork() {
    Staffing withBackup = EngineFixtures.staffingWithBackupOnLeave();
    CaseEngine engine = EngineFixtures.engine(storage, new VirtualClock(at("2025-03-17 07:50")), withBackup);
    Case blocked = Case.builder(CaseId.of("cy-backup")).category("0202").place(CasePlace.in(BUILDING_1))
        .channel(Channel.GRID_GROUP).description("a car blocks the gate of building 1").build();
    engine.report(blocked, Actor.of("resident-app"));
    Actor chenForLiu = Actor.backupFor(EngineFixtures.CHEN_JING, LIU_YANG);

    assertThatThrownBy(() -> engine.execute(blocked.id(), new CaseCommand.HandleOnSpot(chenForLiu,
        at("2025-03-17 08:00"), "moved", List.of()))).isInstanceOf(AccessDeniedException.class);
    CaseFile handled = engine.execute(blocked.id(), new CaseCommand.HandleOnSpot(chenForLiu,
        at("2025-03-18 08:00"), "owner found, car moved", List.of()));

    assertThat(handled.lastEvent().who()).isEqualTo(EngineFixtures.CHEN_JING);
    assertThat(handled.lastEvent().actingFor()).contains(LIU_YANG);
  }

  @Test
  void anEngineNeedsEveryRequiredPartAndAPlatformAccountGrantedItsCommands() {
    assertThatThrownBy(() -> CaseEngine.builder().storage(storage).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("router").hasMessageContaining("escalation").hasMessageContaining("rungUnits")
        .hasMessageContaining("access").hasMessageContaining("platform");
    Authorizer access = Authorizer.of(EngineFixtures.accessPolicy(), EngineFixtures.staffing(),
        EngineFixtures.CATALOGUE);
    assertThatThrownBy(() -> CaseEngine.builder().storage(storage).router(EngineFixtures.router())
        .escalation(EngineFixtures.POLICY).rungUnits(EngineFixtures.RUNG_UNITS).access(access).platform(OPERATOR)
        .build())
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_POLICY))
        .hasMessageContaining("op-003").hasMessageContaining("ESCALATE").hasMessageContaining("SUPERVISE");
  }

  @Test
  void anUnknownCaseIsNotFound() {
    CaseEngine engine = EngineFixtures.engine(storage, new VirtualClock(at("2025-03-17 09:00")));

    assertThatThrownBy(() -> engine.execute(CaseId.of("no-such-case"), new CaseCommand.Accept(OPERATOR,
        at("2025-03-17 09:00"))))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("no-such-case");
  }

  @Test
  void aCaseReportedTwiceIsAVersionConflictAndAnUnknownCategoryStoresNothing() {
    CaseEngine engine = EngineFixtures.engine(storage, new VirtualClock(at("2025-03-17 09:00")));
    Case blocked = Case.builder(CaseId.of("cy-twice")).category("0202").place(CasePlace.in(BUILDING_1))
        .channel(Channel.PATROL).description("a car blocks the gate of building 1").build();
    engine.report(blocked, LIU_YANG_ACTOR);
    Case unknown = Case.builder(CaseId.of("cy-unknown")).category("0999").place(CasePlace.in(BUILDING_1))
        .channel(Channel.PATROL).description("a car blocks the gate of building 1").build();

    assertThatThrownBy(() -> engine.report(blocked, LIU_YANG_ACTOR)).isInstanceOf(VersionConflictException.class)
        .hasMessageContaining("cy-twice");
    assertThatThrownBy(() -> engine.report(unknown, LIU_YANG_ACTOR)).isInstanceOf(UnknownCategoryException.class)
        .hasMessageContaining("0999");
    assertThat(engine.find(unknown.id())).isEmpty();
  }

  @Test
  void aConcurrentChangeIsRetriedAgainstTheFreshStateAndSurfacedWhenItNeverStops() {
    VirtualClock clock = new VirtualClock(at("2025-03-17 23:40"));
    Case burst = Case.builder(CaseId.of("tn-conflict")).category("0401").place(CasePlace.in(BUILDING_1))
        .channel(Channel.HOTLINE).description("a water main burst in front of building 1").build();
    EngineFixtures.engine(storage, clock).report(burst, LIU_YANG_ACTOR);
    RacingStorage once = new RacingStorage(storage, 1);
    RacingStorage always = new RacingStorage(storage, Integer.MAX_VALUE);

    CaseFile after = EngineFixtures.engine(once, clock).execute(burst.id(),
        new CaseCommand.StartHandling(Actor.of("ws-01"), at("2025-03-18 00:10")));

    assertThat(after.state().status()).isEqualTo(CaseStatus.HANDLING);
    assertThat(kinds(after)).endsWith(CommandKind.ME_TOO, CommandKind.START_HANDLING);
    assertThatThrownBy(() -> EngineFixtures.engine(always, clock).execute(burst.id(),
        new CaseCommand.ReportBack(Actor.of("ws-01"), at("2025-03-18 01:00"), "fixed", List.of())))
        .isInstanceOf(VersionConflictException.class).hasMessageContaining("tn-conflict");
    assertThat(always.races).isEqualTo(CaseEngine.MAX_ATTEMPTS);
    assertStoredAndReplayable(EngineFixtures.engine(storage, clock), storage.cases().load(burst.id()).orElseThrow());
  }

  private static List<CommandKind> kinds(CaseFile file) {
    return file.log().stream().map(CaseEvent::what).toList();
  }

  /** The stored case is the one the engine returned, and its state is the replay of its audit log. */
  private static void assertStoredAndReplayable(CaseEngine engine, CaseFile file) {
    CaseFile stored = engine.find(file.id()).orElseThrow();
    assertThat(stored.log()).isEqualTo(file.log());
    assertThat(CaseState.replay(stored.log())).isEqualTo(stored.state()).isEqualTo(file.state());
  }

  private List<Notification> deliver(VirtualClock clock) {
    clock.advance(Duration.ofDays(60));
    new NotificationDispatcher(storage.outbox(), notifier, clock, RetryPolicy.standard(), "test").dispatchDue();
    assertThat(storage.outbox().pendingCount()).isZero();
    return notifier.delivered();
  }
}
