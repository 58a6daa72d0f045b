package org.civicgrid.routing.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.routing.dispatch.DispatchFixtures.IN_BUILDING_1;
import static org.civicgrid.routing.dispatch.DispatchFixtures.IN_THE_FIELDS;
import static org.civicgrid.routing.dispatch.DispatchFixtures.IN_XINHUA;
import static org.civicgrid.routing.dispatch.DispatchFixtures.LIU_YANG;
import static org.civicgrid.routing.dispatch.DispatchFixtures.MONDAY;
import static org.civicgrid.routing.dispatch.DispatchFixtures.reported;

import java.time.Instant;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.dispatch.RoutingDecision.Outcome;
import org.junit.jupiter.api.Test;

class RoutingDecisionTest {
  private static final Actor DISPATCHER = Actor.of("p-100");
  private static final Instant T = Instant.parse("2025-03-17T02:00:00Z");

  private final CaseRouter router = DispatchFixtures.router();

  @Test
  void theExplanationNamesRuleGridAndPerson() {
    assertThat(router.route(reported("0101", CasePlace.at(IN_BUILDING_1)), MONDAY).explanation())
        .isEqualTo("case c-0101 (0101 邻里纠纷) goes to grid 1号楼网格 (210902001001001001) by default rule → "
            + "full-time-worker of the smallest grid; 刘洋 (p-006) holds full-time-worker of 1号楼网格 "
            + "(210902001001001001) on 2025-03-17");
    assertThat(router.route(reported("0202", CasePlace.at(IN_BUILDING_1)), MONDAY).explanation())
        .isEqualTo("case c-0202 (0202 车辆挡道) goes to grid 长源社区 (210902001001) by rule 02 → grid-leader of the "
            + "community grid; 张伟 (p-001) holds grid-leader of 长源社区 (210902001001) on 2025-03-17");
  }

  @Test
  void departmentsAndUncoveredPointsAreExplainedToo() {
    assertThat(router.route(reported("0401", CasePlace.at(IN_BUILDING_1)), MONDAY).explanation())
        .isEqualTo("case c-0401 (0401 供水管道破裂) goes directly to water-supply (供水企业), the department or "
            + "utility responsible for it (定人、定岗、定责)");
    assertThat(router.route(reported("0101", CasePlace.at(IN_THE_FIELDS)), MONDAY).explanation())
        .isEqualTo("case c-0101 (0101 邻里纠纷) cannot be routed: at (121.9, 42.1 GCJ02) lies in no grid; the "
            + "nearest is 210902201201001, 350 m away");
  }

  @Test
  void toStringNamesOutcomeUnitAndPersonOnly() {
    assertThat(router.route(reported("0101", CasePlace.at(IN_BUILDING_1)), MONDAY))
        .hasToString("routing of c-0101: PRIMARY to grid 210902001001001001 (p-006)");
    assertThat(router.route(reported("0101", CasePlace.at(IN_THE_FIELDS)), MONDAY))
        .hasToString("routing of c-0101: UNCOVERED");
  }

  @Test
  void aDecisionKeepsWhatItWasMadeFor() {
    Case intake = reported("0101", CasePlace.at(IN_BUILDING_1));
    RoutingDecision d = router.route(intake, MONDAY);
    assertThat(d.intake()).isSameAs(intake);
    assertThat(d.subcategory().code()).isEqualTo("0101");
    assertThat(d.at()).isEqualTo(MONDAY);
    assertThat(d.acting().orElseThrow().person()).contains(LIU_YANG);
    assertThat(d.nearest()).isEmpty();
    assertThat(d.distanceMetres()).isNaN();
  }

  @Test
  void aRoutedDecisionIsRecordedAsTheDispatchInTheAuditLog() {
    Case intake = reported("0101", CasePlace.at(IN_BUILDING_1));
    RoutingDecision d = router.route(intake, MONDAY);
    CaseCommand.Dispatch dispatch = d.toDispatch(DISPATCHER, T.plusSeconds(120));
    assertThat(dispatch.lead()).isEqualTo(HandlingUnit.grid(BUILDING_1));
    assertThat(dispatch.assignee()).contains(LIU_YANG);
    assertThat(dispatch.reason()).isEqualTo(d.reason())
        .isEqualTo("default rule: full-time-worker of the smallest grid, PRIMARY");
    CaseFile file = CaseFile.open(new CaseCommand.Report(DISPATCHER, T, intake))
        .execute(new CaseCommand.Accept(DISPATCHER, T.plusSeconds(60)))
        .execute(new CaseCommand.File(DISPATCHER, T.plusSeconds(90)))
        .execute(dispatch);
    assertThat(file.state().status()).isEqualTo(CaseStatus.DISPATCHED);
    assertThat(file.state().assignee()).contains(LIU_YANG);
    assertThat(file.log().get(file.log().size() - 1).command()).isEqualTo(dispatch);
  }

  @Test
  void aDispatchToABackupRecordsWhoWasPassedOverAndWhy() {
    RoutingDecision d = router.route(reported("0101", CasePlace.at(IN_BUILDING_1)),
        DispatchFixtures.LEAVE_DAY.atTime(10, 0));

    assertThat(d.outcome()).isEqualTo(Outcome.BACKUP);
    assertThat(d.toDispatch(DISPATCHER, T).reason()).isEqualTo(d.explanation()).contains("annual leave");
  }

  @Test
  void aDecisionWithNoOneToActIsDispatchedToTheUnitWithoutAnAssignee() {
    CaseCommand.Dispatch dispatch = router.route(reported("0101", CasePlace.at(IN_XINHUA)), MONDAY)
        .toDispatch(DISPATCHER, T);
    assertThat(dispatch.assignee()).isEmpty();
    assertThat(dispatch.reason()).contains("to assign by hand");
  }

  @Test
  void anUnroutableDecisionCannotBeDispatched() {
    RoutingDecision d = router.route(reported("0101", CasePlace.at(IN_THE_FIELDS)), MONDAY);
    assertThat(d.outcome()).isEqualTo(Outcome.UNCOVERED);
    assertThatThrownBy(() -> d.toDispatch(DISPATCHER, T)).isInstanceOf(IllegalStateException.class)
        .hasMessage("case c-0101 cannot be dispatched: UNCOVERED");
    assertThatThrownBy(() -> d.toDispatch(null, T)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void onlyTheFirstFiveOutcomesAreRouted() {
    assertThat(Outcome.values()).filteredOn(Outcome::isRouted).containsExactly(Outcome.PRIMARY, Outcome.BACKUP,
        Outcome.PARENT_GRID, Outcome.NOBODY, Outcome.DEPARTMENT);
  }
}
