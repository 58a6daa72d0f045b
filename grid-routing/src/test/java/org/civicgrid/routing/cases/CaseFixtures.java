package org.civicgrid.routing.cases;

import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.calendar.TimeLimit;

/**
 * Cases in Changyuan community (长源社区, Fuxin) for tests: the blocked-car report, the people who act
 * on it, a file brought to any status, and a valid command of every kind.
 */
final class CaseFixtures {
  static final Instant MORNING = Instant.parse("2024-05-06T01:00:00Z");
  static final Actor WORKER = Actor.of("gw-017");
  static final Actor OPERATOR = Actor.of("op-003");
  static final Actor DISPATCHER = Actor.of("dp-001");
  static final Actor INSPECTOR = Actor.of("in-005");
  static final Actor LEADER = Actor.of("sl-002");
  static final PersonId WORKER_ID = WORKER.person();
  static final Reporter ZHANG_WEI = Reporter.resident("张伟", "13812345678");
  static final Reporter LI_NA = Reporter.resident("李娜", "13998765432");
  static final HandlingUnit CHANGYUAN_GRID = HandlingUnit.grid(CHANGYUAN);
  static final HandlingUnit WATER = HandlingUnit.department("water-utility");
  static final HandlingUnit URBAN = HandlingUnit.department("urban-management");
  static final HandlingUnit POLICE = HandlingUnit.department("public-security");
  static final HandlingUnit SUBDISTRICT_CENTRE = HandlingUnit.grid(SUBDISTRICT);
  static final HandlingUnit DISTRICT_CENTRE = HandlingUnit.department("district-governance-centre");
  static final Actor PLATFORM = Actor.of("platform");
  static final URI PHOTO = URI.create("https://files.example.org/cases/c-1/before.jpg");

  private CaseFixtures() {}

  /** A car blocking the fire lane of building 3, reported by a resident in the grid's group. */
  static Case blockedCar(String id) {
    return Case.builder(CaseId.of(id))
        .category("05.03")
        .place(CasePlace.at(GeoPoint.gcj02(121.6702, 42.0153)))
        .channel(Channel.GRID_GROUP)
        .reporter(ZHANG_WEI)
        .description("A car has blocked the fire lane at building 3 since last night.")
        .attachments(List.of(PHOTO))
        .build();
  }

  static CaseFile reported(String id) {
    return CaseFile.open(new CaseCommand.Report(WORKER, MORNING, blockedCar(id)));
  }

  /** A new file brought along the shortest path to the status, one minute per step. */
  static CaseFile fileIn(CaseStatus status) {
    return fileIn(status, false);
  }

  /**
   * A new file brought to the status as {@link #fileIn(CaseStatus)} does, but if {@code summoned}, a
   * whistle summons {@link #POLICE} and {@link #URBAN} as soon as the case is filed.
   */
  static CaseFile fileIn(CaseStatus status, boolean summoned) {
    CaseFile file = reported("c-" + status.name().toLowerCase());
    List<CommandKind> path = switch (status) {
      case NEW -> throw new IllegalArgumentException("no file is NEW");
      case REPORTED -> List.of();
      case ACCEPTED -> List.of(CommandKind.ACCEPT);
      case FILED -> List.of(CommandKind.ACCEPT, CommandKind.FILE);
      case DISPATCHED -> List.of(CommandKind.ACCEPT, CommandKind.FILE, CommandKind.DISPATCH);
      case HANDLING -> List.of(CommandKind.ACCEPT, CommandKind.FILE, CommandKind.DISPATCH,
          CommandKind.START_HANDLING);
      case HANDLED -> List.of(CommandKind.ACCEPT, CommandKind.FILE, CommandKind.DISPATCH,
          CommandKind.START_HANDLING, CommandKind.REPORT_BACK);
      case CHECKED -> List.of(CommandKind.ACCEPT, CommandKind.FILE, CommandKind.DISPATCH,
          CommandKind.START_HANDLING, CommandKind.REPORT_BACK, CommandKind.PASS_CHECK);
      case CLOSED -> List.of(CommandKind.ACCEPT, CommandKind.FILE, CommandKind.DISPATCH,
          CommandKind.START_HANDLING, CommandKind.REPORT_BACK, CommandKind.PASS_CHECK, CommandKind.CLOSE);
      case RATED -> List.of(CommandKind.ACCEPT, CommandKind.FILE, CommandKind.DISPATCH,
          CommandKind.START_HANDLING, CommandKind.REPORT_BACK, CommandKind.PASS_CHECK, CommandKind.CLOSE,
          CommandKind.RATE);
      case REJECTED -> List.of(CommandKind.REJECT);
      case VOIDED -> List.of(CommandKind.VOID);
      case ON_HOLD -> List.of(CommandKind.ACCEPT, CommandKind.FILE, CommandKind.DISPATCH,
          CommandKind.START_HANDLING, CommandKind.HOLD);
      case DUPLICATE -> List.of(CommandKind.MARK_DUPLICATE);
    };
    for (CommandKind kind : path) {
      file = file.execute(command(kind, file.state().lastAt().plus(Duration.ofMinutes(1))));
      if (summoned && kind == CommandKind.FILE) {
        file = file.execute(command(CommandKind.WHISTLE, file.state().lastAt().plus(Duration.ofMinutes(1))));
      }
    }
    return file;
  }

  /** A command of the kind that passes every check but the transition table's on a fixture file. */
  static CaseCommand command(CommandKind kind, Instant at) {
    return switch (kind) {
      case REPORT -> new CaseCommand.Report(WORKER, at, blockedCar("c-again"));
      case ACCEPT -> new CaseCommand.Accept(OPERATOR, at);
      case REJECT -> new CaseCommand.Reject(OPERATOR, at, "a private parking dispute, not a public matter");
      case MARK_DUPLICATE -> new CaseCommand.MarkDuplicate(OPERATOR, at, CaseId.of("c-original"),
          "same car, reported an hour earlier");
      case ME_TOO -> new CaseCommand.MeToo(OPERATOR, at, LI_NA, Channel.HOTLINE);
      case FILE -> new CaseCommand.File(LEADER, at);
      case DISPATCH -> new CaseCommand.Dispatch(DISPATCHER, at, List.of(CHANGYUAN_GRID, WATER),
          Optional.of(WORKER_ID), "street order in 长源社区 goes to its grid worker");
      case START_HANDLING -> new CaseCommand.StartHandling(WORKER, at);
      case REPORT_BACK -> new CaseCommand.ReportBack(WORKER, at, "owner found and car moved", List.of(PHOTO));
      case HANDLE_ON_SPOT -> new CaseCommand.HandleOnSpot(WORKER, at, "called the owner, car moved", List.of());
      case PASS_CHECK -> new CaseCommand.PassCheck(INSPECTOR, at);
      case FAIL_CHECK -> new CaseCommand.FailCheck(INSPECTOR, at, "the car is back");
      case CLOSE -> new CaseCommand.Close(LEADER, at);
      case RATE -> new CaseCommand.Rate(OPERATOR, at, 5, "quick and polite");
      case SEND_BACK -> new CaseCommand.SendBack(WORKER, at, "the lane belongs to the neighbouring compound");
      case TRANSFER -> new CaseCommand.Transfer(DISPATCHER, at, URBAN, Optional.empty(), "needs a tow truck");
      case JOIN -> new CaseCommand.Join(DISPATCHER, at, POLICE, "the owner refuses to move it");
      case HOLD -> new CaseCommand.Hold(LEADER, at, "waiting for the owner to return from abroad");
      case RESUME -> new CaseCommand.Resume(LEADER, at);
      case REQUEST_EXTENSION -> new CaseCommand.RequestExtension(WORKER, at, TimeLimit.workingDays(2),
          "the tow company comes on Wednesday");
      case APPROVE_EXTENSION -> new CaseCommand.ApproveExtension(LEADER, at);
      case REFUSE_EXTENSION -> new CaseCommand.RefuseExtension(LEADER, at, "a tow is possible today");
      case VOID -> new CaseCommand.VoidCase(LEADER, at, "reported in error");
      case ESCALATE -> new CaseCommand.Escalate(LEADER, at, EscalationRung.SUBDISTRICT,
          SUBDISTRICT_CENTRE, "the owner cannot be reached; the subdistrict calls the traffic police");
      case WARN -> new CaseCommand.Warn(PLATFORM, at, EscalationRung.GRID_WORKER, "80 % of 1 working day used");
      case SUPERVISE -> new CaseCommand.Supervise(LEADER, at, EscalationRung.GRID_WORKER, SupervisionCard.NORMAL,
          CHANGYUAN_GRID, "the fire lane must be clear before the inspection");
      case WHISTLE -> new CaseCommand.Whistle(WORKER, at, List.of(POLICE, URBAN), "the owner refuses to move");
      case ACKNOWLEDGE_SUMMONS -> new CaseCommand.AcknowledgeSummons(Actor.of("ps-011"), at, POLICE);
      case ARRIVE_ON_SUMMONS -> new CaseCommand.ArriveOnSummons(Actor.of("ps-011"), at, POLICE);
      case ESCALATE_SUMMONS -> new CaseCommand.EscalateSummons(PLATFORM, at, POLICE, DISTRICT_CENTRE,
          "public security did not acknowledge within 2 working hours");
    };
  }

  /** The next command of the kind on the file, a minute after its last event. */
  static CaseCommand next(CaseFile file, CommandKind kind) {
    return command(kind, file.state().lastAt().plus(Duration.ofMinutes(1)));
  }
}
