package org.civicgrid.geo.coverage;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Rule;

/**
 * The result of a coverage check: every {@link CoverageFinding}, each with its geometry, in the order
 * found. {@link #toReport()} gives grid-core's plain {@link Report} for callers that need no geometry.
 * Immutable and thread-safe as long as nobody modifies the geometries.
 */
public record CoverageReport(ImmutableList<CoverageFinding> findings) {
  public CoverageReport {
    findings = ImmutableList.copyOf(findings);
  }

  /** A report of these findings. */
  public static CoverageReport of(List<CoverageFinding> findings) {
    return new CoverageReport(ImmutableList.copyOf(findings));
  }

  /** True when nothing was found: the level tiles its parents exactly. */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /** The findings of one rule. */
  public ImmutableList<CoverageFinding> of(Rule rule) {
    return findings.stream().filter(f -> f.finding().rule().equals(rule)).collect(ImmutableList.toImmutableList());
  }

  /** The same findings without their geometry. */
  public Report toReport() {
    return Report.of(findings.stream().map(CoverageFinding::finding).collect(ImmutableList.toImmutableList()));
  }

  /** This report followed by another's findings. */
  public CoverageReport plus(CoverageReport other) {
    return new CoverageReport(ImmutableList.<CoverageFinding>builder().addAll(findings).addAll(other.findings).build());
  }

  /** True when some finding is an error. */
  public boolean hasErrors() {
    return toReport().hasErrors();
  }

  @Override
  public String toString() {
    return findings.isEmpty() ? "no findings"
        : String.join("\n", findings.stream().map(CoverageFinding::finding).map(Finding::toString).toList());
  }
}
