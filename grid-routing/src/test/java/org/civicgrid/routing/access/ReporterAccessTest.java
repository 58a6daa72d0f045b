package org.civicgrid.routing.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.routing.access.AccessFixtures.CHEN_FOR_LIU;
import static org.civicgrid.routing.access.AccessFixtures.DISPUTE;
import static org.civicgrid.routing.access.AccessFixtures.LEAVE_DAY;
import static org.civicgrid.routing.access.AccessFixtures.LIU_YANG;
import static org.civicgrid.routing.access.AccessFixtures.MONDAY;
import static org.civicgrid.routing.access.AccessFixtures.WANG_QIANG;
import static org.civicgrid.routing.access.AccessFixtures.ZHANG_WEI;
import static org.civicgrid.routing.access.AccessFixtures.ZHAO_LEI;
import static org.civicgrid.routing.access.AccessFixtures.authorizer;
import static org.civicgrid.routing.access.AccessFixtures.state;

import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.CapturedLog;
import org.civicgrid.routing.cases.CaseState;
import org.junit.jupiter.api.Test;

class ReporterAccessTest {
  private final ReporterAccess access = ReporterAccess.of(authorizer());
  private final CaseState inBuilding1 = state(DISPUTE, BUILDING_1);

  @Test
  void theGridWorkerOfTheCasesGridMayCallTheReporterBack() {
    ReporterContact contact = access.reveal(inBuilding1, LIU_YANG, MONDAY);
    assertThat(contact.name()).contains("黄丽");
    assertThat(contact.phone()).contains("13812345678");
  }

  @Test
  void theBackupMayCallTheReporterBackOnlyWhileTheHolderIsAway() {
    assertThat(access.reveal(inBuilding1, CHEN_FOR_LIU, LEAVE_DAY).phone()).contains("13812345678");
    assertThatThrownBy(() -> access.reveal(inBuilding1, CHEN_FOR_LIU, MONDAY))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aRoleOutsideTheRevealRolesIsDeniedEvenOverItsOwnSubtree() {
    assertThatThrownBy(() -> access.reveal(inBuilding1, ZHANG_WEI, MONDAY))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
          assertThat(e.action()).isEqualTo(AccessDeniedException.REVEAL_REPORTER);
        })
        .hasMessageContaining("p-001 may not REVEAL_REPORTER case c-0101-210902001001001001");
  }

  @Test
  void aWorkerOfTheNeighbouringGridOrADepartmentIsDenied() {
    assertThatThrownBy(() -> access.reveal(inBuilding1, ZHAO_LEI, MONDAY)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> access.reveal(inBuilding1, WANG_QIANG, MONDAY)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aDeniedRevealIsLoggedWithoutTheContact() {
    String log;
    try (CapturedLog captured = CapturedLog.start()) {
      assertThatThrownBy(() -> access.reveal(inBuilding1, ZHAO_LEI, MONDAY)).isInstanceOf(AccessDeniedException.class);
      log = captured.text();
    }
    assertThat(log).contains("WARN").contains("access denied: p-004 may not REVEAL_REPORTER case")
        .doesNotContain("黄丽").doesNotContain("13812345678");
  }
}
