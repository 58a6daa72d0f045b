package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransitionTest {

  @Test
  void aTransitionLeadsToAStatusOrBackToTheHeldOne() {
    Transition sendBack = new Transition(CaseStatus.HANDLING, CommandKind.SEND_BACK, Optional.of(CaseStatus.FILED));
    assertThat(sendBack).hasToString("HANDLING × SEND_BACK → FILED");
    assertThat(sendBack.keepsStatus()).isFalse();
    Transition join = new Transition(CaseStatus.HANDLING, CommandKind.JOIN, Optional.of(CaseStatus.HANDLING));
    assertThat(join.keepsStatus()).isTrue();
    Transition resume = new Transition(CaseStatus.ON_HOLD, CommandKind.RESUME, Optional.empty());
    assertThat(resume.keepsStatus()).isFalse();
    assertThat(resume).hasToString("ON_HOLD × RESUME → (status before the hold)");
  }

  @Test
  void onlyResumeHasNoFixedTarget() {
    assertThatThrownBy(() -> new Transition(CaseStatus.HANDLING, CommandKind.JOIN, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JOIN from HANDLING: only RESUME leads back to the status before the hold");
    assertThatThrownBy(() -> new Transition(CaseStatus.ON_HOLD, CommandKind.RESUME, Optional.of(CaseStatus.FILED)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Transition(null, CommandKind.JOIN, Optional.empty())).hasMessage("from");
  }
}
