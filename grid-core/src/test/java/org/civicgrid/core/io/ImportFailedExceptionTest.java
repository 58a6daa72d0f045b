package org.civicgrid.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.junit.jupiter.api.Test;

class ImportFailedExceptionTest {
  @Test
  void messageShowsTheFirstTenErrorsAndTheReportHoldsAll() {
    List<Finding> findings = new ArrayList<>();
    findings.add(Finding.of(DivisionTableRule.PLACEHOLDER, "line 2", "city 1101 '市辖区' is a placeholder row"));
    for (int line = 3; line < 15; line++) {
      findings.add(Finding.of(DivisionTableRule.MALFORMED_CODE, "line " + line, "code '11A' has 'A' at position 3"));
    }
    ImportFailedException e = new ImportFailedException("division table beijing.csv", Report.of(findings));
    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e.report().findings()).hasSize(13);
    assertThat(e.getMessage())
        .startsWith("MALFORMED_INPUT: division table beijing.csv: 12 error(s)\n  ERROR malformed-code [line 3]")
        .contains("[line 12]").doesNotContain("[line 13]").doesNotContain("placeholder")
        .endsWith("\n  … and 2 more");
  }
}
