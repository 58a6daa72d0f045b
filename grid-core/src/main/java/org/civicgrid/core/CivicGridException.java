package org.civicgrid.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The one unchecked root of library and plugin failures. It carries a stable {@link ErrorCode}, and
 * its message names the offending object (a grid code, a plugin id, a file line).
 */
public class CivicGridException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public CivicGridException(ErrorCode code, String message) {
    this(code, message, null);
  }

  public CivicGridException(ErrorCode code, String message, Throwable cause) {
    super(checkNotNull(code, "code").name() + ": " + message, cause);
    this.code = code;
  }

  /** The stable identifier of this failure. */
  public ErrorCode code() {
    return code;
  }
}
