package org.civicgrid.core.report;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The immutable result of a bulk check: every finding, in the order found. A report never stops at
 * the first problem, so one run shows everything that needs fixing.
 */
public record Report(ImmutableList<Finding> findings) {
  private static final Report EMPTY = new Report(ImmutableList.of());

  public Report {
    findings = ImmutableList.copyOf(findings);
  }

  public static Report empty() {
    return EMPTY;
  }

  public static Report of(List<Finding> findings) {
    return findings.isEmpty() ? EMPTY : new Report(ImmutableList.copyOf(findings));
  }

  /** True when some finding has {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** The findings of one severity. */
  public ImmutableList<Finding> withSeverity(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).collect(ImmutableList.toImmutableList());
  }

  /** The findings of one rule. */
  public ImmutableList<Finding> of(Rule rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).collect(ImmutableList.toImmutableList());
  }

  /** This report followed by another's findings. */
  public Report plus(Report other) {
    return of(ImmutableList.<Finding>builder().addAll(findings).addAll(other.findings).build());
  }

  @Override
  public String toString() {
    return findings.isEmpty() ? "no findings" : String.join("\n", findings.stream().map(Finding::toString).toList());
  }
}
