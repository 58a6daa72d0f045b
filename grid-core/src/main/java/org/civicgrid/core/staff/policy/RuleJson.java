package org.civicgrid.core.staff.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.civicgrid.core.place.PlaceKind;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.LinkKind;
import org.civicgrid.core.staff.RoleId;

/**
 * The document form of one {@link PolicyRule}: {@code id}, {@code severity}, optional {@code levels} and
 * exactly one requirement field — {@code count}, {@code eligibility}, {@code sameHolder}, {@code
 * capacity}, {@code presence} or {@code quota} (docs/formats.md §6). Stateless.
 */
final class RuleJson {
  private static final ImmutableSet<String> KINDS =
      ImmutableSet.of("count", "eligibility", "sameHolder", "capacity", "presence", "quota");
  private static final ImmutableSet<String> RULE_FIELDS = ImmutableSet.<String>builder()
      .add("id", "severity", "levels").addAll(KINDS).build();
  private static final ImmutableSet<String> COUNT = ImmutableSet.of("role", "min", "max");
  private static final ImmutableSet<String> ELIGIBILITY =
      ImmutableSet.of("role", "holders", "partyMember", "employment", "skills", "department");
  private static final ImmutableSet<String> SAME_HOLDER = ImmutableSet.of("roles");
  private static final ImmutableSet<String> CAPACITY = ImmutableSet.of("role", "householdsPerHolder");
  private static final ImmutableSet<String> PRESENCE = ImmutableSet.of("role", "place");
  private static final ImmutableSet<String> QUOTA = ImmutableSet.of("role", "heldBy", "link", "atLeast", "grids");
  private static final ImmutableSet<String> GRIDS = ImmutableSet.of("levels", "within", "tags");

  private RuleJson() {}

  /** The rule in {@code node}, or null after adding every problem to {@code findings}. */
  static PolicyRule read(JsonNode node, String subject, List<Finding> findings) {
    RuleEntry rule = new RuleEntry(node, RULE_FIELDS, "rule", subject, findings);
    String id = rule.text("id");
    if (id != null) {
      rule.named(id);
    }
    Severity severity = rule.constant("severity", Severity.class, true, null);
    ImmutableList<String> levels = rule.strings("levels");
    List<String> kinds = KINDS.stream().filter(rule::has).toList();
    if (kinds.size() != 1) {
      rule.fail((kinds.isEmpty() ? "has no requirement" : "has " + kinds.size() + " requirements " + kinds)
          + "; give exactly one of " + String.join(", ", KINDS));
      return null;
    }
    RuleEntry part = rule.object(kinds.get(0), fieldsOf(kinds.get(0)));
    Requirement requirement = part == null ? null : requirement(kinds.get(0), part);
    if (rule.failed() || requirement == null) {
      return null;
    }
    try {
      return new PolicyRule(id, severity, ImmutableSet.copyOf(levels), requirement);
    } catch (IllegalArgumentException e) {
      return rule.refused(e.getMessage());
    }
  }

  private static ImmutableSet<String> fieldsOf(String kind) {
    return switch (kind) {
      case "count" -> COUNT;
      case "eligibility" -> ELIGIBILITY;
      case "sameHolder" -> SAME_HOLDER;
      case "capacity" -> CAPACITY;
      case "presence" -> PRESENCE;
      default -> QUOTA;
    };
  }

  private static Requirement requirement(String kind, RuleEntry e) {
    try {
      Requirement requirement = switch (kind) {
        case "count" -> count(e);
        case "eligibility" -> eligibility(e);
        case "sameHolder" -> sameHolder(e);
        case "capacity" -> capacity(e);
        case "presence" -> presence(e);
        default -> quota(e);
      };
      return e.failed() ? null : requirement;
    } catch (IllegalArgumentException refused) {
      return e.failed() ? null : e.refused(refused.getMessage());
    }
  }

  private static RoleCount count(RuleEntry e) {
    RoleId role = role(e, "role");
    Integer min = e.integer("min", false, 0);
    Integer max = e.integer("max", false, null);
    return e.failed() ? null : new RoleCount(role, min, max == null ? OptionalInt.empty() : OptionalInt.of(max));
  }

  private static Eligibility eligibility(RuleEntry e) {
    RoleId role = role(e, "role");
    Eligibility.Holders holders = e.constant("holders", Eligibility.Holders.class, false, Eligibility.Holders.EVERY);
    boolean partyMember = e.bool("partyMember");
    ImmutableSet.Builder<Employment> employment = ImmutableSet.builder();
    for (String name : e.strings("employment")) {
      Employment found = constant(Employment.class, name);
      if (found == null) {
        e.fail("\"employment\" holds \"" + name + "\", not one of full-time, part-time, volunteer");
      } else {
        employment.add(found);
      }
    }
    ImmutableList<String> skills = e.strings("skills");
    Optional<String> department = e.optionalText("department");
    return e.failed() ? null : new Eligibility(role, holders, partyMember, employment.build(),
        ImmutableSet.copyOf(skills), department);
  }

  private static SameHolder sameHolder(RuleEntry e) {
    ImmutableList<String> roles = e.strings("roles");
    if (roles.size() != 2) {
      e.fail("\"roles\" must name two roles, not " + roles.size());
      return null;
    }
    return e.failed() ? null : SameHolder.of(RoleId.of(roles.get(0)), RoleId.of(roles.get(1)));
  }

  private static Capacity capacity(RuleEntry e) {
    RoleId role = role(e, "role");
    Long households = e.whole("householdsPerHolder", true, null);
    return e.failed() ? null : Capacity.of(role, households);
  }

  private static Presence presence(RuleEntry e) {
    RoleId role = role(e, "role");
    PlaceKind place = e.constant("place", PlaceKind.class, true, null);
    return e.failed() ? null : Presence.atEvery(place, role);
  }

  private static LinkQuota quota(RuleEntry e) {
    RoleId role = role(e, "role");
    LinkKind heldBy = e.constant("heldBy", LinkKind.class, false, null);
    LinkKind link = e.constant("link", LinkKind.class, true, null);
    Integer atLeast = e.integer("atLeast", true, null);
    RuleEntry grids = e.object("grids", GRIDS);
    GridSelector target = grids == null ? GridSelector.all() : new GridSelector(
        ImmutableSet.copyOf(grids.strings("levels")), ImmutableSet.copyOf(grids.strings("within")),
        ImmutableSet.copyOf(grids.strings("tags")));
    return e.failed() ? null : new LinkQuota(role, Optional.ofNullable(heldBy), link, atLeast, target);
  }

  private static RoleId role(RuleEntry e, String field) {
    String role = e.text(field);
    if (role == null) {
      return null;
    }
    try {
      return RoleId.of(role);
    } catch (IllegalArgumentException refused) {
      return e.refused(refused.getMessage());
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name) {
    for (E constant : type.getEnumConstants()) {
      if (RuleEntry.name(constant).equals(name)) {
        return constant;
      }
    }
    return null;
  }

  /** {@code rule} as a document object, fields in the order of the format. */
  static ObjectNode write(PolicyRule rule, JsonNodeFactory nodes) {
    ObjectNode node = nodes.objectNode().put("id", rule.id()).put("severity", RuleEntry.name(rule.severity()));
    if (!rule.levels().isEmpty()) {
      strings(node, "levels", rule.levels());
    }
    Requirement requirement = rule.requirement();
    if (requirement instanceof RoleCount count) {
      ObjectNode c = node.putObject("count").put("role", count.role().value()).put("min", count.min());
      count.max().ifPresent(max -> c.put("max", max));
    } else if (requirement instanceof Eligibility eligibility) {
      ObjectNode e = node.putObject("eligibility").put("role", eligibility.role().value());
      if (eligibility.holders() != Eligibility.Holders.EVERY) {
        e.put("holders", RuleEntry.name(eligibility.holders()));
      }
      if (eligibility.partyMember()) {
        e.put("partyMember", true);
      }
      if (!eligibility.employment().isEmpty()) {
        strings(e, "employment", eligibility.employment().stream().map(RuleEntry::name).toList());
      }
      if (!eligibility.skills().isEmpty()) {
        strings(e, "skills", eligibility.skills());
      }
      eligibility.department().ifPresent(d -> e.put("department", d));
    } else if (requirement instanceof SameHolder same) {
      strings(node.putObject("sameHolder"), "roles", List.of(same.first().value(), same.second().value()));
    } else if (requirement instanceof Capacity capacity) {
      node.putObject("capacity").put("role", capacity.role().value())
          .put("householdsPerHolder", capacity.householdsPerHolder());
    } else if (requirement instanceof Presence presence) {
      node.putObject("presence").put("role", presence.role().value())
          .put("place", RuleEntry.name(presence.placeKind()));
    } else {
      writeQuota(node, (LinkQuota) requirement);
    }
    return node;
  }

  private static void writeQuota(ObjectNode node, LinkQuota quota) {
    ObjectNode q = node.putObject("quota").put("role", quota.role().value());
    quota.heldBy().ifPresent(k -> q.put("heldBy", RuleEntry.name(k)));
    q.put("link", RuleEntry.name(quota.link())).put("atLeast", quota.atLeast());
    GridSelector grids = quota.target();
    if (!grids.equals(GridSelector.all())) {
      ObjectNode g = q.putObject("grids");
      if (!grids.levels().isEmpty()) {
        strings(g, "levels", grids.levels());
      }
      if (!grids.within().isEmpty()) {
        strings(g, "within", grids.within());
      }
      if (!grids.tags().isEmpty()) {
        strings(g, "tags", grids.tags());
      }
    }
  }

  private static void strings(ObjectNode node, String field, Collection<String> values) {
    ArrayNode array = node.putArray(field);
    values.forEach(array::add);
  }
}
