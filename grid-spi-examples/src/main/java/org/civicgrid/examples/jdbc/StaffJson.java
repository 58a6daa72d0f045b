package org.civicgrid.examples.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.staff.Contact;
import org.civicgrid.core.staff.ContactKind;
import org.civicgrid.core.staff.Duty;
import org.civicgrid.core.staff.Role;
import org.civicgrid.core.staff.RoleCatalogue;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.RoleKind;

/**
 * The JSON text of the staff columns that hold a small structure whole: a territory's role catalogue
 * ({@code {"id": …, "roles": [{"id", "nameZh", "nameEn", "kind", "singleHolder", "duties": [{"id",
 * "nameZh", "nameEn"}]}]}}, roles and duties in declared order), a member's skills (an array of strings)
 * and a member's contacts ({@code [{"kind": "MOBILE", "value": …}]}, raw, in order). Reading rebuilds
 * through the domain constructors, so stored text that breaks a domain rule fails. Stateless and
 * thread-safe; never logs, so raw contacts stay out of log lines.
 */
final class StaffJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private StaffJson() {}

  static String ofCatalogue(RoleCatalogue catalogue) {
    ObjectNode root = MAPPER.createObjectNode().put("id", catalogue.id());
    ArrayNode roles = root.putArray("roles");
    for (Role role : catalogue.roles()) {
      ObjectNode node = roles.addObject().put("id", role.id().value()).put("nameZh", role.nameZh())
          .put("nameEn", role.nameEn()).put("kind", role.kind().name()).put("singleHolder", role.singleHolder());
      ArrayNode duties = node.putArray("duties");
      for (Duty duty : role.duties()) {
        duties.addObject().put("id", duty.id()).put("nameZh", duty.nameZh()).put("nameEn", duty.nameEn());
      }
    }
    return root.toString();
  }

  static RoleCatalogue catalogue(String text) throws IOException {
    JsonNode root = MAPPER.readTree(text);
    List<Role> roles = new ArrayList<>();
    for (JsonNode node : root.path("roles")) {
      ImmutableList.Builder<Duty> duties = ImmutableList.builder();
      for (JsonNode duty : node.path("duties")) {
        duties.add(new Duty(duty.path("id").asText(), duty.path("nameZh").asText(), duty.path("nameEn").asText()));
      }
      roles.add(new Role(RoleId.of(node.path("id").asText()), node.path("nameZh").asText(),
          node.path("nameEn").asText(), RoleKind.valueOf(node.path("kind").asText()), duties.build(),
          node.path("singleHolder").asBoolean()));
    }
    return RoleCatalogue.of(root.path("id").asText(), roles);
  }

  static String ofSkills(ImmutableSet<String> skills) {
    ArrayNode array = MAPPER.createArrayNode();
    skills.forEach(array::add);
    return array.toString();
  }

  static ImmutableSet<String> skills(String text) throws IOException {
    ImmutableSet.Builder<String> skills = ImmutableSet.builder();
    MAPPER.readTree(text).forEach(skill -> skills.add(skill.asText()));
    return skills.build();
  }

  static String ofContacts(List<Contact> contacts) {
    ArrayNode array = MAPPER.createArrayNode();
    contacts.forEach(contact -> array.addObject().put("kind", contact.kind().name()).put("value", contact.reveal()));
    return array.toString();
  }

  static ImmutableList<Contact> contacts(String text) throws IOException {
    ImmutableList.Builder<Contact> contacts = ImmutableList.builder();
    for (JsonNode node : MAPPER.readTree(text)) {
      contacts.add(Contact.of(ContactKind.valueOf(node.path("kind").asText()), node.path("value").asText()));
    }
    return contacts.build();
  }
}
