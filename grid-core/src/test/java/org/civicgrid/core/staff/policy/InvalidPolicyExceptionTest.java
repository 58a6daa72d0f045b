package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.junit.jupiter.api.Test;

class InvalidPolicyExceptionTest {

  @Test
  void carriesEveryFindingAndSummarisesTheFirstTen() {
    List<Finding> findings = IntStream.rangeClosed(1, 12)
        .mapToObj(i -> Finding.of(PolicyDefinitionRule.UNKNOWN_LEVEL, "rule-" + i, "rule rule-" + i + " applies to "
            + "level street, which scheme fuxin does not have"))
        .toList();

    InvalidPolicyException e = new InvalidPolicyException("tongnan", Report.of(findings));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_POLICY);
    assertThat(e.policy()).isEqualTo("tongnan");
    assertThat(e.report().findings()).hasSize(12);
    assertThat(e.getMessage()).startsWith("INVALID_POLICY: policy tongnan: 12 error(s)\n  ERROR unknown-level "
        + "[rule-1]").contains("[rule-10]").doesNotContain("[rule-11]").endsWith("… and 2 more");
  }
}
