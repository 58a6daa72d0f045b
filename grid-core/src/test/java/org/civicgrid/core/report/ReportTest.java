package org.civicgrid.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.report.FindingTest.PatrolRule;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final Finding FEW = Finding.of(PatrolRule.TOO_FEW_PATROLS, "210902001001001", "1 patrol");
  private static final Finding SHORT = Finding.of(PatrolRule.SHORT_TRACK, "210902001001002", "0.6 km");
  private static final Finding NOTE = new Finding(PatrolRule.SHORT_TRACK, Severity.INFO, "210902001001003", "rain");

  @Test
  void emptyReportHasNoErrors() {
    assertThat(Report.empty().findings()).isEmpty();
    assertThat(Report.empty().hasErrors()).isFalse();
    assertThat(Report.of(List.of())).isSameAs(Report.empty());
    assertThat(Report.empty()).hasToString("no findings");
  }

  @Test
  void keepsEveryFindingInOrder() {
    Report report = Report.of(List.of(SHORT, FEW, NOTE));
    assertThat(report.findings()).containsExactly(SHORT, FEW, NOTE);
  }

  @Test
  void hasErrorsOnlyWithAnErrorFinding() {
    assertThat(Report.of(List.of(SHORT, NOTE)).hasErrors()).isFalse();
    assertThat(Report.of(List.of(SHORT, FEW)).hasErrors()).isTrue();
  }

  @Test
  void filtersBySeverity() {
    Report report = Report.of(List.of(SHORT, FEW, NOTE));
    assertThat(report.withSeverity(Severity.ERROR)).containsExactly(FEW);
    assertThat(report.withSeverity(Severity.WARNING)).containsExactly(SHORT);
    assertThat(report.withSeverity(Severity.INFO)).containsExactly(NOTE);
  }

  @Test
  void filtersByRule() {
    Report report = Report.of(List.of(SHORT, FEW, NOTE));
    assertThat(report.of(PatrolRule.SHORT_TRACK)).containsExactly(SHORT, NOTE);
    assertThat(report.of(PatrolRule.TOO_FEW_PATROLS)).containsExactly(FEW);
  }

  @Test
  void plusAppendsTheOtherReport() {
    Report report = Report.of(List.of(SHORT)).plus(Report.of(List.of(FEW, NOTE)));
    assertThat(report.findings()).containsExactly(SHORT, FEW, NOTE);
    assertThat(Report.empty().plus(Report.empty())).isSameAs(Report.empty());
  }

  @Test
  void isNotChangedByTheListItWasMadeFrom() {
    List<Finding> findings = new ArrayList<>(List.of(SHORT));
    Report report = Report.of(findings);
    findings.add(FEW);
    assertThat(report.findings()).containsExactly(SHORT);
    assertThatThrownBy(() -> report.findings().add(FEW)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullFindingIsACallerMistake() {
    List<Finding> findings = new ArrayList<>();
    findings.add(null);
    assertThatThrownBy(() -> Report.of(findings)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalWhenTheFindingsAreEqual() {
    assertThat(Report.of(List.of(SHORT, FEW))).isEqualTo(new Report(ImmutableList.of(SHORT, FEW)));
  }

  @Test
  void printsOneFindingALine() {
    assertThat(Report.of(List.of(FEW, SHORT))).hasToString(
        "ERROR too-few-patrols [210902001001001] 1 patrol\nWARNING short-track [210902001001002] 0.6 km");
  }
}
