package org.civicgrid.core.staff.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.regex.Pattern;
import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/**
 * One rule of a {@link StaffingPolicy}: an id, the severity of its gaps, the levels whose grids it applies
 * to and the {@link Requirement} it checks. It is the {@link Rule} of the findings it produces, so a gap
 * report can be filtered by it ({@link org.civicgrid.core.report.Report#of}). Immutable.
 *
 * @param id lower-kebab, optionally after one {@code prefix.} for a city's own rules ({@code
 *     beipiao.building-leader-per-building}); unique within a policy
 * @param levels the ids of the levels whose grids the rule applies to; empty for every level
 */
public record PolicyRule(String id, Severity severity, ImmutableSet<String> levels, Requirement requirement)
    implements Rule {
  private static final Pattern ID = Pattern.compile("([a-z][a-z0-9]*(-[a-z0-9]+)*\\.)?[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public PolicyRule {
    checkArgument(id != null && id.length() <= 64 && ID.matcher(id).matches(),
        "rule id %s must be lower-kebab, optionally after one 'prefix.', at most 64 characters", id);
    checkNotNull(severity, "rule %s has no severity", id);
    levels = ImmutableSet.copyOf(checkNotNull(levels, "rule %s: levels", id));
    for (String level : levels) {
      checkArgument(!level.isBlank(), "rule %s names a blank level", id);
    }
    checkNotNull(requirement, "rule %s has no requirement", id);
  }

  /** A rule applying at every level. */
  public static PolicyRule of(String id, Severity severity, Requirement requirement) {
    return new PolicyRule(id, severity, ImmutableSet.of(), requirement);
  }

  /** The same rule, applying to the grids of these levels only. */
  public PolicyRule atLevels(String... levels) {
    return new PolicyRule(id, severity, ImmutableSet.copyOf(levels), requirement);
  }

  /** The same rule with gaps of another severity. */
  public PolicyRule withSeverity(Severity severity) {
    return new PolicyRule(id, severity, levels, requirement);
  }

  /** True when the rule applies to grids of the level with this id. */
  public boolean appliesTo(String levelId) {
    return levels.isEmpty() || levels.contains(levelId);
  }

  /** A policy rule is named by its id. */
  @Override
  public String name() {
    return id;
  }

  @Override
  public String toString() {
    return id + " (" + severity + (levels.isEmpty() ? "" : " at " + String.join(", ", levels)) + "): "
        + requirement;
  }
}
