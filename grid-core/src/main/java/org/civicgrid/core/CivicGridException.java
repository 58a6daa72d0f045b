package org.civicgrid.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The one unchecked root for failures of the library and of its plugins, as opposed to caller
 * mistakes, which are reported with {@link IllegalArgumentException} and {@link
 * NullPointerException}.
 *
 * <p>Every instance carries a stable {@link ErrorCode}, and its message starts with the code's name
 * followed by the offending object, for example {@code "PLUGIN_AMBIGUOUS: several storage plugins
 * found [file, jdbc]; choose one with civicgrid.storage=<id>"}. Exceptions raised by a plugin (such
 * as {@code SQLException}) are wrapped as the cause, never leaked raw. Subclasses add typed context
 * for specific failures.
 */
public class CivicGridException extends RuntimeException {
  private final ErrorCode code;

  /**
   * Creates an exception without a cause.
   *
   * @param code the stable classification of the failure
   * @param message what failed and on which object; the code's name is prepended
   */
  public CivicGridException(ErrorCode code, String message) {
    this(code, message, null);
  }

  /**
   * Creates an exception that wraps the failure that caused it.
   *
   * @param code the stable classification of the failure
   * @param message what failed and on which object; the code's name is prepended
   * @param cause the underlying failure, or {@code null} if there is none
   */
  public CivicGridException(ErrorCode code, String message, Throwable cause) {
    super(checkNotNull(code, "code").name() + ": " + checkNotNull(message, "message"), cause);
    this.code = code;
  }

  /**
   * Returns the stable classification of this failure.
   *
   * @return the error code, never {@code null}
   */
  public ErrorCode code() {
    return code;
  }
}
