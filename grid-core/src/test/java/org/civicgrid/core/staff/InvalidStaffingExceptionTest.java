package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.junit.jupiter.api.Test;

class InvalidStaffingExceptionTest {

  @Test
  void carriesEveryFindingAndSummarisesTheFirstTen() {
    List<Finding> findings = IntStream.rangeClosed(1, 12)
        .mapToObj(i -> Finding.of(StaffingRule.UNKNOWN_PERSON, "p-" + i, "p-" + i + " is not a staff member"))
        .toList();

    InvalidStaffingException e = new InvalidStaffingException(Report.of(findings));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STAFFING);
    assertThat(e.report().findings()).hasSize(12);
    assertThat(e.getMessage()).startsWith("INVALID_STAFFING: 12 error(s)\n  ERROR unknown-person [p-1]")
        .contains("[p-10]").doesNotContain("[p-11]").endsWith("… and 2 more");
  }
}
