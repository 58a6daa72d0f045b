package org.civicgrid.routing.category;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.layer.Department;
import org.civicgrid.routing.calendar.TimeLimit;

/**
 * A subcategory (小类) of a category catalogue and the rules for handling its cases, as the local
 * 立案、处置与结案 tables give them: when a report is filed as a case (立案条件), how long handling may
 * take (处置时限), when the case may be closed (结案条件), which department or utility answers for it,
 * and whether it goes to that department directly or to the grid first. Immutable.
 *
 * @param code four digits starting with the parent's code ({@link CategoryCodes})
 * @param nameZh the Chinese name, such as 私搭乱建
 * @param nameEn the English name, such as illegal structure
 * @param parent the main class it belongs to
 * @param filingCondition 立案条件: what a report must show to be filed as a case of this subcategory
 * @param handlingLimit 处置时限: the time allowed from dispatch to the handling unit's report
 * @param closingCondition 结案条件: what the check must find before the case is closed
 * @param department the department or utility responsible (责任单位)
 * @param dispatchTo whether cases go to the grid first or to the department directly
 */
public record Subcategory(
    String code,
    String nameZh,
    String nameEn,
    Category parent,
    String filingCondition,
    TimeLimit handlingLimit,
    String closingCondition,
    Department department,
    DispatchTo dispatchTo) {
  public Subcategory {
    checkArgument(CategoryCodes.isSubcategoryCode(code), "subcategory code '%s' is not four digits", code);
    checkNotNull(parent, "subcategory %s has no parent", code);
    checkArgument(code.startsWith(parent.code()), "subcategory %s does not start with its parent's code %s",
        code, parent.code());
    checkArgument(nameZh != null && !nameZh.isBlank(), "subcategory %s has no Chinese name", code);
    checkArgument(nameEn != null && !nameEn.isBlank(), "subcategory %s has no English name", code);
    checkArgument(filingCondition != null && !filingCondition.isBlank(), "subcategory %s has no filing condition",
        code);
    checkNotNull(handlingLimit, "subcategory %s has no handling limit", code);
    checkArgument(closingCondition != null && !closingCondition.isBlank(), "subcategory %s has no closing condition",
        code);
    checkNotNull(department, "subcategory %s has no department", code);
    checkNotNull(dispatchTo, "subcategory %s does not say where it is dispatched", code);
  }

  /** True when the code is in the range reserved for a city's own classes. */
  public boolean isLocal() {
    return CategoryCodes.isLocal(code);
  }

  @Override
  public String toString() {
    return code + " " + nameZh;
  }
}
