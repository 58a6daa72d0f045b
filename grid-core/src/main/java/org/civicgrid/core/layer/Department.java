package org.civicgrid.core.layer;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * A functional department (职能部门) that keeps its own specialist grids, such as public security or
 * market supervision. {@link Departments} has the departments the seeds name. Immutable.
 *
 * @param id stable lower-kebab identifier, for example {@code market-supervision}
 * @param nameZh the Chinese name, for example 市场监管
 * @param nameEn the English name, for example market supervision
 */
public record Department(String id, String nameZh, String nameEn) {
  static final Pattern LOWER_KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public Department {
    checkArgument(id != null && LOWER_KEBAB.matcher(id).matches(), "department id %s is not lower-kebab", id);
    checkArgument(nameZh != null && !nameZh.isBlank(), "department %s has no Chinese name", id);
    checkArgument(nameEn != null && !nameEn.isBlank(), "department %s has no English name", id);
  }

  @Override
  public String toString() {
    return id + " (" + nameZh + ")";
  }
}
