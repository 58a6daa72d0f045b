package org.civicgrid.core.layer;

import static com.google.common.base.Preconditions.checkArgument;

import org.civicgrid.core.code.LowerKebab;

/**
 * A functional department (职能部门) that keeps its own specialist grids, such as public security or
 * market supervision. {@link Departments} has the departments the seeds name. Immutable.
 *
 * @param id stable lower-kebab identifier, for example {@code market-supervision}
 * @param nameZh the Chinese name, for example 市场监管
 * @param nameEn the English name, for example market supervision
 */
public record Department(String id, String nameZh, String nameEn) {
  public Department {
    checkArgument(LowerKebab.matches(id), "department id %s is not lower-kebab", id);
    checkArgument(nameZh != null && !nameZh.isBlank(), "department %s has no Chinese name", id);
    checkArgument(nameEn != null && !nameEn.isBlank(), "department %s has no English name", id);
  }

  @Override
  public String toString() {
    return id + " (" + nameZh + ")";
  }
}
