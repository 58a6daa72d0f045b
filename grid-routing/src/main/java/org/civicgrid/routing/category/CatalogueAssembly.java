package org.civicgrid.routing.category;

import static org.civicgrid.routing.category.CatalogueRule.CODE_COLLISION;
import static org.civicgrid.routing.category.CatalogueRule.DEPARTMENT_CONFLICT;
import static org.civicgrid.routing.category.CatalogueRule.DUPLICATE_CODE;
import static org.civicgrid.routing.category.CatalogueRule.NOT_LOCAL_CODE;
import static org.civicgrid.routing.category.CatalogueRule.UNKNOWN_PARENT;

import com.google.common.base.Verify;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.layer.Department;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Rule;

/**
 * Checks the entries of one catalogue, or of one local extension of a base catalogue, and builds it
 * when they are sound. The builder and the file reader both feed it, each naming its entries its own
 * way (by code, or by file line), so the rules are the same whichever way a catalogue arrives.
 * Single-use and not thread-safe.
 */
final class CatalogueAssembly {
  private final CategoryCatalogue base;
  private final Map<String, String> declaredAt = new HashMap<>();
  private final Map<String, Category> categories = new LinkedHashMap<>();
  private final Map<String, Subcategory> subcategories = new LinkedHashMap<>();
  private final Map<String, String> subcategorySubjects = new HashMap<>();
  private final List<Finding> findings = new ArrayList<>();

  /** An assembly of a whole catalogue, or of an extension of {@code base} when it is not null. */
  CatalogueAssembly(CategoryCatalogue base) {
    this.base = base;
  }

  void finding(Rule rule, String subject, String message) {
    findings.add(Finding.of(rule, subject, message));
  }

  void add(Category category, String subject) {
    if (claim(category.code(), "main class", subject)) {
      categories.put(category.code(), category);
    }
  }

  void add(Subcategory subcategory, String subject) {
    if (claim(subcategory.code(), "subcategory", subject)) {
      subcategories.put(subcategory.code(), subcategory);
      subcategorySubjects.put(subcategory.code(), subject);
    }
  }

  /** The main class {@code code} as declared here or in the base, or null. */
  Category category(String code) {
    Category own = categories.get(code);
    return own != null || base == null ? own : base.findCategory(code).orElse(null);
  }

  /**
   * Checks what needs every entry (parents, departments) and returns every finding; the catalogue may
   * be built when none is an error.
   */
  Report finish() {
    Map<String, Department> departments = new HashMap<>();
    if (base != null) {
      base.departments().forEach(d -> departments.put(d.id(), d));
    }
    for (Subcategory s : subcategories.values()) {
      String subject = subcategorySubjects.get(s.code());
      Category parent = category(s.parent().code());
      if (parent == null) {
        finding(UNKNOWN_PARENT, subject, "subcategory " + s.code() + " has no main class " + s.parent().code()
            + " in catalogue");
      } else if (!parent.equals(s.parent())) {
        finding(UNKNOWN_PARENT, subject, "subcategory " + s.code() + " names main class " + s.parent()
            + " (" + s.parent().nameEn() + "), but the catalogue's is " + parent + " (" + parent.nameEn() + ")");
      }
      Department known = departments.putIfAbsent(s.department().id(), s.department());
      if (known != null && !known.equals(s.department())) {
        finding(DEPARTMENT_CONFLICT, subject, "subcategory " + s.code() + " names department " + describe(s.department())
            + ", but the catalogue's " + known.id() + " is " + describe(known));
      }
    }
    return Report.of(findings);
  }

  /** The catalogue; only after {@link #finish()} found no error. */
  CategoryCatalogue catalogue(String id, String description) {
    Verify.verify(!Report.of(findings).hasErrors(), "catalogue %s has errors", id);
    List<Category> allCategories = new ArrayList<>(categories.values());
    List<Subcategory> allSubcategories = new ArrayList<>(subcategories.values());
    if (base != null) {
      allCategories.addAll(base.categories());
      allSubcategories.addAll(base.subcategories());
    }
    return new CategoryCatalogue(id, description, allCategories, allSubcategories);
  }

  /** Records where {@code code} is declared, unless it is taken; true when it was free. */
  private boolean claim(String code, String what, String subject) {
    String earlier = declaredAt.putIfAbsent(code, subject);
    if (earlier != null) {
      finding(DUPLICATE_CODE, subject, what + " " + code + " repeats the code declared at " + earlier);
      return false;
    }
    if (base == null) {
      return true;
    }
    if (base.contains(code)) {
      finding(CODE_COLLISION, subject, what + " " + code + " collides with " + base.describe(code) + " of catalogue "
          + base.id() + "; a city's own codes are numbered from " + CategoryCodes.FIRST_LOCAL);
      return false;
    }
    if (!CategoryCodes.isLocal(code)) {
      finding(NOT_LOCAL_CODE, subject, what + " " + code + " extends catalogue " + base.id()
          + " outside the local range: main classes " + CategoryCodes.FIRST_LOCAL + "-99, subcategories numbered "
          + CategoryCodes.FIRST_LOCAL + "-99 or under a local main class");
      return false;
    }
    return true;
  }

  private static String describe(Department d) {
    return d.id() + " (" + d.nameZh() + ", " + d.nameEn() + ")";
  }
}
