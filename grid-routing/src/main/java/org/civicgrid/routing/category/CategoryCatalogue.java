package org.civicgrid.routing.category;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.layer.Department;
import org.civicgrid.core.code.LowerKebab;

/**
 * A two-level category catalogue: main classes ({@link Category}) and their subcategories
 * ({@link Subcategory}), each subcategory with its filing condition, handling limit, closing
 * condition and responsible department. Presets are in {@link CategoryCatalogues}; a city ships its
 * own in the file format of {@link CategoryCatalogueJson}, or adds its own classes to a preset with
 * {@link #extend(String)} — in the range reserved for local codes, so they never collide with the
 * preset's ({@link CategoryCodes}).
 *
 * <p>Built whole or not at all: {@link Builder#build()} checks every entry and throws {@link
 * InvalidCatalogueException} with every problem, leaving nothing half-added. An immutable snapshot,
 * safe to share between threads; lookups by code are hash lookups.
 */
public final class CategoryCatalogue {

  private final String id;
  private final String description;
  private final ImmutableMap<String, Category> categories;
  private final ImmutableMap<String, Subcategory> subcategories;
  private final ImmutableListMultimap<String, Subcategory> byParent;
  private final ImmutableMap<String, Department> departments;

  /** Entries already checked by {@link CatalogueAssembly}; they are sorted by code here. */
  CategoryCatalogue(String id, String description, List<Category> categories, List<Subcategory> subcategories) {
    this.id = checkId(id);
    this.description = checkNotNull(description, "description");
    this.categories = categories.stream().sorted(Comparator.comparing(Category::code))
        .collect(ImmutableMap.toImmutableMap(Category::code, c -> c));
    List<Subcategory> sorted = new ArrayList<>(subcategories);
    sorted.sort(Comparator.comparing(Subcategory::code));
    this.subcategories = sorted.stream().collect(ImmutableMap.toImmutableMap(Subcategory::code, s -> s));
    this.byParent = sorted.stream().collect(ImmutableListMultimap.toImmutableListMultimap(s -> s.parent().code(), s -> s));
    TreeMap<String, Department> used = new TreeMap<>();
    sorted.forEach(s -> used.putIfAbsent(s.department().id(), s.department()));
    this.departments = ImmutableMap.copyOf(used);
  }

  /**
   * Starts a new catalogue.
   *
   * @param id a lower-kebab id, such as {@code city-management-events}
   */
  public static Builder builder(String id) {
    return new Builder(checkId(id), null);
  }

  /**
   * Starts a local extension of this catalogue: the result holds this catalogue's classes and the
   * ones added, which must be new codes in the local range ({@link CategoryCodes#isLocal}).
   * A colliding code is a {@link CatalogueRule#CODE_COLLISION} naming it. This catalogue is not
   * changed.
   *
   * @param id the extended catalogue's lower-kebab id, such as {@code tongnan-social-governance}
   */
  public Builder extend(String id) {
    return new Builder(checkId(id), this).description(description);
  }

  /** The lower-kebab id, such as {@code social-governance}. */
  public String id() {
    return id;
  }

  /** What the catalogue is and where its limits come from; may be empty. */
  public String description() {
    return description;
  }

  /** Every main class, in code order. */
  public ImmutableList<Category> categories() {
    return categories.values().asList();
  }

  /** Every subcategory, in code order (so grouped by main class). */
  public ImmutableList<Subcategory> subcategories() {
    return subcategories.values().asList();
  }

  /**
   * The subcategories of the main class {@code code}, in code order.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} if there is no such main class
   */
  public ImmutableList<Subcategory> subcategoriesOf(String code) {
    category(code);
    return byParent.get(code);
  }

  /** The subcategories {@code department} answers for, in code order. */
  public ImmutableList<Subcategory> subcategoriesFor(Department department) {
    checkNotNull(department, "department");
    return subcategories.values().stream().filter(s -> s.department().equals(department))
        .collect(ImmutableList.toImmutableList());
  }

  /** The main class with this code, if there is one. */
  public Optional<Category> findCategory(String code) {
    return Optional.ofNullable(categories.get(code));
  }

  /**
   * The main class with this code.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming the code
   */
  public Category category(String code) {
    Category c = categories.get(code);
    if (c == null) {
      throw new CivicGridException(ErrorCode.NOT_FOUND, "no main class " + code + " in catalogue " + id);
    }
    return c;
  }

  /** The subcategory with this code, if there is one. */
  public Optional<Subcategory> findSubcategory(String code) {
    return Optional.ofNullable(subcategories.get(code));
  }

  /**
   * The subcategory with this code.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming the code
   */
  public Subcategory subcategory(String code) {
    Subcategory s = subcategories.get(code);
    if (s == null) {
      throw new CivicGridException(ErrorCode.NOT_FOUND, "no subcategory " + code + " in catalogue " + id);
    }
    return s;
  }

  /** True when a main class or subcategory has this code. */
  public boolean contains(String code) {
    return categories.containsKey(code) || subcategories.containsKey(code);
  }

  /** The departments and utilities the subcategories name, each once, by id. */
  public ImmutableList<Department> departments() {
    return departments.values().asList();
  }

  /** The department with this id among those the subcategories name, if there is one. */
  public Optional<Department> findDepartment(String departmentId) {
    return Optional.ofNullable(departments.get(departmentId));
  }

  /** The main class or subcategory {@code code} as in messages: "main class 01 市容环境". */
  String describe(String code) {
    Category c = categories.get(code);
    return c != null ? "main class " + c : "subcategory " + subcategories.get(code);
  }

  /** Equal when id, description and every class and subcategory are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CategoryCatalogue other && id.equals(other.id) && description.equals(other.description)
        && categories.equals(other.categories) && subcategories.equals(other.subcategories);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, categories, subcategories);
  }

  @Override
  public String toString() {
    return "catalogue " + id + " (main classes: " + categories.size() + ", subcategories: " + subcategories.size() + ")";
  }

  static String checkId(String id) {
    checkArgument(LowerKebab.matches(id), "catalogue id %s is not lower-kebab", id);
    return id;
  }

  /**
   * Collects the classes of a new catalogue or of a local extension; {@link #build()} checks them
   * all at once. The order of {@code add} calls does not matter. Not thread-safe; may be built more
   * than once.
   */
  public static final class Builder {
    private final String id;
    private final CategoryCatalogue base;
    private final List<Category> categories = new ArrayList<>();
    private final List<Subcategory> subcategories = new ArrayList<>();
    private String description = "";

    private Builder(String id, CategoryCatalogue base) {
      this.id = id;
      this.base = base;
    }

    /** Says what the catalogue is and where its limits come from. */
    public Builder description(String text) {
      this.description = checkNotNull(text, "description");
      return this;
    }

    /** Adds a main class. */
    public Builder add(Category category) {
      categories.add(checkNotNull(category, "category"));
      return this;
    }

    /** Adds a subcategory; its parent must be added too, or be in the catalogue extended. */
    public Builder add(Subcategory subcategory) {
      subcategories.add(checkNotNull(subcategory, "subcategory"));
      return this;
    }

    /**
     * Checks every entry and builds the catalogue.
     *
     * @throws InvalidCatalogueException with every finding (subject: the offending code) if any entry
     *     is a duplicate, collides with or lies outside the local range of the catalogue extended,
     *     names a main class that is not there, or names a department whose id stands for another
     */
    public CategoryCatalogue build() {
      CatalogueAssembly assembly = new CatalogueAssembly(base);
      categories.forEach(c -> assembly.add(c, c.code()));
      subcategories.forEach(s -> assembly.add(s, s.code()));
      var report = assembly.finish();
      if (report.hasErrors()) {
        throw new InvalidCatalogueException(id, report);
      }
      return assembly.catalogue(id, description);
    }
  }
}
