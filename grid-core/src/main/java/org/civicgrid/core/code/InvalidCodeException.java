package org.civicgrid.core.code;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/** A grid code that breaks a {@link CodeRule}; names the code as given and the rule. */
public final class InvalidCodeException extends CivicGridException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final CodeRule rule;

  public InvalidCodeException(String code, CodeRule rule, String detail) {
    super(ErrorCode.INVALID_CODE, "code '" + code + "' breaks rule " + rule + ": " + detail);
    this.code = code;
    this.rule = rule;
  }

  /** The offending code, exactly as it was given. */
  public String invalidCode() {
    return code;
  }

  public CodeRule rule() {
    return rule;
  }
}
