package org.civicgrid.core.staff.policy;

import static org.civicgrid.core.staff.policy.PolicyDocumentRule.BROKEN_JSON;
import static org.civicgrid.core.staff.policy.PolicyDocumentRule.MALFORMED_DOCUMENT;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;

/**
 * Reads one policy document (see {@link StaffingPolicyJson}) from a parser, collecting every problem with
 * its line before anything is built: the document's shape, each rule, then includes, repeated ids and
 * overrides. Single-use and not thread-safe.
 */
final class PolicyReader {
  static final String FORMAT = "civicgrid-staffing-policy";
  static final int VERSION = 1;

  private final String source;
  private final Map<String, StaffingPolicy> includable;
  private final List<Finding> findings = new ArrayList<>();
  private final List<Line> rules = new ArrayList<>();
  private String id;
  private Line includes;
  private Line severities;
  private Line disabled;
  private int documentLine = 1;

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
    this.source = source;
    this.includable = includable;
  }

  /**
   * Reads the document whose first token is the parser's current or next one; at the root, content after
   * the document is an error.
   *
   * @throws ImportFailedException with every finding if anything is wrong; nothing is built then
   */
  StaffingPolicy read(JsonParser p, boolean root) throws IOException {
    boolean whole = false;
    try {
      if (p.currentToken() == null) {
        p.nextToken();
      }
      whole = readDocument(p);
      if (whole && root && p.nextToken() != null) {
        finding(BROKEN_JSON, p.currentTokenLocation(), "content after the end of the policy document");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      whole = false;
      finding(BROKEN_JSON, at, "not valid JSON: " + e.getOriginalMessage()
          + (at == null ? "" : " (at line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    }
    if (!whole) {
      throw failure();
    }
    return assemble();
  }

  /** Reads the top-level object; false when reading stopped because the document is of another kind. */
  private boolean readDocument(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      finding(MALFORMED_DOCUMENT, p.currentTokenLocation(), "a policy document is a JSON object");
      return false;
    }
    documentLine = p.currentTokenLocation().getLineNr();
    if (!header(p, "format", FORMAT) || !header(p, "version", VERSION)) {
      return false;
    }
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonLocation at = p.currentTokenLocation();
      JsonToken value = p.nextToken();
      switch (field) {
        case "id" -> id = value == JsonToken.VALUE_STRING ? p.getText() : wrong(p, at, "\"id\" must be a string");
        case "includes" -> includes = line(p, at);
        case "severities" -> severities = line(p, at);
        case "disabled" -> disabled = line(p, at);
        case "rules" -> rules(p, at);
        default -> {
          finding(MALFORMED_DOCUMENT, at, "a policy document has no field \"" + field + "\"");
          p.skipChildren();
        }
      }
    }
    return true;
  }

  private boolean header(JsonParser p, String name, Object expected) throws IOException {
    String field = p.nextFieldName();
    JsonLocation at = p.currentTokenLocation();
    if (!name.equals(field)) {
      finding(MALFORMED_DOCUMENT, at, "a policy document starts with \"format\":\"" + FORMAT + "\",\"version\":"
          + VERSION + "; found " + (field == null ? "no field" : "\"" + field + "\"") + " where \"" + name
          + "\" belongs");
      return false;
    }
    p.nextToken();
    Object found = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? (Object) p.getIntValue() : p.getText();
    if (!expected.equals(found)) {
      finding(MALFORMED_DOCUMENT, at, name.equals("version")
          ? "unsupported version " + found + " of " + FORMAT + " (this library reads version " + VERSION + ")"
          : "format is \"" + found + "\", not \"" + FORMAT + "\"");
      return false;
    }
    return true;
  }

  private String wrong(JsonParser p, JsonLocation at, String message) throws IOException {
    finding(MALFORMED_DOCUMENT, at, message);
    p.skipChildren();
    return null;
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
  private StaffingPolicy assemble() {
    String at = "line " + documentLine;
    if (id == null) {
      findings.add(Finding.of(MALFORMED_DOCUMENT, at, "the policy document has no \"id\""));
    } else if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
      findings.add(Finding.of(MALFORMED_DOCUMENT, at, "policy id \"" + id + "\" is not lower-kebab"));
    }
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
      throw failure();
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

  private ImportFailedException failure() {
    List<Finding> byLine = new ArrayList<>(findings);
    byLine.sort(Comparator.comparingInt(f -> Integer.parseInt(f.subject().substring("line ".length()))));
    return new ImportFailedException(source, Report.of(byLine));
  }

  private void finding(Rule rule, JsonLocation at, String message) {
    findings.add(Finding.of(rule, at == null ? "line 1" : "line " + Math.max(1, at.getLineNr()), message));
  }
}
