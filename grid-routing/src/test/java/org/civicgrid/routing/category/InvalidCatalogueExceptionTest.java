package org.civicgrid.routing.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.junit.jupiter.api.Test;

class InvalidCatalogueExceptionTest {

  @Test
  void theMessageNamesTheCatalogueAndTheFirstTenErrors() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 80; i < 92; i++) {
      findings.add(Finding.of(CatalogueRule.CODE_COLLISION, "04" + i, "subcategory 04" + i + " collides"));
    }

    InvalidCatalogueException e = new InvalidCatalogueException("tongnan-matters", Report.of(findings));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CATALOGUE);
    assertThat(e.report().findings()).hasSize(12);
    assertThat(e.getMessage()).startsWith("INVALID_CATALOGUE: catalogue tongnan-matters: 12 error(s)\n"
        + "  ERROR code-collision [0480] subcategory 0480 collides")
        .contains("0489").doesNotContain("0490 collides").endsWith("… and 2 more");
  }
}
