package org.civicgrid.core.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;

/**
 * A revision that cannot be applied ({@link ErrorCode#ILLEGAL_CHANGE}); the history it was applied to
 * is unchanged. It names the rule broken, the change (when one change is to blame), the offending
 * grid code, place id or date, and carries a report: the hierarchy's validation findings for
 * {@link ChangeRule#INVALID_RESULT}, else the one finding this exception describes.
 */
public final class IllegalChangeException extends CivicGridException {
  private static final long serialVersionUID = 1L;

  private final ChangeRule rule;
  private final transient Change change;
  private final String subject;
  private final transient Report report;

  /**
   * @param context where it happened ("revision 3, change 2 of 4 (…): "), or empty
   * @param detail what is wrong; becomes the one finding when {@code report} is null
   */
  IllegalChangeException(ChangeRule rule, Change change, String subject, String context, String detail,
      Report report) {
    super(ErrorCode.ILLEGAL_CHANGE, context + detail);
    this.rule = checkNotNull(rule, "rule");
    this.change = change;
    this.subject = checkNotNull(subject, "subject");
    this.report = report != null ? report : Report.of(List.of(Finding.of(rule, subject, detail)));
  }

  /** The rule the revision breaks. */
  public ChangeRule rule() {
    return rule;
  }

  /** The change to blame, absent when the revision as a whole is refused (a retroactive date). */
  public Optional<Change> change() {
    return Optional.ofNullable(change);
  }

  /** The offending grid code, place id or date. */
  public String subject() {
    return subject;
  }

  /** The findings behind the refusal. */
  public Report report() {
    return report;
  }
}
