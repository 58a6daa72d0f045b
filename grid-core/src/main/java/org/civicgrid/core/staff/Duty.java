package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkArgument;

import org.civicgrid.core.code.LowerKebab;

/**
 * One duty a {@link Role} carries, such as Wuhua's 五员 (policy publicist, risk inspector, …); see
 * {@link Duties} for the ones the seeds name. Data, so cities declare their own. Immutable.
 *
 * @param id stable lower-kebab identifier, for example {@code risk-inspector}
 * @param nameZh the Chinese name, for example 风险隐患巡查员
 * @param nameEn the English name, for example risk inspector
 */
public record Duty(String id, String nameZh, String nameEn) {
  public Duty {
    checkArgument(LowerKebab.matches(id), "duty id %s is not lower-kebab", id);
    checkArgument(nameZh != null && !nameZh.isBlank(), "duty %s has no Chinese name", id);
    checkArgument(nameEn != null && !nameEn.isBlank(), "duty %s has no English name", id);
  }

  @Override
  public String toString() {
    return id + " (" + nameZh + ")";
  }
}
