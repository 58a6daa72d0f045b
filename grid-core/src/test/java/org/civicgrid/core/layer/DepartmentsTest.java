package org.civicgrid.core.layer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DepartmentsTest {
  @Test
  void presetsHaveDistinctIds() {
    assertThat(Departments.all()).hasSize(14).extracting(Department::id).doesNotHaveDuplicates();
  }

  @Test
  void tongnanMergedEightKindsOfGrids() {
    assertThat(Departments.tongnan()).hasSize(8).doesNotHaveDuplicates()
        .extracting(Department::nameZh).contains("党建", "政法综治", "信访", "应急管理");
    assertThat(Departments.all()).containsAll(Departments.tongnan());
  }

  @Test
  void fuxinDocksNineDepartments() {
    assertThat(Departments.fuxin()).hasSize(9).doesNotHaveDuplicates()
        .contains(Departments.PUBLIC_SECURITY, Departments.WATER, Departments.MARKET_SUPERVISION);
    assertThat(Departments.all()).containsAll(Departments.fuxin());
  }
}
