package org.civicgrid.routing.category;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A main class (大类) of a category catalogue, such as 市容环境 (city appearance and environment) or
 * 矛盾纠纷 (disputes); the {@link Subcategory}s under it carry the handling rules. Immutable.
 *
 * @param code two digits, {@code 01}–{@code 99}; 80–99 are a city's own ({@link CategoryCodes})
 * @param nameZh the Chinese name
 * @param nameEn the English name
 */
public record Category(String code, String nameZh, String nameEn) {
  public Category {
    checkArgument(CategoryCodes.isMainCode(code), "main-class code '%s' is not two digits 01-99", code);
    checkArgument(nameZh != null && !nameZh.isBlank(), "main class %s has no Chinese name", code);
    checkArgument(nameEn != null && !nameEn.isBlank(), "main class %s has no English name", code);
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
