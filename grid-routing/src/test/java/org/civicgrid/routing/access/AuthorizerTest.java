package org.civicgrid.routing.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_2;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.HAMLET_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA_BUILDING;
import static org.civicgrid.routing.access.AccessFixtures.AT;
import static org.civicgrid.routing.access.AccessFixtures.CHEN_FOR_LIU;
import static org.civicgrid.routing.access.AccessFixtures.CHEN_JING;
import static org.civicgrid.routing.access.AccessFixtures.DISPUTE;
import static org.civicgrid.routing.access.AccessFixtures.ESCALATION;
import static org.civicgrid.routing.access.AccessFixtures.INTAKE;
import static org.civicgrid.routing.access.AccessFixtures.LEAVE_DAY;
import static org.civicgrid.routing.access.AccessFixtures.LIU_YANG;
import static org.civicgrid.routing.access.AccessFixtures.LI_NA;
import static org.civicgrid.routing.access.AccessFixtures.MONDAY;
import static org.civicgrid.routing.access.AccessFixtures.PUBLIC_ORDER;
import static org.civicgrid.routing.access.AccessFixtures.WANG_QIANG;
import static org.civicgrid.routing.access.AccessFixtures.ZHANG_WEI;
import static org.civicgrid.routing.access.AccessFixtures.ZHAO_LEI;
import static org.civicgrid.routing.access.AccessFixtures.accept;
import static org.civicgrid.routing.access.AccessFixtures.authorizer;
import static org.civicgrid.routing.access.AccessFixtures.dispatched;
import static org.civicgrid.routing.access.AccessFixtures.report;
import static org.civicgrid.routing.access.AccessFixtures.reported;
import static org.civicgrid.routing.access.AccessFixtures.startHandling;
import static org.civicgrid.routing.access.AccessFixtures.state;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.CapturedLog;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.category.CategoryCatalogues;
import org.junit.jupiter.api.Test;

class AuthorizerTest {
  private final Authorizer authorizer = authorizer();
  private final CaseState inBuilding1 = state(DISPUTE, BUILDING_1);

  @Test
  void aGridWorkerHandlesCasesOfTheirOwnGrid() {
    assertThatCode(() -> authorizer.check(inBuilding1, startHandling(LIU_YANG), MONDAY)).doesNotThrowAnyException();
  }

  @Test
  void aGridWorkerMayNotHandleACaseOfTheNeighbouringGrid() {
    assertThatThrownBy(() -> authorizer.check(inBuilding1, startHandling(ZHAO_LEI), MONDAY))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("p-004 may not START_HANDLING case c-0101-210902001001001001");
  }

  @Test
  void aGridWorkerMayNotGiveACommandTheirRoleIsNotGranted() {
    assertThat(authorizer.allows(inBuilding1, LIU_YANG, CommandKind.CLOSE, MONDAY)).isFalse();
  }

  @Test
  void aCommunityCentreActsOverItsSubtreeButNotTheNextCommunity() {
    assertThat(authorizer.allows(inBuilding1, ZHANG_WEI, CommandKind.ACCEPT, MONDAY)).isTrue();
    assertThat(authorizer.allows(state(DISPUTE, XINHUA_BUILDING), ZHANG_WEI, CommandKind.ACCEPT, MONDAY)).isFalse();
  }

  @Test
  void aSubdistrictCentreActsOverItsSubtreeButNotOverTheTownship() {
    assertThat(authorizer.allows(state(DISPUTE, XINHUA_BUILDING), LI_NA, CommandKind.CLOSE, MONDAY)).isTrue();
    assertThatThrownBy(() -> authorizer.check(state(DISPUTE, HAMLET_1), accept(LI_NA), MONDAY))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("p-010 may not ACCEPT case c-0101-210902201201001");
  }

  @Test
  void aPostReachingItsOwnGridOnlyDoesNotCoverTheGridsBelowIt() {
    AccessPolicy ownGrid = AccessPolicy.builder()
        .grant(Roles.GRID_LEADER.id(), "community", Reach.GRID, CommandKind.ACCEPT).build();
    Authorizer narrow = Authorizer.of(ownGrid, AccessFixtures.staffing(), CategoryCatalogues.socialGovernance());
    assertThat(narrow.allows(state(DISPUTE, CHANGYUAN), ZHANG_WEI, CommandKind.ACCEPT, MONDAY)).isTrue();
    assertThat(narrow.allows(inBuilding1, ZHANG_WEI, CommandKind.ACCEPT, MONDAY)).isFalse();
  }

  @Test
  void aCaseDispatchedToAnotherGridIsCoveredThereToo() {
    CaseState sent = dispatched(DISPUTE, BUILDING_1, HandlingUnit.grid(BUILDING_2));
    assertThat(authorizer.allows(sent, ZHAO_LEI, CommandKind.START_HANDLING, MONDAY)).isTrue();
  }

  @Test
  void aDepartmentHandlesItsCategoriesOnly() {
    assertThat(authorizer.allows(state(PUBLIC_ORDER, BUILDING_1), WANG_QIANG, CommandKind.START_HANDLING, MONDAY))
        .isTrue();
    assertThatThrownBy(() -> authorizer.check(inBuilding1, startHandling(WANG_QIANG), MONDAY))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("p-020 may not START_HANDLING case c-0101-210902001001001001")
        .hasMessageContaining("category 0101");
  }

  @Test
  void aSummonedDepartmentAnswersTheWhistleOnACaseOutsideItsCategories() {
    CaseFile dispute = AccessFixtures.dispatchedFile(DISPUTE, BUILDING_1, HandlingUnit.grid(BUILDING_1));
    HandlingUnit police = HandlingUnit.department("public-security");
    CaseState whistled = dispute.execute(new CaseCommand.Whistle(ZHANG_WEI, AccessFixtures.AT,
        List.of(police), "the dispute turned violent")).state();

    assertThat(authorizer.allows(dispute.state(), WANG_QIANG, CommandKind.ACKNOWLEDGE_SUMMONS, MONDAY)).isFalse();
    assertThatCode(() -> authorizer.check(whistled,
        new CaseCommand.AcknowledgeSummons(WANG_QIANG, AccessFixtures.AT, police), MONDAY)).doesNotThrowAnyException();
  }

  @Test
  void aDepartmentMayNotGiveCommandsBeyondItsKinds() {
    assertThat(authorizer.allows(state(PUBLIC_ORDER, BUILDING_1), WANG_QIANG, CommandKind.CLOSE, MONDAY)).isFalse();
  }

  @Test
  void aBackupHasTheHoldersRightsWhileTheHolderIsAbsent() {
    assertThatCode(() -> authorizer.check(inBuilding1, startHandling(CHEN_FOR_LIU), LEAVE_DAY))
        .doesNotThrowAnyException();
  }

  @Test
  void aBackupHasNoRightsWhileTheHolderIsAtWork() {
    assertThatThrownBy(() -> authorizer.check(inBuilding1, startHandling(CHEN_FOR_LIU), MONDAY))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("p-005 for p-006 may not START_HANDLING");
  }

  @Test
  void byZoneACommandIsCheckedAtItsOwnLocalTimeThere() {
    // 17:00 UTC on the Monday is 01:00 on the Tuesday in Shanghai, when 刘洋 is on leave.
    CaseCommand lateMonday = new CaseCommand.StartHandling(CHEN_FOR_LIU, Instant.parse("2025-03-17T17:00:00Z"));
    assertThatCode(() -> authorizer.check(inBuilding1, lateMonday, ZoneId.of("Asia/Shanghai")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> authorizer.check(inBuilding1, lateMonday, ZoneOffset.UTC))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("p-005 for p-006 may not START_HANDLING");
  }

  @Test
  void byZoneAPlatformGrantPassesAndAnythingElseIsStillChecked() {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    assertThatCode(() -> authorizer.check(state(DISPUTE, HAMLET_1), new CaseCommand.Warn(ESCALATION, AT,
        EscalationRung.GRID_WORKER, "due soon"), shanghai)).doesNotThrowAnyException();
    assertThatThrownBy(() -> authorizer.check(inBuilding1, accept(ESCALATION), shanghai))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("escalation-checker may not ACCEPT");
    assertThatThrownBy(() -> authorizer.check(inBuilding1, startHandling(ZHAO_LEI), shanghai))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("p-004 may not START_HANDLING");
  }

  @Test
  void aBackupInTheirOwnRightHasNoneOfTheHoldersRights() {
    assertThat(authorizer.allows(inBuilding1, CHEN_JING, CommandKind.START_HANDLING, LEAVE_DAY)).isFalse();
  }

  @Test
  void thePlatformReportsAndTheCheckerEscalatesOnAnyCase() {
    assertThatCode(() -> authorizer.check(report(INTAKE, reported(DISPUTE, HAMLET_1)), MONDAY))
        .doesNotThrowAnyException();
    assertThat(authorizer.allows(state(DISPUTE, HAMLET_1), ESCALATION, CommandKind.ESCALATE, MONDAY)).isTrue();
    assertThat(authorizer.allows(state(DISPUTE, HAMLET_1), ESCALATION, CommandKind.CLOSE, MONDAY)).isFalse();
  }

  @Test
  void aGridWorkerReportsPatrolDiscoveriesInTheirOwnGridOnly() {
    assertThatCode(() -> authorizer.check(report(LIU_YANG, reported(DISPUTE, BUILDING_1)), MONDAY))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> authorizer.check(report(LIU_YANG, reported(DISPUTE, BUILDING_2)), MONDAY))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("p-006 may not REPORT case c-0101-210902001001001002");
  }

  @Test
  void aStrangerIsDeniedWithATypedError() {
    assertThatThrownBy(() -> authorizer.check(inBuilding1, accept(Actor.of("p-999")), MONDAY))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
          assertThat(e.actor().person().value()).isEqualTo("p-999");
          assertThat(e.action()).isEqualTo("ACCEPT");
          assertThat(e.caseId()).isEqualTo(inBuilding1.id());
        });
  }

  @Test
  void aDenialIsLoggedAtWarnWithIdsButNoPersonalData() {
    String log;
    try (CapturedLog captured = CapturedLog.start()) {
      assertThatThrownBy(() -> authorizer.check(inBuilding1, startHandling(ZHAO_LEI), MONDAY))
          .isInstanceOf(AccessDeniedException.class);
      log = captured.text();
    }
    assertThat(log).contains("WARN").contains("access denied: p-004 may not START_HANDLING case c-0101-210902001001001001")
        .doesNotContain("黄丽").doesNotContain("13812345678").doesNotContain("赵磊");
  }

  @Test
  void aPolicyNamingARoleTheStaffingLacksIsRejected() {
    AccessPolicy policy = AccessPolicy.builder()
        .grant(Roles.AREA_WORKER.id(), "building-grid", Reach.GRID, CommandKind.ACCEPT).build();
    assertThatThrownBy(() -> Authorizer.of(policy, AccessFixtures.staffing(), CategoryCatalogues.socialGovernance()))
        .isInstanceOfSatisfying(CivicGridException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_POLICY))
        .hasMessageContaining("area-worker").hasMessageContaining("fuxin");
  }

  @Test
  void aPolicyNamingALevelTheSchemeLacksIsRejected() {
    AccessPolicy policy = AccessPolicy.builder()
        .grant(Roles.GRID_LEADER.id(), "area", Reach.SUBTREE, CommandKind.ACCEPT).build();
    assertThatThrownBy(() -> Authorizer.of(policy, AccessFixtures.staffing(), CategoryCatalogues.socialGovernance()))
        .isInstanceOfSatisfying(CivicGridException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_POLICY))
        .hasMessageContaining("level area");
  }
}
