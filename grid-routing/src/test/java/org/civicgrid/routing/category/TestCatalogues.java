package org.civicgrid.routing.category;

import org.civicgrid.core.layer.Department;
import org.civicgrid.core.layer.Departments;
import org.civicgrid.routing.calendar.TimeLimit;

/** Small catalogues built in code for the tests, after the seeds' cases. */
final class TestCatalogues {
  static final Category DISPUTES = new Category("01", "矛盾纠纷", "disputes");
  static final Category UTILITIES = new Category("04", "公用事业", "utilities");
  static final Department WATER_SUPPLY = new Department("water-supply", "供水企业", "water supply company");
  static final Subcategory NEIGHBOURS = new Subcategory("0101", "邻里纠纷", "neighbour dispute", DISPUTES,
      "邻里之间发生纠纷，当事人请求调解", TimeLimit.workingDays(3), "双方达成调解协议", Departments.JUSTICE,
      DispatchTo.GRID);
  static final Subcategory LAND = new Subcategory("0105", "土地山林纠纷", "land and forest dispute", DISPUTES,
      "村民之间因土地权属发生纠纷", TimeLimit.workingDays(7), "纠纷已调处", Departments.AGRICULTURE, DispatchTo.GRID);
  static final Subcategory BURST_MAIN = new Subcategory("0401", "供水管道破裂", "burst water main", UTILITIES,
      "供水管道破裂、漏水", TimeLimit.calendarHours(4), "恢复正常供水", WATER_SUPPLY, DispatchTo.DEPARTMENT);

  private TestCatalogues() {}

  /** Tongnan's burst main and Wuhua's neighbours' dispute, with one more dispute. */
  static CategoryCatalogue seeds() {
    return CategoryCatalogue.builder("seed-matters")
        .description("the seeds' cases")
        .add(DISPUTES).add(UTILITIES)
        .add(NEIGHBOURS).add(LAND).add(BURST_MAIN)
        .build();
  }

  /** A subcategory of {@code parent} with plain rules, for tests about codes. */
  static Subcategory subcategory(String code, Category parent, Department department) {
    return new Subcategory(code, "小类" + code, "subcategory " + code, parent, "立案条件", TimeLimit.workingDays(5),
        "结案条件", department, DispatchTo.GRID);
  }
}
