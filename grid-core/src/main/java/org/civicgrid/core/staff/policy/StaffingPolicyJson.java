package org.civicgrid.core.staff.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicgrid.core.io.ImportFailedException;

/**
 * Writes a {@link StaffingPolicy} as a policy document and reads one back, so cities configure their
 * staffing rules as data: format {@code civicgrid-staffing-policy}, version 1, described in {@code
 * docs/formats.md} §6. A document may {@code include} policies it is read with — a preset from {@link
 * StaffingPolicies} — by id, add its own rules, re-grade ({@code severities}) and disable rules by id.
 * Documents are UTF-8, one rule per line.
 *
 * <p>Reading is all or nothing: broken JSON, another format or version, an unknown field, a rule with a
 * missing, ill-typed or out-of-range value, an unknown include, a repeated rule id, an override of a rule
 * the policy lacks — each fails the whole read with an {@link ImportFailedException} ({@code
 * MALFORMED_INPUT}) whose report names every problem ({@link PolicyDocumentRule}, {@link
 * PolicyDefinitionRule}) with its line. Roles and levels are names only until the policy is evaluated
 * ({@link StaffingPolicy#evaluatorFor}). I/O failures propagate as {@link IOException}. Streams are neither
 * opened nor closed here unless a {@link Path} is given. Stateless and thread-safe.
 */
public final class StaffingPolicyJson {
  static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private StaffingPolicyJson() {}

  /** {@code policy} as a document: every rule it has, written out, without includes or overrides. */
  public static String write(StaffingPolicy policy) {
    StringWriter out = new StringWriter();
    try {
      write(policy, out);
    } catch (IOException e) {
      throw new IllegalStateException("a StringWriter failed", e);
    }
    return out.toString();
  }

  /** Writes {@code policy} to {@code out}, which stays open. */
  public static void write(StaffingPolicy policy, Writer out) throws IOException {
    checkNotNull(policy, "policy");
    out.write("{\"format\":\"" + PolicyReader.FORMAT + "\",\n\"version\":" + PolicyReader.VERSION + ",\n\"id\":"
        + MAPPER.writeValueAsString(policy.id()) + ",\n\"rules\":[");
    ImmutableList<PolicyRule> rules = policy.rules();
    for (int i = 0; i < rules.size(); i++) {
      out.write((i == 0 ? "\n  " : ",\n  ") + MAPPER.writeValueAsString(RuleJson.write(rules.get(i),
          JsonNodeFactory.instance)));
    }
    out.write(rules.isEmpty() ? "]}\n" : "\n]}\n");
    out.flush();
  }

  /** Writes {@code policy} to {@code file}, replacing it. */
  public static void write(StaffingPolicy policy, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(policy, out);
    }
  }

  /**
   * Reads a policy from {@code in}, which stays open.
   *
   * @param includable the policies the document may include, by their ids
   * @throws ImportFailedException naming every problem with its line; nothing is read
   */
  public static StaffingPolicy read(Reader in, StaffingPolicy... includable) throws IOException {
    return read(MAPPER.createParser(checkNotNull(in, "in")), "staffing policy", includable);
  }

  /** Reads a policy from a UTF-8 stream, which stays open; see {@link #read(Reader, StaffingPolicy...)}. */
  public static StaffingPolicy read(InputStream in, StaffingPolicy... includable) throws IOException {
    return read(MAPPER.createParser(checkNotNull(in, "in")), "staffing policy", includable);
  }

  /** Reads the policy in {@code file}; the failure names the file. See {@link #read(Reader, StaffingPolicy...)}. */
  public static StaffingPolicy read(Path file, StaffingPolicy... includable) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(MAPPER.createParser(in), "staffing policy " + file, includable);
    }
  }

  /** The document object of {@code policy}, for the Jackson module. */
  static ObjectNode document(StaffingPolicy policy) {
    ObjectNode document = JsonNodeFactory.instance.objectNode().put("format", PolicyReader.FORMAT)
        .put("version", PolicyReader.VERSION).put("id", policy.id());
    policy.rules().forEach(r -> document.withArray("rules").add(RuleJson.write(r, JsonNodeFactory.instance)));
    if (policy.rules().isEmpty()) {
      document.putArray("rules");
    }
    return document;
  }

  /** The includable policies by id; two with one id are a caller mistake. */
  static ImmutableMap<String, StaffingPolicy> byId(Collection<StaffingPolicy> policies) {
    Map<String, StaffingPolicy> byId = new LinkedHashMap<>();
    for (StaffingPolicy policy : policies) {
      StaffingPolicy other = byId.putIfAbsent(checkNotNull(policy, "includable policy").id(), policy);
      checkArgument(other == null || other.equals(policy),
          "two different includable policies have id %s", policy.id());
    }
    return ImmutableMap.copyOf(byId);
  }

  private static StaffingPolicy read(JsonParser p, String source, StaffingPolicy... includable) throws IOException {
    ImmutableMap<String, StaffingPolicy> byId = byId(ImmutableList.copyOf(includable));
    try (p) {
      return new PolicyReader(source, byId).read(p, true);
    }
  }
}
