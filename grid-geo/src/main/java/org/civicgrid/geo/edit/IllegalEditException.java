package org.civicgrid.geo.edit;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.locationtech.jts.geom.Geometry;

/**
 * A boundary edit that cannot be applied ({@link ErrorCode#ILLEGAL_CHANGE}); the layer it was
 * applied to is unchanged. It names the rule broken and the grids involved, carries one finding per
 * offending grid, and, where there is one, the offending geometry (the crossing line, the invalid
 * segments the coverage validator reported). Immutable; {@link #problem()} returns a copy.
 */
public final class IllegalEditException extends CivicGridException {
  private static final long serialVersionUID = 1L;

  private final EditRule rule;
  private final ImmutableList<GridCode> grids;
  private final transient Report report;
  private final transient Geometry problem;

  IllegalEditException(EditRule rule, List<GridCode> grids, String message, Report report,
      Geometry problem) {
    super(ErrorCode.ILLEGAL_CHANGE, message);
    this.rule = checkNotNull(rule, "rule");
    this.grids = ImmutableList.copyOf(grids);
    this.report = report;
    this.problem = problem == null ? null : problem.copy();
  }

  /** A refusal with one finding, about the first of {@code grids}. */
  static IllegalEditException of(EditRule rule, List<GridCode> grids, String message) {
    return of(rule, grids, message, null);
  }

  /** A refusal with one finding and the geometry that shows the problem. */
  static IllegalEditException of(EditRule rule, List<GridCode> grids, String message,
      Geometry problem) {
    String subject = grids.stream().map(GridCode::value).collect(Collectors.joining(", "));
    Report report = Report.of(List.of(Finding.of(rule, subject, message)));
    return new IllegalEditException(rule, grids, message, report, problem);
  }

  /** The rule the edit breaks. */
  public EditRule rule() {
    return rule;
  }

  /** The grids involved, the offending ones first. */
  public ImmutableList<GridCode> grids() {
    return grids;
  }

  /** The findings behind the refusal, one per offending grid. */
  public Report report() {
    return report;
  }

  /** The geometry that shows the problem, in the layer's coordinates, if there is one. */
  public Optional<Geometry> problem() {
    return Optional.ofNullable(problem).map(Geometry::copy);
  }
}
