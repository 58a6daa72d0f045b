package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.cases.CaseFixtures.CHANGYUAN_GRID;
import static org.civicgrid.routing.cases.CaseFixtures.LI_NA;
import static org.civicgrid.routing.cases.CaseFixtures.MORNING;
import static org.civicgrid.routing.cases.CaseFixtures.OPERATOR;
import static org.civicgrid.routing.cases.CaseFixtures.WATER;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.routing.calendar.TimeLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseCommandTest {

  @ParameterizedTest
  @EnumSource(CommandKind.class)
  void everyCommandNamesItsKindAndCarriesItsActorAndTime(CommandKind kind) {
    CaseCommand command = CaseFixtures.command(kind, MORNING);
    assertThat(command.kind()).isEqualTo(kind);
    assertThat(command.at()).isEqualTo(MORNING);
    assertThat(command.actor()).isNotNull();
    assertThat(command.reason()).isNotNull();
  }

  @Test
  void everyCommandKindHasItsRecord() {
    assertThat(CaseCommand.class.getPermittedSubclasses()).hasSize(CommandKind.values().length);
  }

  @Test
  void mainLineStepsNeedNoReasonAndSideStepsGiveOne() {
    assertThat(new CaseCommand.Accept(OPERATOR, MORNING).reason()).isEmpty();
    assertThat(new CaseCommand.VoidCase(OPERATOR, MORNING, "reported in error").reason())
        .isEqualTo("reported in error");
  }

  @Test
  void aCommandWithoutActorOrTimeIsRefusedNamingTheCommand() {
    assertThatThrownBy(() -> new CaseCommand.Accept(null, MORNING)).isInstanceOf(NullPointerException.class)
        .hasMessage("ACCEPT actor");
    assertThatThrownBy(() -> new CaseCommand.Close(OPERATOR, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("CLOSE at");
    assertThatThrownBy(() -> new CaseCommand.Report(OPERATOR, MORNING, null)).hasMessage("REPORT intake");
  }

  @Test
  void sideStepsWithoutAReasonAreRefused() {
    Instant at = MORNING;
    assertThatThrownBy(() -> new CaseCommand.VoidCase(OPERATOR, at, " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("VOID needs a reason");
    assertThatThrownBy(() -> new CaseCommand.VoidCase(OPERATOR, at, null)).hasMessage("VOID needs a reason");
    assertThatThrownBy(() -> new CaseCommand.Reject(OPERATOR, at, "")).hasMessage("REJECT needs a reason");
    assertThatThrownBy(() -> new CaseCommand.SendBack(OPERATOR, at, "")).hasMessage("SEND_BACK needs a reason");
    assertThatThrownBy(() -> new CaseCommand.FailCheck(OPERATOR, at, "")).hasMessage("FAIL_CHECK needs a reason");
    assertThatThrownBy(() -> new CaseCommand.Hold(OPERATOR, at, "")).hasMessage("HOLD needs a reason");
    assertThatThrownBy(() -> new CaseCommand.RefuseExtension(OPERATOR, at, ""))
        .hasMessage("REFUSE_EXTENSION needs a reason");
    assertThatThrownBy(() -> new CaseCommand.RequestExtension(OPERATOR, at, TimeLimit.workingDays(1), ""))
        .hasMessage("REQUEST_EXTENSION needs a reason");
    assertThatThrownBy(() -> new CaseCommand.MarkDuplicate(OPERATOR, at, CaseId.of("c-0"), ""))
        .hasMessage("MARK_DUPLICATE needs a reason");
    assertThatThrownBy(() -> new CaseCommand.Transfer(OPERATOR, at, WATER, Optional.empty(), ""))
        .hasMessage("TRANSFER needs a reason");
    assertThatThrownBy(() -> new CaseCommand.Join(OPERATOR, at, WATER, "")).hasMessage("JOIN needs a reason");
    assertThatThrownBy(() -> new CaseCommand.Dispatch(OPERATOR, at, List.of(WATER), Optional.empty(), ""))
        .hasMessage("DISPATCH needs a reason");
  }

  @Test
  void aRatingIsOneToFive() {
    assertThat(new CaseCommand.Rate(OPERATOR, MORNING, 1, "").satisfaction()).isEqualTo(1);
    assertThatThrownBy(() -> new CaseCommand.Rate(OPERATOR, MORNING, 0, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RATE satisfaction 0 outside 1..5");
    assertThatThrownBy(() -> new CaseCommand.Rate(OPERATOR, MORNING, 6, ""))
        .hasMessage("RATE satisfaction 6 outside 1..5");
    assertThatThrownBy(() -> new CaseCommand.Rate(OPERATOR, MORNING, 3, null)).hasMessage("RATE comment");
  }

  @Test
  void aDispatchNamesAtLeastOneUnitAndNoUnitTwice() {
    List<HandlingUnit> units = new ArrayList<>(List.of(CHANGYUAN_GRID, WATER));
    CaseCommand.Dispatch dispatch = new CaseCommand.Dispatch(OPERATOR, MORNING, units, Optional.empty(), "rule 3");
    units.clear();
    assertThat(dispatch.units()).containsExactly(CHANGYUAN_GRID, WATER);
    assertThat(dispatch.lead()).isEqualTo(CHANGYUAN_GRID);
    assertThat(dispatch.reason()).isEqualTo("rule 3");
    assertThatThrownBy(() -> new CaseCommand.Dispatch(OPERATOR, MORNING, List.of(), Optional.empty(), "r"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("DISPATCH needs at least one unit");
    assertThatThrownBy(() -> new CaseCommand.Dispatch(OPERATOR, MORNING, List.of(WATER, WATER), Optional.empty(), "r"))
        .hasMessage("DISPATCH names a unit twice: [department water-utility, department water-utility]");
    assertThatThrownBy(() -> new CaseCommand.Dispatch(OPERATOR, MORNING, null, Optional.empty(), "r"))
        .hasMessage("DISPATCH units");
    assertThatThrownBy(() -> new CaseCommand.Dispatch(OPERATOR, MORNING, List.of(WATER), null, "r"))
        .hasMessage("DISPATCH assignee");
  }

  @Test
  void theDataOfOtherCommandsIsChecked() {
    assertThatThrownBy(() -> new CaseCommand.ReportBack(OPERATOR, MORNING, " ", List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("REPORT_BACK needs a result");
    assertThatThrownBy(() -> new CaseCommand.ReportBack(OPERATOR, MORNING, "done", null))
        .hasMessage("REPORT_BACK attachments");
    assertThatThrownBy(() -> new CaseCommand.HandleOnSpot(OPERATOR, MORNING, null, List.of()))
        .hasMessage("HANDLE_ON_SPOT needs a result");
    assertThatThrownBy(() -> new CaseCommand.HandleOnSpot(OPERATOR, MORNING, "done", null))
        .hasMessage("HANDLE_ON_SPOT attachments");
    assertThatThrownBy(() -> new CaseCommand.MeToo(OPERATOR, MORNING, null, Channel.APP)).hasMessage("ME_TOO reporter");
    assertThatThrownBy(() -> new CaseCommand.MeToo(OPERATOR, MORNING, LI_NA, null)).hasMessage("ME_TOO channel");
    assertThatThrownBy(() -> new CaseCommand.MarkDuplicate(OPERATOR, MORNING, null, "same"))
        .hasMessage("MARK_DUPLICATE original");
    assertThatThrownBy(() -> new CaseCommand.Transfer(OPERATOR, MORNING, null, Optional.empty(), "r"))
        .hasMessage("TRANSFER to");
    assertThatThrownBy(() -> new CaseCommand.Transfer(OPERATOR, MORNING, WATER, null, "r"))
        .hasMessage("TRANSFER assignee");
    assertThatThrownBy(() -> new CaseCommand.Join(OPERATOR, MORNING, null, "r")).hasMessage("JOIN unit");
    assertThatThrownBy(() -> new CaseCommand.RequestExtension(OPERATOR, MORNING, null, "r"))
        .hasMessage("REQUEST_EXTENSION length");
  }

  @Test
  void attachmentsOfAReportBackAreCopied() {
    List<URI> photos = new ArrayList<>(List.of(CaseFixtures.PHOTO));
    CaseCommand.ReportBack back = new CaseCommand.ReportBack(OPERATOR, MORNING, "done", photos);
    photos.clear();
    assertThat(back.attachments()).containsExactly(CaseFixtures.PHOTO);
  }

  @Test
  void aCommandPrintsItsReporterMasked() {
    CaseCommand.Report report = new CaseCommand.Report(OPERATOR, MORNING, CaseFixtures.blockedCar("c-1"));
    assertThat(report.toString()).contains("resident 张* 138****5678").doesNotContain("张伟")
        .doesNotContain("13812345678");
    CaseCommand.MeToo meToo = new CaseCommand.MeToo(OPERATOR, MORNING, LI_NA, Channel.HOTLINE);
    assertThat(meToo.toString()).contains("resident 李* 139****5432").doesNotContain("李娜");
  }
}
