package org.civicgrid.routing.category;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.civicgrid.routing.calendar.TimeLimit;

/**
 * The Jackson module for category catalogues: register it on an {@code ObjectMapper} (beside
 * {@code org.civicgrid.core.io.CivicGridJsonModule}) to write {@link CategoryCatalogue} documents,
 * {@link Category}, {@link Subcategory} and {@link TimeLimit} in the forms described in
 * {@code docs/formats.md}, and to read catalogues, main classes and limits back. A lone subcategory
 * is written but not read: its parent and department are resolved by the document it belongs to.
 *
 * <p>Readers are strict whatever the mapper's settings. A catalogue document that has problems fails
 * with {@link org.civicgrid.core.io.ImportFailedException} naming every problem with its line; a
 * lone main class or limit fails with a {@code JsonMappingException} at its start.
 * {@link CategoryCatalogueJson} is the ready-made entry point.
 *
 * <p>Stateless; one instance may be registered on any number of mappers.
 */
public final class CategoryJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public CategoryJsonModule() {
    super("CategoryJsonModule", Version.unknownVersion());
    addSerializer(TimeLimit.class, new CatalogueJsonForms.LimitSerializer());
    addDeserializer(TimeLimit.class, new CatalogueJsonForms.LimitDeserializer());
    addSerializer(Category.class, new CatalogueJsonForms.CategorySerializer());
    addDeserializer(Category.class, new CatalogueJsonForms.CategoryDeserializer());
    addSerializer(Subcategory.class, new CatalogueJsonForms.SubcategorySerializer());
    addSerializer(CategoryCatalogue.class, new CatalogueJsonForms.CatalogueSerializer());
    addDeserializer(CategoryCatalogue.class, new CatalogueJsonForms.CatalogueDeserializer());
  }
}
