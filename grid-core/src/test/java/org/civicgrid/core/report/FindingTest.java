package org.civicgrid.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FindingTest {
  /** Rules of a pretend patrol check, declared the way checking components declare theirs. */
  enum PatrolRule implements Rule {
    TOO_FEW_PATROLS(Severity.ERROR),
    SHORT_TRACK(Severity.WARNING);

    private final Severity severity;

    PatrolRule(Severity severity) {
      this.severity = severity;
    }

    @Override
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public Severity severity() {
      return severity;
    }
  }

  @Test
  void ofTakesTheRulesSeverity() {
    Finding finding = Finding.of(PatrolRule.SHORT_TRACK, "210902001001001", "track of 0.6 km, at least 1 km");
    assertThat(finding.rule()).isEqualTo(PatrolRule.SHORT_TRACK);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.subject()).isEqualTo("210902001001001");
    assertThat(finding.message()).isEqualTo("track of 0.6 km, at least 1 km");
  }

  @Test
  void severityMayDifferFromTheRules() {
    Finding finding = new Finding(PatrolRule.TOO_FEW_PATROLS, Severity.INFO, "210902001001001", "1 patrol today");
    assertThat(finding.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void printsSeverityRuleSubjectAndMessage() {
    assertThat(Finding.of(PatrolRule.TOO_FEW_PATROLS, "210902001001001", "1 patrol, at least 2"))
        .hasToString("ERROR too-few-patrols [210902001001001] 1 patrol, at least 2");
  }

  @Test
  void equalWhenEveryFieldIsEqual() {
    assertThat(Finding.of(PatrolRule.SHORT_TRACK, "A", "m")).isEqualTo(Finding.of(PatrolRule.SHORT_TRACK, "A", "m"));
    assertThat(Finding.of(PatrolRule.SHORT_TRACK, "A", "m")).isNotEqualTo(Finding.of(PatrolRule.SHORT_TRACK, "B", "m"));
  }

  @Test
  void everyFieldIsRequired() {
    assertThatThrownBy(() -> new Finding(null, Severity.ERROR, "A", "m"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("rule");
    assertThatThrownBy(() -> new Finding(PatrolRule.SHORT_TRACK, null, "A", "m"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("severity");
    assertThatThrownBy(() -> Finding.of(PatrolRule.SHORT_TRACK, null, "m"))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("subject");
    assertThatThrownBy(() -> Finding.of(PatrolRule.SHORT_TRACK, "A", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("message");
  }
}
