package org.civicgrid.routing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA;

import java.util.Set;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CaseStatus;
import org.junit.jupiter.api.Test;

class CaseQueryTest {
  private final CaseSummary dispatched =
      CaseSummary.of(CaseStoreFixtures.after(CaseId.of("c-1"), 3).state());
  private final CaseSummary reported = CaseSummary.of(CaseStoreFixtures.reported(CaseId.of("c-2")).state());

  @Test
  void aCaseLiesInItsGridsSubtreeIncludingTheGridItself() {
    assertThat(CaseQuery.all().within(CHANGYUAN).matches(dispatched)).isTrue();
    assertThat(CaseQuery.all().within(SUBDISTRICT).matches(dispatched)).isTrue();
    assertThat(CaseQuery.all().within(XINHUA).matches(dispatched)).isFalse();
  }

  @Test
  void statusesAndOpennessFilterTogether() {
    CaseQuery openDispatched = CaseQuery.open().withStatuses(Set.of(CaseStatus.DISPATCHED));

    assertThat(openDispatched.matches(dispatched)).isTrue();
    assertThat(openDispatched.matches(reported)).isFalse();
    assertThat(CaseQuery.all().matches(reported)).isTrue();
  }

  @Test
  void theGridIsTheReportedGridUntilDispatch() {
    assertThat(reported.grid()).contains(CHANGYUAN);
    assertThat(reported.isOpen()).isTrue();
    assertThat(dispatched.version()).isEqualTo(4);
  }
}
