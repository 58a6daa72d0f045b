package org.civicgrid.routing.category;

import static org.civicgrid.routing.category.CatalogueRule.BROKEN_JSON;
import static org.civicgrid.routing.category.CatalogueRule.DEPARTMENT_CONFLICT;
import static org.civicgrid.routing.category.CatalogueRule.MALFORMED_CODE;
import static org.civicgrid.routing.category.CatalogueRule.MALFORMED_DOCUMENT;
import static org.civicgrid.routing.category.CatalogueRule.MALFORMED_ENTRY;
import static org.civicgrid.routing.category.CatalogueRule.MISSING_DEPARTMENT;
import static org.civicgrid.routing.category.CatalogueRule.UNKNOWN_PARENT;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.civicgrid.core.io.DocumentReader;
import org.civicgrid.core.layer.Department;
import org.civicgrid.core.layer.Departments;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.routing.calendar.TimeLimit;

/**
 * Reads one catalogue document (see {@link CategoryCatalogueJson}) from a parser, collecting every
 * problem with its line before anything is built: the document's shape first, then each entry, then
 * the rules of {@link CatalogueAssembly}. Single-use and not thread-safe.
 */
final class CatalogueReader extends DocumentReader<CategoryCatalogue> {
  static final String FORMAT = "civicgrid-categories";
  static final int VERSION = 1;

  private static final ImmutableSet<String> DEPARTMENT_FIELDS = ImmutableSet.of("id", "names");
  private static final ImmutableSet<String> CATEGORY_FIELDS = ImmutableSet.of("code", "names");
  private static final ImmutableSet<String> SUBCATEGORY_FIELDS = ImmutableSet.of("code", "names",
      "filingCondition", "handlingLimit", "closingCondition", "department", "dispatchTo");

  private final CategoryCatalogue base;
  private final List<Finding> findings = findings();
  private final List<Line> departmentEntries = new ArrayList<>();
  private final List<Line> categoryEntries = new ArrayList<>();
  private final List<Line> subcategoryEntries = new ArrayList<>();
  private String id;
  private String description;
  private String extendsId;

  private record Line(int number, JsonNode node) {}

  /**
   * @param source what is read, for messages ("category catalogue file x.json")
   * @param base the catalogue extended, or null for a whole catalogue
   */
  CatalogueReader(String source, CategoryCatalogue base) {
    super(source, "catalogue", FORMAT, VERSION, BROKEN_JSON, MALFORMED_DOCUMENT);
    this.base = base;
  }

  @Override
  protected void field(JsonParser p, String name, JsonLocation at) throws IOException {
    switch (name) {
      case "id" -> id = text(p, at, name);
      case "description" -> description = text(p, at, name);
      case "extends" -> extendsId = text(p, at, name);
      case "departments" -> entries(p, at, name, departmentEntries);
      case "categories" -> entries(p, at, name, categoryEntries);
      case "subcategories" -> entries(p, at, name, subcategoryEntries);
      default -> unknownField(p, name, at);
    }
  }

  /** False when the document extends another catalogue than the one read with it: no judging its entries. */
  @Override
  protected boolean fieldsRead() {
    return checkIdentity();
  }

  private void entries(JsonParser p, JsonLocation at, String field, List<Line> into) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      finding(MALFORMED_DOCUMENT, at, "\"" + field + "\" must be an array, not " + describe(p));
      p.skipChildren();
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation entryAt = p.currentTokenLocation();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        finding(MALFORMED_ENTRY, entryAt, "an entry of \"" + field + "\" must be an object, not " + describe(p));
        p.skipChildren();
        continue;
      }
      into.add(new Line(entryAt.getLineNr(), p.readValueAsTree()));
    }
  }

  /** Checks the id and {@code extends}; false when the entries cannot be judged against the right base. */
  private boolean checkIdentity() {
    checkId(id);
    String at = documentLine();
    if (base == null && extendsId != null) {
      findings.add(Finding.of(MALFORMED_DOCUMENT, at, "the catalogue extends " + extendsId
          + "; read it as an extension of that catalogue"));
      return false;
    }
    if (base != null && !base.id().equals(extendsId)) {
      findings.add(Finding.of(MALFORMED_DOCUMENT, at, "the catalogue is read as an extension of " + base.id()
          + " but " + (extendsId == null ? "says no \"extends\"" : "extends " + extendsId)));
      return false;
    }
    return true;
  }

  /** Reads the entries into an assembly; the document itself is sound. */
  @Override
  protected CategoryCatalogue assemble() {
    CatalogueAssembly assembly = new CatalogueAssembly(base);
    Map<String, Department> departments = declaredDepartments();
    Set<String> brokenCategories = new HashSet<>();
    for (Line line : categoryEntries) {
      CatalogueEntry entry = new CatalogueEntry(line.node, CATEGORY_FIELDS, "main class", subject(line), findings);
      String code = code(entry, CategoryCodes::isMainCode, "two digits 01-99");
      String[] names = entry.names();
      if (entry.failed()) {
        if (code != null) {
          brokenCategories.add(code);
        }
      } else {
        assembly.add(new Category(code, names[0], names[1]), subject(line));
      }
    }
    for (Line line : subcategoryEntries) {
      CatalogueEntry entry = new CatalogueEntry(line.node, SUBCATEGORY_FIELDS, "subcategory", subject(line), findings);
      String code = code(entry, CategoryCodes::isSubcategoryCode, "four digits, no 00 part");
      String[] names = entry.names();
      String filing = entry.text("filingCondition");
      TimeLimit limit = entry.handlingLimit();
      String closing = entry.text("closingCondition");
      Department department = department(entry, departments);
      DispatchTo dispatchTo = entry.dispatchTo();
      Category parent = code == null ? null : assembly.category(code.substring(0, CategoryCodes.MAIN_LENGTH));
      if (code != null && parent == null && !brokenCategories.contains(code.substring(0, CategoryCodes.MAIN_LENGTH))) {
        entry.fail(UNKNOWN_PARENT, "has no main class " + code.substring(0, CategoryCodes.MAIN_LENGTH)
            + (base == null ? " in the file" : " in the file or in catalogue " + base.id()));
      }
      if (!entry.failed() && parent != null) {
        assembly.add(new Subcategory(code, names[0], names[1], parent, filing, limit, closing, department, dispatchTo),
            subject(line));
      }
    }
    Report report = Report.of(findings).plus(assembly.finish());
    if (report.hasErrors()) {
      throw failure(report);
    }
    String text = description != null ? description : base != null ? base.description() : "";
    return assembly.catalogue(id, text);
  }

  /** The departments the file declares, checked against the standard ones and the base's. */
  private Map<String, Department> declaredDepartments() {
    Map<String, Department> known = new HashMap<>();
    Departments.all().forEach(d -> known.put(d.id(), d));
    if (base != null) {
      base.departments().forEach(d -> known.put(d.id(), d));
    }
    Set<String> declared = new HashSet<>();
    for (Line line : departmentEntries) {
      CatalogueEntry entry = new CatalogueEntry(line.node, DEPARTMENT_FIELDS, "department", subject(line), findings);
      String departmentId = entry.text("id");
      if (departmentId != null) {
        entry.named(departmentId);
      }
      String[] names = entry.names();
      if (entry.failed()) {
        continue;
      }
      Department d;
      try {
        d = new Department(departmentId, names[0], names[1]);
      } catch (IllegalArgumentException e) {
        entry.fail(MALFORMED_ENTRY, e.getMessage());
        continue;
      }
      Department earlier = known.get(d.id());
      if (earlier != null && !earlier.equals(d)) {
        entry.fail(DEPARTMENT_CONFLICT, "is named " + d.nameZh() + " / " + d.nameEn() + ", but " + d.id() + " is "
            + (declared.contains(d.id()) ? "declared earlier in the file as " : "already ")
            + earlier.nameZh() + " / " + earlier.nameEn());
      } else {
        known.put(d.id(), d);
        declared.add(d.id());
      }
    }
    return known;
  }

  /** The entry's code if it has the right shape, naming the entry by it; otherwise null, reported. */
  private static String code(CatalogueEntry entry, Predicate<String> shape, String expected) {
    String code = entry.text("code");
    if (code == null) {
      return null;
    }
    entry.named(code);
    if (!shape.test(code)) {
      entry.fail(MALFORMED_CODE, "the code must be " + expected);
      return null;
    }
    return code;
  }

  private static Department department(CatalogueEntry entry, Map<String, Department> departments) {
    if (!entry.has("department")) {
      entry.fail(MISSING_DEPARTMENT, "has no \"department\"");
      return null;
    }
    String departmentId = entry.text("department");
    Department d = departmentId == null ? null : departments.get(departmentId);
    if (departmentId != null && d == null) {
      entry.fail(MISSING_DEPARTMENT, "names department " + departmentId
          + ", which the file does not declare and which is not a standard department");
    }
    return d;
  }

  private static String subject(Line line) {
    return "line " + line.number;
  }
}
