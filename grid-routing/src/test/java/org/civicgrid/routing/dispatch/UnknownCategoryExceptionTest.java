package org.civicgrid.routing.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class UnknownCategoryExceptionTest {

  @Test
  void itNamesTheCategoryAndTheCatalogue() {
    UnknownCategoryException e = new UnknownCategoryException("0999", "social-governance");
    assertThat(e.category()).isEqualTo("0999");
    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(e).hasMessageContaining("no subcategory 0999 in catalogue social-governance");
  }
}
