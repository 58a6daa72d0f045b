package org.civicgrid.routing.category;

/**
 * The code structure of a category catalogue, after the two-level classification of GB/T 30428.2
 * (formerly CJ/T 214): a main class (大类) has two digits, {@code 01}–{@code 99}; a subcategory (小类)
 * adds two more, so its four-digit code starts with its main class's ({@code 0101} is 私搭乱建 under
 * {@code 01} 市容环境).
 *
 * <p>The numbers {@value #FIRST_LOCAL}–99 are reserved for a city's own classes, in both places: a
 * local main class is numbered 80–99, and a local subcategory under a preset main class is numbered
 * 80–99 within it ({@code 0180}); everything under a local main class is local. Presets only use
 * 01–79, so a later preset never takes a code a city has already used, and a local extension is
 * checked against the preset it extends ({@link CategoryCatalogue#extend(String)}). This mirrors the
 * standard's 扩展 classes and the city-operations platform's reserved 小类 range (标准类 001–079, 扩展类
 * 080–999).
 *
 * <p>Stateless; the methods only inspect strings.
 */
public final class CategoryCodes {
  /** Digits of a main-class code. */
  public static final int MAIN_LENGTH = 2;
  /** Digits of a subcategory code: its main class's two, then its own two. */
  public static final int SUBCATEGORY_LENGTH = 4;
  /** The first number of the local range, for main classes and subcategories alike. */
  public static final int FIRST_LOCAL = 80;

  private CategoryCodes() {}

  /** True for two digits other than {@code 00}. */
  public static boolean isMainCode(String code) {
    return code != null && code.length() == MAIN_LENGTH && number(code, 0) > 0;
  }

  /** True for four digits whose two halves are both other than {@code 00}. */
  public static boolean isSubcategoryCode(String code) {
    return code != null && code.length() == SUBCATEGORY_LENGTH && number(code, 0) > 0 && number(code, 2) > 0;
  }

  /**
   * True when {@code code} is in the range reserved for a city's own classes: a main class numbered
   * 80–99, or a subcategory whose main class or own number is 80–99.
   *
   * @throws IllegalArgumentException if {@code code} is neither a main-class nor a subcategory code
   */
  public static boolean isLocal(String code) {
    if (isMainCode(code)) {
      return number(code, 0) >= FIRST_LOCAL;
    }
    if (isSubcategoryCode(code)) {
      return number(code, 0) >= FIRST_LOCAL || number(code, 2) >= FIRST_LOCAL;
    }
    throw new IllegalArgumentException("'" + code + "' is not a category code (two or four digits, no 00 part)");
  }

  /** The two digits at {@code from}, or -1 if they are not both ASCII digits. */
  private static int number(String code, int from) {
    char tens = code.charAt(from);
    char ones = code.charAt(from + 1);
    if (tens < '0' || tens > '9' || ones < '0' || ones > '9') {
      return -1;
    }
    return (tens - '0') * 10 + (ones - '0');
  }
}
