package org.civicgrid.geo.layout;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * The input of a layout cannot be laid out as given, for example a household site outside every
 * parent; the message names the offending site or parent. Code {@link ErrorCode#MALFORMED_INPUT}.
 */
public final class LayoutInputException extends CivicGridException {
  private static final long serialVersionUID = 1L;

  LayoutInputException(String message) {
    super(ErrorCode.MALFORMED_INPUT, message);
  }
}
