package org.civicgrid.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.calendar.TimeLimit;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.cases.SupervisionCard;
import org.civicgrid.routing.cases.Tier;
import org.civicgrid.routing.cases.Urgency;
import org.junit.jupiter.api.Test;

/** Every kind of command a case's log holds survives its JSON column unchanged. */
class CaseEventJsonTest {
  private static final CaseId CASE = CaseId.of("fx-2024-000731");
  private static final Instant AT = Instant.parse("2024-05-06T01:02:03.123456789Z");
  private static final Actor WORKER = Actor.of("gw-017");
  private static final Actor BACKUP = Actor.backupFor(PersonId.of("gw-018"), PersonId.of("gw-017"));
  private static final HandlingUnit GRID = HandlingUnit.grid(CHANGYUAN);
  private static final HandlingUnit COMMUNITY = HandlingUnit.grid(SUBDISTRICT);
  private static final HandlingUnit WATER = HandlingUnit.department("water-utility");
  private static final HandlingUnit HOUSING = HandlingUnit.department("housing-bureau");
  private static final URI PHOTO = URI.create("https://files.example.org/fuxin/731/photo-1.jpg");

  private static Case intake(CasePlace place, Reporter reporter) {
    return Case.builder(CASE).category("05.03").place(place).channel(Channel.SNAPSHOT).reporter(reporter)
        .description("水管爆裂 at building 3, unit 2: water on the stairs \"since 6 o'clock\"\n")
        .attachments(List.of(PHOTO)).urgency(Urgency.EMERGENCY).tier(Tier.NETWORK).build();
  }

  private static List<CaseCommand> everyKind() {
    return List.of(
        new CaseCommand.Report(WORKER, AT, intake(CasePlace.in(CHANGYUAN), Reporter.resident("张伟", "138 1234 5678"))),
        new CaseCommand.Report(BACKUP, AT, intake(CasePlace.at(GeoPoint.gcj02(121.6701234567891, 42.0212345678)),
            Reporter.anonymous())),
        new CaseCommand.Report(WORKER, AT, intake(CasePlace.place("fx-changyuan-b3"),
            Reporter.staff(PersonId.of("gw-017")))),
        new CaseCommand.Accept(BACKUP, AT),
        new CaseCommand.Reject(WORKER, AT, "a private parking dispute"),
        new CaseCommand.MarkDuplicate(WORKER, AT, CaseId.of("fx-2024-000730"), "same burst main"),
        new CaseCommand.MeToo(WORKER, AT, Reporter.resident("李娜", "+86 139-0000-1111"), Channel.HOTLINE),
        new CaseCommand.File(WORKER, AT),
        new CaseCommand.Dispatch(WORKER, AT, List.of(GRID, WATER), Optional.of(PersonId.of("gw-017")), "rule 05.03"),
        new CaseCommand.Dispatch(WORKER, AT, List.of(WATER), Optional.empty(), "no grid worker on duty"),
        new CaseCommand.StartHandling(WORKER, AT),
        new CaseCommand.ReportBack(WORKER, AT, "valve closed, pipe replaced", List.of(PHOTO)),
        new CaseCommand.HandleOnSpot(WORKER, AT, "car moved", List.of()),
        new CaseCommand.PassCheck(WORKER, AT),
        new CaseCommand.FailCheck(WORKER, AT, "still leaking"),
        new CaseCommand.Close(WORKER, AT),
        new CaseCommand.Rate(WORKER, AT, 5, ""),
        new CaseCommand.SendBack(WORKER, AT, "not a grid matter"),
        new CaseCommand.Transfer(WORKER, AT, WATER, Optional.of(PersonId.of("wu-003")), "mains belong to the utility"),
        new CaseCommand.Join(WORKER, AT, HOUSING, "the stairwell needs repair"),
        new CaseCommand.Hold(WORKER, AT, "waiting for a part"),
        new CaseCommand.Resume(WORKER, AT),
        new CaseCommand.RequestExtension(WORKER, AT, TimeLimit.workingDays(3), "part on order"),
        new CaseCommand.ApproveExtension(WORKER, AT),
        new CaseCommand.RefuseExtension(WORKER, AT, "no reason given"),
        new CaseCommand.VoidCase(WORKER, AT, "reported in error"),
        new CaseCommand.Escalate(WORKER, AT, EscalationRung.COMMUNITY, COMMUNITY, "grid worker's limit passed"),
        new CaseCommand.Warn(WORKER, AT, EscalationRung.GRID_WORKER, "1 working hour left"),
        new CaseCommand.Supervise(WORKER, AT, EscalationRung.COMMUNITY, SupervisionCard.RED, COMMUNITY, "overdue 2 days"),
        new CaseCommand.Whistle(WORKER, AT, List.of(WATER, HOUSING), "building at risk"),
        new CaseCommand.AcknowledgeSummons(WORKER, AT, WATER),
        new CaseCommand.ArriveOnSummons(WORKER, AT, HOUSING),
        new CaseCommand.EscalateSummons(WORKER, AT, WATER, COMMUNITY, "no acknowledgement in 30 minutes"));
  }

  @Test
  void everyCommandKindRoundTripsFieldForField() throws IOException {
    List<CaseCommand> commands = everyKind();
    Set<CommandKind> covered = commands.stream().map(CaseCommand::kind)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CommandKind.class)));
    assertThat(covered).containsExactlyInAnyOrder(CommandKind.values());

    for (int i = 0; i < commands.size(); i++) {
      CaseEvent event = new CaseEvent(CASE, i + 1, commands.get(i), CaseStatus.REPORTED, CaseStatus.ACCEPTED);
      CaseEvent read = CaseEventJson.event(CASE, i + 1, CaseEventJson.of(event));
      assertThat(read).as("%s", event.what()).isEqualTo(event);
      assertThat(read.command()).as("%s", event.what()).isEqualTo(event.command());
    }
  }

  @Test
  void aReportersRawNameAndPhoneAreKeptForTheStore() throws IOException {
    CaseCommand report = everyKind().get(0);
    CaseEvent event = new CaseEvent(CASE, 1, report, CaseStatus.REPORTED, CaseStatus.REPORTED);

    CaseCommand.Report read = (CaseCommand.Report) CaseEventJson.event(CASE, 1, CaseEventJson.of(event)).command();

    assertThat(read.intake().reporter().revealName()).contains("张伟");
    assertThat(read.intake().reporter().revealPhone()).contains("138 1234 5678");
  }

  @Test
  void aMangledEventIsRefusedNamingWhatIsWrong() {
    assertThatThrownBy(() -> CaseEventJson.event(CASE, 1, "{\"command\":\"ACCEPT\",\"actor\":\"gw-017\"}"))
        .isInstanceOf(IOException.class).hasMessage("field at is missing");
    assertThatThrownBy(() -> CaseEventJson.event(CASE, 1, "{\"fromStatus\":\"FILED\",\"toStatus\":\"DISPATCHED\","
        + "\"command\":\"JOIN\",\"actor\":\"gw-017\",\"at\":\"2024-05-06T01:00:00Z\",\"unit\":\"team:7\","
        + "\"reason\":\"x\"}"))
        .isInstanceOf(IOException.class).hasMessageContaining("team:7");
    assertThatThrownBy(() -> CaseEventJson.event(CASE, 1, "not json")).isInstanceOf(IOException.class);
  }
}
