package org.civicgrid.core.store;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * A write that said a version which is no longer the stored one: someone else wrote in between.
 * Nothing was written; reload, reapply and retry.
 */
public final class VersionConflictException extends CivicGridException {
  private final String subject;
  private final long expected;
  private final long actual;

  public VersionConflictException(String subject, long expected, long actual) {
    super(ErrorCode.VERSION_CONFLICT,
        subject + ": the write expected version " + expected + " but the stored version is " + actual);
    this.subject = subject;
    this.expected = expected;
    this.actual = actual;
  }

  /** What was written, for example {@code territory fuxin-haizhou}. */
  public String subject() {
    return subject;
  }

  /** The version the writer had read; 0 means "must not exist yet". */
  public long expected() {
    return expected;
  }

  /** The version stored when the write was refused; 0 means "does not exist". */
  public long actual() {
    return actual;
  }
}
