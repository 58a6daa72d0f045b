package org.civicgrid.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.CommandKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StatusMappingTest {

  @ParameterizedTest
  @EnumSource(value = CaseStatus.class, names = "NEW", mode = EnumSource.Mode.EXCLUDE)
  void everyStatusTravelsAsOpenOrClosedWithItsExactName(CaseStatus status) {
    String georeport = StatusMapping.georeport(status);

    assertThat(georeport).isEqualTo(status.isClosed() || status.isTerminal() ? "closed" : "open");
    assertThat(StatusMapping.internal(georeport, Optional.of(StatusMapping.exact(status)))).isEqualTo(status);
  }

  @Test
  void withoutTheExactStatusOpenIsANewReportAndClosedIsClosed() {
    assertThat(StatusMapping.internal("open", Optional.empty())).isEqualTo(CaseStatus.REPORTED);
    assertThat(StatusMapping.internal("closed", Optional.empty())).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void holdIsReachedFromHandling() {
    assertThat(StatusMapping.path(CaseStatus.ON_HOLD)).containsExactly(CommandKind.ACCEPT, CommandKind.FILE,
        CommandKind.DISPATCH, CommandKind.START_HANDLING, CommandKind.HOLD);
  }

  @Test
  void anUnknownStatusIsRefusedByName() {
    assertThatThrownBy(() -> StatusMapping.internal("pending", Optional.empty()))
        .isInstanceOf(Open311Error.class).hasMessageContaining("status pending is neither open nor closed");
  }

  @Test
  void anUnknownExactStatusIsRefusedByName() {
    assertThatThrownBy(() -> StatusMapping.internal("open", Optional.of("snoozed")))
        .isInstanceOf(Open311Error.class).hasMessageContaining("civicgrid_status snoozed is not one of");
  }

  @Test
  void anExactStatusThatContradictsOpenOrClosedIsRefused() {
    assertThatThrownBy(() -> StatusMapping.internal("closed", Optional.of("handling")))
        .isInstanceOf(Open311Error.class).hasMessageContaining("civicgrid_status handling contradicts status closed");
  }

  @Test
  void aNewCaseIsNeverExported() {
    assertThatThrownBy(() -> StatusMapping.georeport(CaseStatus.NEW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEW");
  }
}
