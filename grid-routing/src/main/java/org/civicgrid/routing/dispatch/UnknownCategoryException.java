package org.civicgrid.routing.dispatch;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * A case names a category its router's catalogue does not have as a subcategory: the case cannot be
 * routed until it is re-categorised. {@link ErrorCode#NOT_FOUND}. Immutable.
 */
public final class UnknownCategoryException extends CivicGridException {
  private static final long serialVersionUID = 1L;

  private final String category;

  /** The case's {@code category} is not a subcategory of catalogue {@code catalogue}. */
  public UnknownCategoryException(String category, String catalogue) {
    super(ErrorCode.NOT_FOUND, "no subcategory " + category + " in catalogue " + catalogue + " to route by");
    this.category = category;
  }

  /** The category the case named. */
  public String category() {
    return category;
  }
}
