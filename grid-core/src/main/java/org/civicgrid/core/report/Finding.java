package org.civicgrid.core.report;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem found by a bulk check: which rule, how serious, where (the subject: a grid code, a
 * place id, a file line) and what exactly is wrong.
 */
public record Finding(Rule rule, Severity severity, String subject, String message) {
  public Finding {
    checkNotNull(rule, "rule");
    checkNotNull(severity, "severity");
    checkNotNull(subject, "subject");
    checkNotNull(message, "message");
  }

  /** A finding with the rule's own severity. */
  public static Finding of(Rule rule, String subject, String message) {
    return new Finding(rule, rule.severity(), subject, message);
  }

  @Override
  public String toString() {
    return severity + " " + rule.id() + " [" + subject + "] " + message;
  }
}
