package org.civicgrid.routing.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.civicgrid.routing.cases.CaseId;
import org.junit.jupiter.api.Test;

class DueDatesTest {
  static final CaseId C1 = CaseId.of("c-1");
  static final Instant NOON = Instant.parse("2024-05-06T04:00:00Z");

  @Test
  void keepsHandlingAndClosingDueInstantsApart() {
    DueDates due = DueDates.builder().handling(C1, NOON).closing(C1, NOON.plusSeconds(3600)).build();
    assertThat(due.handling(C1)).contains(NOON);
    assertThat(due.closing(C1)).contains(NOON.plusSeconds(3600));
    assertThat(due.handling(CaseId.of("c-2"))).isEmpty();
    assertThat(DueDates.none().closing(C1)).isEmpty();
  }

  @Test
  void refusesAMissingInstantNamingTheCase() {
    assertThatThrownBy(() -> DueDates.builder().closing(C1, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("case c-1 closing due");
  }
}
