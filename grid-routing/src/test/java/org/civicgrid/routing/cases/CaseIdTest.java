package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseIdTest {

  @Test
  void aCaseNumberIsLettersDigitsAndSeparators() {
    assertThat(CaseId.of("HZ-2024.05_0001")).hasToString("HZ-2024.05_0001");
    assertThat(CaseId.of("x".repeat(64)).value()).hasSize(64);
    assertThat(CaseId.of("c-2")).isGreaterThan(CaseId.of("c-1"));
  }

  @Test
  void anythingElseIsRefusedNamingIt() {
    assertThatThrownBy(() -> CaseId.of("c 1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("case id c 1 must be 1 to 64 letters, digits, '.', '_' or '-'");
    assertThatThrownBy(() -> CaseId.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseId.of("案件1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseId.of("x".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseId.of(null)).hasMessageContaining("case id null");
  }
}
