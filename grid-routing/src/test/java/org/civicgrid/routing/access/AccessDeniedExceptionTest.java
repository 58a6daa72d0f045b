package org.civicgrid.routing.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.core.ErrorCode;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.CaseId;
import org.junit.jupiter.api.Test;

class AccessDeniedExceptionTest {
  @Test
  void theMessageNamesActorActionAndCase() {
    AccessDeniedException e = new AccessDeniedException(Actor.of("p-004"), "CLOSE", CaseId.of("c-1"), "no post");
    assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
    assertThat(e).hasMessage("ACCESS_DENIED: p-004 may not CLOSE case c-1: no post");
    assertThat(e.action()).isEqualTo("CLOSE");
    assertThat(e.caseId()).isEqualTo(CaseId.of("c-1"));
  }
}
