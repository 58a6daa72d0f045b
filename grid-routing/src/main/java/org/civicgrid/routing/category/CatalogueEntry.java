package org.civicgrid.routing.category;

import static org.civicgrid.routing.category.CatalogueRule.BAD_TIME_LIMIT;
import static org.civicgrid.routing.category.CatalogueRule.MALFORMED_ENTRY;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Rule;
import org.civicgrid.routing.calendar.LimitUnit;
import org.civicgrid.routing.calendar.TimeLimit;

/**
 * One object of a catalogue document (a department, main class, subcategory or handling limit) read
 * field by field. Each problem becomes a finding on the entry's subject (its line) whose message
 * starts with what the entry is ("subcategory 0401: …"), and reading goes on so that one pass names
 * every problem. Single-use and not thread-safe.
 */
final class CatalogueEntry {
  private final JsonNode node;
  private final String subject;
  private final List<Finding> findings;
  private String what;
  private boolean failed;

  /**
   * Starts reading {@code node}; a field outside {@code fields} is reported at once.
   *
   * @param what the kind of entry, such as {@code subcategory}; {@link #named} adds its code
   */
  CatalogueEntry(JsonNode node, ImmutableSet<String> fields, String what, String subject, List<Finding> findings) {
    this.node = node;
    this.subject = subject;
    this.findings = findings;
    this.what = what;
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String field = property.getKey();
      if (!fields.contains(field)) {
        fail(MALFORMED_ENTRY, "has no field \"" + field + "\" (fields: " + String.join(", ", fields) + ")");
      }
    }
  }

  /** Names the entry in later messages by its code or id: "subcategory 0401". */
  void named(String codeOrId) {
    what = what + " " + codeOrId;
  }

  /** True when the entry has {@code field} with a value other than null. */
  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  /** A required string that is not blank, or null after reporting why not. */
  String text(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      fail(MALFORMED_ENTRY, "has no \"" + field + "\"");
      return null;
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      fail(MALFORMED_ENTRY, "\"" + field + "\" must be a non-empty string, not " + value);
      return null;
    }
    return value.textValue();
  }

  /** The {@code zh} and {@code en} names of the {@code names} object, or null after reporting why not. */
  String[] names() {
    JsonNode names = node.get("names");
    if (names == null || !names.isObject()) {
      fail(MALFORMED_ENTRY, names == null ? "has no \"names\"" : "\"names\" must be an object {\"zh\",\"en\"}, not " + names);
      return null;
    }
    CatalogueEntry inner = new CatalogueEntry(names, ImmutableSet.of("zh", "en"), what + " names", subject, findings);
    String zh = inner.text("zh");
    String en = inner.text("en");
    if (inner.failed) {
      failed = true;
      return null;
    }
    return new String[] {zh, en};
  }

  /** The {@code handlingLimit} object, or null after a {@link CatalogueRule#BAD_TIME_LIMIT} finding. */
  TimeLimit handlingLimit() {
    JsonNode limit = node.get("handlingLimit");
    if (limit == null || limit.isNull()) {
      fail(BAD_TIME_LIMIT, "has no \"handlingLimit\"");
      return null;
    }
    return handlingLimit(limit);
  }

  /** Reads {@code limit} as {@code {"amount":15,"unit":"working-days"}}, or reports why not and returns null. */
  TimeLimit handlingLimit(JsonNode limit) {
    if (!limit.isObject()) {
      fail(BAD_TIME_LIMIT, "handling limit must be an object {\"amount\",\"unit\"}, not " + limit);
      return null;
    }
    int failures = findings.size();
    for (Map.Entry<String, JsonNode> property : limit.properties()) {
      if (!property.getKey().equals("amount") && !property.getKey().equals("unit")) {
        fail(BAD_TIME_LIMIT, "handling limit has no field \"" + property.getKey() + "\" (fields: amount, unit)");
      }
    }
    JsonNode amount = limit.get("amount");
    if (amount == null || !amount.canConvertToInt() || !amount.isIntegralNumber() || amount.intValue() < 1
        || amount.intValue() > TimeLimit.MAX_AMOUNT) {
      fail(BAD_TIME_LIMIT, "handling limit amount must be a whole number from 1 to " + TimeLimit.MAX_AMOUNT
          + ", not " + amount);
    }
    JsonNode unit = limit.get("unit");
    LimitUnit parsed = unit != null && unit.isTextual() ? LimitUnitIds.unit(unit.textValue()) : null;
    if (parsed == null) {
      fail(BAD_TIME_LIMIT, "handling limit unit must be one of " + LimitUnitIds.ALL + ", not " + unit);
    }
    return findings.size() > failures ? null : new TimeLimit(amount.intValue(), parsed);
  }

  /** The {@code dispatchTo} value, or null after reporting why not. */
  DispatchTo dispatchTo() {
    String id = text("dispatchTo");
    if (id == null) {
      return null;
    }
    DispatchTo to = DispatchTo.byId(id).orElse(null);
    if (to == null) {
      fail(MALFORMED_ENTRY, "\"dispatchTo\" must be grid or department, not \"" + id + "\"");
    }
    return to;
  }

  /** Reports a problem with this entry under {@code rule}. */
  void fail(Rule rule, String message) {
    findings.add(Finding.of(rule, subject, what + ": " + message));
    failed = true;
  }

  /** True when some problem was reported. */
  boolean failed() {
    return failed;
  }
}
