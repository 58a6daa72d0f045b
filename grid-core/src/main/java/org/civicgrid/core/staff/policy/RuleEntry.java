package org.civicgrid.core.staff.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.civicgrid.core.report.Finding;

/**
 * One object of a policy document — a rule or a part of one — read field by field. Each problem becomes a
 * {@link PolicyDocumentRule#MALFORMED_RULE} finding on the rule's line whose message starts with the rule
 * ("rule one-grid-leader: …"), and reading goes on, so one pass names every problem. Single-use and not
 * thread-safe.
 */
final class RuleEntry {
  private final JsonNode node;
  private final String subject;
  private final List<Finding> findings;
  private final RuleEntry parent;
  private String what;
  private boolean failed;

  /** Starts reading {@code node}; a field outside {@code fields} is reported at once. */
  RuleEntry(JsonNode node, ImmutableSet<String> fields, String what, String subject, List<Finding> findings) {
    this(node, fields, what, subject, findings, null);
  }

  private RuleEntry(JsonNode node, ImmutableSet<String> fields, String what, String subject, List<Finding> findings,
      RuleEntry parent) {
    this.node = node;
    this.subject = subject;
    this.findings = findings;
    this.parent = parent;
    this.what = what;
    node.fieldNames().forEachRemaining(field -> {
      if (!fields.contains(field)) {
        fail("has no field \"" + field + "\" (fields: " + String.join(", ", fields) + ")");
      }
    });
  }

  /** Names the rule in later messages by its id: "rule one-grid-leader". */
  void named(String id) {
    what = what + " " + id;
  }

  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  /** A required string that is not blank, or null after reporting why not. */
  String text(String field) {
    if (!has(field)) {
      fail("has no \"" + field + "\"");
      return null;
    }
    return optionalText(field).orElse(null);
  }

  /** An optional string that is not blank; empty when absent, or after reporting why it is wrong. */
  Optional<String> optionalText(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      fail("\"" + field + "\" must be a non-empty string, not " + value);
      return Optional.empty();
    }
    return Optional.of(value.textValue());
  }

  /** A whole number, {@code absent} when the field is missing and not required; null after reporting. */
  Long whole(String field, boolean required, Long absent) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        fail("has no \"" + field + "\"");
      }
      return absent;
    }
    if (!value.canConvertToLong() || !value.isIntegralNumber()) {
      fail("\"" + field + "\" must be a whole number, not " + value);
      return null;
    }
    return value.longValue();
  }

  /** A whole number that fits an int, or null after reporting; see {@link #whole}. */
  Integer integer(String field, boolean required, Integer absent) {
    Long value = whole(field, required, absent == null ? null : absent.longValue());
    if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
      fail("\"" + field + "\" is out of range: " + value);
      return null;
    }
    return value == null ? null : value.intValue();
  }

  boolean bool(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      fail("\"" + field + "\" must be true or false, not " + value);
      return false;
    }
    return value.booleanValue();
  }

  /** An optional array of non-empty strings, in order; empty when absent, or after reporting. */
  ImmutableList<String> strings(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return ImmutableList.of();
    }
    if (!value.isArray()) {
      fail("\"" + field + "\" must be an array of strings, not " + value);
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> values = ImmutableList.builder();
    for (JsonNode element : value) {
      if (!element.isTextual() || element.textValue().isBlank()) {
        fail("\"" + field + "\" must hold non-empty strings, not " + element);
      } else {
        values.add(element.textValue());
      }
    }
    return values.build();
  }

  /**
   * A constant of {@code type} by its lower-kebab name; {@code absent} if missing and optional; null after
   * reporting.
   */
  <E extends Enum<E>> E constant(String field, Class<E> type, boolean required, E absent) {
    Optional<String> name = required ? Optional.ofNullable(text(field)) : optionalText(field);
    if (name.isEmpty()) {
      return required ? null : absent;
    }
    E found = names(type).get(name.get());
    if (found == null) {
      fail("\"" + field + "\" is \"" + name.get() + "\", not one of " + String.join(", ", names(type).keySet()));
    }
    return found;
  }

  /** The object in {@code field} read with these fields, or null when absent or not an object (reported). */
  RuleEntry object(String field, ImmutableSet<String> fields) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      fail("\"" + field + "\" must be an object, not " + value);
      return null;
    }
    return new RuleEntry(value, fields, what + " \"" + field + "\"", subject, findings, this);
  }

  /** Reports a value the domain refuses (a negative count), with the domain's message. */
  <T> T refused(String message) {
    fail(message);
    return null;
  }

  void fail(String message) {
    findings.add(Finding.of(PolicyDocumentRule.MALFORMED_RULE, subject, what + ": " + message));
    for (RuleEntry e = this; e != null; e = e.parent) {
      e.failed = true;
    }
  }

  boolean failed() {
    return failed;
  }

  /** The lower-kebab name of an enum constant in a document: {@code AT_LEAST_ONE} is {@code at-least-one}. */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <E extends Enum<E>> Map<String, E> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .collect(ImmutableMap.toImmutableMap(RuleEntry::name, Function.identity()));
  }
}
