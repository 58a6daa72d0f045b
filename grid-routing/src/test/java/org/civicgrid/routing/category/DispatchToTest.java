package org.civicgrid.routing.category;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DispatchToTest {

  @Test
  void valuesAreFoundByTheirFileIds() {
    assertThat(DispatchTo.byId("grid")).contains(DispatchTo.GRID);
    assertThat(DispatchTo.byId("department")).contains(DispatchTo.DEPARTMENT);
    assertThat(DispatchTo.DEPARTMENT.id()).isEqualTo("department");
    assertThat(DispatchTo.byId("utility")).isEmpty();
  }
}
