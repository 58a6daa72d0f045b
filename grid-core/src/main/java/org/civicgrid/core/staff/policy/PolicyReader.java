package org.civicgrid.core.staff.policy;

import static org.civicgrid.core.staff.policy.PolicyDocumentRule.BROKEN_JSON;
import static org.civicgrid.core.staff.policy.PolicyDocumentRule.MALFORMED_DOCUMENT;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.io.DocumentReader;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;

/**
 * Reads one policy document (see {@link StaffingPolicyJson}) from a parser, collecting every problem with
 * its line before anything is built: the document's shape, each rule, then includes, repeated ids and
 * overrides. Single-use and not thread-safe.
 */
final class PolicyReader extends DocumentReader<StaffingPolicy> {
  static final String FORMAT = "civicgrid-staffing-policy";
  static final int VERSION = 1;

  private final Map<String, StaffingPolicy> includable;
  private final List<Finding> findings = findings();
  private final List<Line> rules = new ArrayList<>();
  private String id;
  private Line includes;
  private Line severities;
  private Line disabled;

  private record Line(int number, JsonNode node) {
    String subject() {
      return "line " + number;
    }
  }

  /**
   * @param source what is read, for messages ("staffing policy file x.json")
   * @param includable the policies the document may include, by id
   */
  PolicyReader(String source, Map<String, StaffingPolicy> includable) {
    super(source, "policy", FORMAT, VERSION, BROKEN_JSON, MALFORMED_DOCUMENT);
    this.includable = includable;
  }

  @Override
  protected void field(JsonParser p, String name, JsonLocation at) throws IOException {
    switch (name) {
      case "id" -> id = text(p, at, name);
      case "includes" -> includes = line(p, at);
      case "severities" -> severities = line(p, at);
      case "disabled" -> disabled = line(p, at);
      case "rules" -> rules(p, at);
      default -> unknownField(p, name, at);
    }
  }

  private Line line(JsonParser p, JsonLocation at) throws IOException {
    return new Line(at.getLineNr(), p.readValueAsTree());
  }

  private void rules(JsonParser p, JsonLocation at) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      wrong(p, at, "\"rules\" must be an array");
      return;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation ruleAt = p.currentTokenLocation();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        finding(PolicyDocumentRule.MALFORMED_RULE, ruleAt, "a rule must be an object");
        p.skipChildren();
      } else {
        rules.add(line(p, ruleAt));
      }
    }
  }

  /** Builds the policy from a document of the right shape, or fails with every finding. */
  @Override
  protected StaffingPolicy assemble() {
    checkId(id);
    List<StaffingPolicy> included = new ArrayList<>();
    List<PolicyRule> own = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    List<String> names = strings(includes, "includes");
    boolean includeMissing = includes != null && (!includes.node().isArray() || names.size() < includes.node().size());
    for (String name : names) {
      StaffingPolicy policy = includable.get(name);
      if (policy == null) {
        includeMissing = true;
        findings.add(Finding.of(PolicyDocumentRule.UNKNOWN_INCLUDE, includes.subject(), "the document includes "
            + name + ", which is not among the policies it is read with " + includable.keySet()));
      } else {
        included.add(policy);
        policy.rules().forEach(r -> seen.putIfAbsent(r.id(), "in included policy " + name));
      }
    }
    for (Line line : rules) {
      PolicyRule rule = RuleJson.read(line.node(), line.subject(), findings);
      if (rule != null) {
        String earlier = seen.putIfAbsent(rule.id(), "on " + line.subject());
        if (earlier != null) {
          findings.add(Finding.of(PolicyDefinitionRule.DUPLICATE_RULE, line.subject(), "rule " + rule.id()
              + " is already " + earlier));
        }
        own.add(rule);
      }
    }
    Map<String, Severity> regraded = new LinkedHashMap<>();
    List<String> dropped = new ArrayList<>();
    overrides(seen, includeMissing, regraded, dropped);
    if (!findings.isEmpty()) {
      throw failure(Report.of(findings));
    }
    StaffingPolicy.Builder builder = StaffingPolicy.builder(id);
    included.forEach(builder::include);
    own.forEach(builder::rule);
    regraded.forEach(builder::severity);
    dropped.forEach(builder::disable);
    return builder.build();
  }

  /**
   * Reads the severity overrides and disabled rules; an id no rule has is reported unless an include is
   * missing, which may be the one that has it.
   */
  private void overrides(Map<String, String> known, boolean includeMissing, Map<String, Severity> regraded,
      List<String> dropped) {
    if (severities != null && !severities.node().isObject()) {
      findings.add(Finding.of(MALFORMED_DOCUMENT, severities.subject(), "\"severities\" must be an object of rule "
          + "ids and severities"));
    } else if (severities != null) {
      for (Map.Entry<String, JsonNode> entry : severities.node().properties()) {
        String rule = entry.getKey();
        JsonNode value = entry.getValue();
        Severity severity = severity(value);
        if (severity == null) {
          findings.add(Finding.of(MALFORMED_DOCUMENT, severities.subject(), "the severity of rule " + rule + " is "
              + value + ", not one of info, warning, error"));
        } else if (known.containsKey(rule)) {
          regraded.put(rule, severity);
        } else if (!includeMissing) {
          findings.add(Finding.of(PolicyDefinitionRule.UNKNOWN_RULE, severities.subject(), "severity override of "
              + "rule " + rule + ", which the policy does not have"));
        }
      }
    }
    for (String rule : strings(disabled, "disabled")) {
      if (known.containsKey(rule)) {
        dropped.add(rule);
      } else if (!includeMissing) {
        findings.add(Finding.of(PolicyDefinitionRule.UNKNOWN_RULE, disabled.subject(), "rule " + rule
            + " is disabled, but the policy does not have it"));
      }
    }
  }

  private static Severity severity(JsonNode value) {
    for (Severity severity : Severity.values()) {
      if (value.isTextual() && RuleEntry.name(severity).equals(value.textValue())) {
        return severity;
      }
    }
    return null;
  }

  /** The strings of an optional top-level array; reports anything else. */
  private List<String> strings(Line line, String field) {
    List<String> values = new ArrayList<>();
    if (line == null) {
      return values;
    }
    if (!line.node().isArray()) {
      findings.add(Finding.of(MALFORMED_DOCUMENT, line.subject(), "\"" + field + "\" must be an array of ids"));
      return values;
    }
    for (JsonNode element : line.node()) {
      if (element.isTextual()) {
        values.add(element.textValue());
      } else {
        findings.add(Finding.of(MALFORMED_DOCUMENT, line.subject(), "\"" + field + "\" must hold ids, not " + element));
      }
    }
    return values;
  }
}
