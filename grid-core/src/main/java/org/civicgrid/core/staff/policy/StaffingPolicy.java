package org.civicgrid.core.staff.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.scheme.LevelScheme;
import org.civicgrid.core.staff.RoleCatalogue;
import org.civicgrid.core.staff.Staffing;

/**
 * A named set of staffing {@link PolicyRule}s — which roles each level's grids need and how many, who may
 * hold them, how many households each may serve, which places need a holder, how many grids cadres link
 * — and the gap report they give on a {@link Staffing} at a date ({@link #evaluate}).
 *
 * <p>Policies compose: a city's policy {@linkplain Builder#include includes} a preset from {@link
 * StaffingPolicies}, adds its own rules, {@linkplain Builder#severity changes the severity} of a preset
 * rule or {@linkplain Builder#disable disables} one, all by rule id. A policy is plain data, valid with
 * any catalogue and scheme until evaluated: {@link #evaluatorFor} checks the roles and levels it names
 * and prepares the rules for evaluation. Immutable and thread-safe.
 */
public final class StaffingPolicy {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String id;
  private final ImmutableMap<String, PolicyRule> rules;

  private StaffingPolicy(String id, ImmutableMap<String, PolicyRule> rules) {
    this.id = id;
    this.rules = rules;
  }

  /**
   * Starts a policy.
   *
   * @param id lower-kebab, for example {@code tongnan} or {@code tongnan-shuangjiang}
   */
  public static Builder builder(String id) {
    checkArgument(id != null && ID.matcher(id).matches(), "policy id %s is not lower-kebab", id);
    return new Builder(id);
  }

  public String id() {
    return id;
  }

  /** Every rule, in the order added. */
  public ImmutableList<PolicyRule> rules() {
    return rules.values().asList();
  }

  public Optional<PolicyRule> findRule(String ruleId) {
    return Optional.ofNullable(rules.get(checkNotNull(ruleId, "ruleId")));
  }

  /**
   * The rule with this id.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming the rule and this policy
   */
  public PolicyRule rule(String ruleId) {
    return findRule(ruleId).orElseThrow(() ->
        new CivicGridException(ErrorCode.NOT_FOUND, "no rule " + ruleId + " in policy " + id));
  }

  /**
   * This policy ready to evaluate staffings over {@code roles} and {@code scheme}: every role and level
   * it names is checked, and each level's rules are looked up once.
   *
   * @throws InvalidPolicyException naming every rule that names a role {@code roles} lacks or a level
   *     {@code scheme} lacks
   */
  public PolicyEvaluator evaluatorFor(RoleCatalogue roles, LevelScheme scheme) {
    return PolicyEvaluator.of(this, roles, scheme);
  }

  /**
   * This policy ready to evaluate staffings with {@code staffing}'s catalogue and scheme; see {@link
   * #evaluatorFor(RoleCatalogue, LevelScheme)}.
   */
  public PolicyEvaluator evaluatorFor(Staffing staffing) {
    checkNotNull(staffing, "staffing");
    return evaluatorFor(staffing.roles(), staffing.hierarchy().scheme());
  }

  /**
   * Every gap of {@code staffing} on {@code date}; see {@link PolicyEvaluator#evaluate}. To evaluate
   * many staffings or dates, make the evaluator once.
   *
   * @throws InvalidPolicyException when this policy names a role or level the staffing's catalogue or
   *     scheme lacks
   */
  public Report evaluate(Staffing staffing, LocalDate date) {
    return evaluatorFor(staffing).evaluate(staffing, date);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StaffingPolicy other && id.equals(other.id) && rules().equals(other.rules());
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + rules().hashCode();
  }

  @Override
  public String toString() {
    return "StaffingPolicy[" + id + ", " + rules.keySet() + "]";
  }

  /**
   * Collects rules, presets and overrides, then builds a {@link StaffingPolicy}: overrides apply to every
   * rule added, whatever the order of the calls. Not thread-safe.
   */
  public static final class Builder {
    private final String id;
    private final List<PolicyRule> rules = new ArrayList<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();

    private Builder(String id) {
      this.id = id;
    }

    /** Adds every rule of {@code preset}, in its order. */
    public Builder include(StaffingPolicy preset) {
      rules.addAll(checkNotNull(preset, "preset").rules());
      return this;
    }

    public Builder rule(PolicyRule rule) {
      rules.add(checkNotNull(rule, "rule"));
      return this;
    }

    /** Adds a rule of this id, severity and requirement applying at these levels (every level if none). */
    public Builder rule(String ruleId, Severity severity, Requirement requirement, String... levels) {
      return rule(PolicyRule.of(ruleId, severity, requirement).atLevels(levels));
    }

    /** Gives the rule with this id gaps of {@code severity} instead of its own. */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(checkNotNull(ruleId, "ruleId"), checkNotNull(severity, "severity"));
      return this;
    }

    /** Leaves the rule with this id out of the policy; a disabled rule is not evaluated at all. */
    public Builder disable(String ruleId) {
      disabled.add(checkNotNull(ruleId, "ruleId"));
      return this;
    }

    /**
     * Builds the policy.
     *
     * @throws InvalidPolicyException naming every rule id added twice and every override or disabled
     *     rule naming an id no rule has; nothing is built
     */
    public StaffingPolicy build() {
      List<Finding> findings = new ArrayList<>();
      Map<String, PolicyRule> byId = new LinkedHashMap<>();
      for (PolicyRule rule : rules) {
        PolicyRule first = byId.putIfAbsent(rule.id(), rule);
        if (first != null) {
          findings.add(Finding.of(PolicyDefinitionRule.DUPLICATE_RULE, rule.id(),
              "rule " + rule.id() + " is added twice: " + first + "; and " + rule));
        }
      }
      severities.keySet().stream().filter(r -> !byId.containsKey(r)).forEach(r -> findings.add(
          Finding.of(PolicyDefinitionRule.UNKNOWN_RULE, r, "severity override of rule " + r + ", which policy "
              + id + " does not have")));
      disabled.stream().filter(r -> !byId.containsKey(r)).forEach(r -> findings.add(
          Finding.of(PolicyDefinitionRule.UNKNOWN_RULE, r, "rule " + r + " is disabled, but policy " + id
              + " does not have it")));
      if (!findings.isEmpty()) {
        throw new InvalidPolicyException(id, Report.of(findings));
      }
      ImmutableMap.Builder<String, PolicyRule> kept = ImmutableMap.builder();
      byId.forEach((ruleId, rule) -> {
        if (!disabled.contains(ruleId)) {
          Severity severity = severities.get(ruleId);
          kept.put(ruleId, severity == null ? rule : rule.withSeverity(severity));
        }
      });
      return new StaffingPolicy(id, kept.build());
    }
  }
}
