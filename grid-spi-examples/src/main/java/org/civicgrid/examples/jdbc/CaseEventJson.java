package org.civicgrid.examples.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.calendar.LimitUnit;
import org.civicgrid.routing.calendar.TimeLimit;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.cases.SupervisionCard;
import org.civicgrid.routing.cases.Tier;
import org.civicgrid.routing.cases.Urgency;

/**
 * The text a stored case event keeps in column {@code case_event.content}: one JSON object with the
 * statuses {@code fromStatus} and {@code toStatus}, the {@code command} kind ({@link CommandKind} name), {@code
 * actor}, optional {@code actingFor}, {@code at} (ISO-8601, nanoseconds kept) and the command's own
 * fields under their record names; a handling unit is {@code grid:<code>} or {@code
 * department:<id>}. The case id and sequence are the row's key. Lossless: every field of every
 * command, including a reporter's raw name and phone, which the store must keep. Stateless and
 * thread-safe.
 */
final class CaseEventJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private CaseEventJson() {}

  /** The event's JSON. */
  static String of(CaseEvent event) {
    CaseCommand command = event.command();
    ObjectNode json = MAPPER.createObjectNode();
    json.put("fromStatus", event.from().name());
    json.put("toStatus", event.to().name());
    json.put("command", command.kind().name());
    json.put("actor", command.actor().person().value());
    command.actor().actingFor().ifPresent(holder -> json.put("actingFor", holder.value()));
    json.put("at", command.at().toString());
    fields(command, json);
    if (!command.reason().isEmpty()) {
      json.put("reason", command.reason());
    }
    return json.toString();
  }

  /** Writes the command's own fields; the commands not named carry none beyond actor, time and reason. */
  private static void fields(CaseCommand command, ObjectNode json) {
    if (command instanceof CaseCommand.Report c) {
      json.set("intake", intake(c.intake()));
    } else if (command instanceof CaseCommand.MarkDuplicate c) {
      json.put("original", c.original().value());
    } else if (command instanceof CaseCommand.MeToo c) {
      json.set("reporter", reporter(c.reporter()));
      json.put("channel", c.channel().name());
    } else if (command instanceof CaseCommand.Dispatch c) {
      json.set("units", units(c.units()));
      c.assignee().ifPresent(person -> json.put("assignee", person.value()));
    } else if (command instanceof CaseCommand.ReportBack c) {
      json.put("result", c.result());
      json.set("attachments", uris(c.attachments()));
    } else if (command instanceof CaseCommand.HandleOnSpot c) {
      json.put("result", c.result());
      json.set("attachments", uris(c.attachments()));
    } else if (command instanceof CaseCommand.Rate c) {
      json.put("satisfaction", c.satisfaction());
      json.put("comment", c.comment());
    } else if (command instanceof CaseCommand.Transfer c) {
      json.put("to", unit(c.to()));
      c.assignee().ifPresent(person -> json.put("assignee", person.value()));
    } else if (command instanceof CaseCommand.Join c) {
      json.put("unit", unit(c.unit()));
    } else if (command instanceof CaseCommand.RequestExtension c) {
      json.put("amount", c.length().amount());
      json.put("unit", c.length().unit().name());
    } else if (command instanceof CaseCommand.Escalate c) {
      json.put("rung", c.rung().name());
      json.put("to", unit(c.to()));
    } else if (command instanceof CaseCommand.Warn c) {
      json.put("rung", c.rung().name());
    } else if (command instanceof CaseCommand.Supervise c) {
      json.put("rung", c.rung().name());
      json.put("card", c.card().name());
      json.put("unit", unit(c.unit()));
    } else if (command instanceof CaseCommand.Whistle c) {
      json.set("departments", units(c.departments()));
    } else if (command instanceof CaseCommand.AcknowledgeSummons c) {
      json.put("department", unit(c.department()));
    } else if (command instanceof CaseCommand.ArriveOnSummons c) {
      json.put("department", unit(c.department()));
    } else if (command instanceof CaseCommand.EscalateSummons c) {
      json.put("department", unit(c.department()));
      json.put("to", unit(c.to()));
    }
  }

  /**
   * The event numbered {@code sequence} of case {@code caseId} stored as {@code content}.
   *
   * @throws IOException when the text is not JSON or misses or misspells a field
   * @throws IllegalArgumentException when a value is out of range for its record
   */
  static CaseEvent event(CaseId caseId, int sequence, String content) throws IOException {
    JsonNode json = MAPPER.readTree(content);
    Actor actor = new Actor(PersonId.of(text(json, "actor")),
        optional(json, "actingFor").map(PersonId::of));
    Instant at = Instant.parse(text(json, "at"));
    CaseCommand command = command(CommandKind.valueOf(text(json, "command")), actor, at, json);
    return new CaseEvent(caseId, sequence, command, CaseStatus.valueOf(text(json, "fromStatus")),
        CaseStatus.valueOf(text(json, "toStatus")));
  }

  private static CaseCommand command(CommandKind kind, Actor actor, Instant at, JsonNode json) throws IOException {
    return switch (kind) {
      case REPORT -> new CaseCommand.Report(actor, at, intake(field(json, "intake")));
      case ACCEPT -> new CaseCommand.Accept(actor, at);
      case REJECT -> new CaseCommand.Reject(actor, at, text(json, "reason"));
      case MARK_DUPLICATE -> new CaseCommand.MarkDuplicate(actor, at, CaseId.of(text(json, "original")),
          text(json, "reason"));
      case ME_TOO -> new CaseCommand.MeToo(actor, at, reporter(field(json, "reporter")),
          Channel.valueOf(text(json, "channel")));
      case FILE -> new CaseCommand.File(actor, at);
      case DISPATCH -> new CaseCommand.Dispatch(actor, at, units(field(json, "units")),
          optional(json, "assignee").map(PersonId::of), text(json, "reason"));
      case START_HANDLING -> new CaseCommand.StartHandling(actor, at);
      case REPORT_BACK -> new CaseCommand.ReportBack(actor, at, text(json, "result"), uris(field(json, "attachments")));
      case HANDLE_ON_SPOT -> new CaseCommand.HandleOnSpot(actor, at, text(json, "result"),
          uris(field(json, "attachments")));
      case PASS_CHECK -> new CaseCommand.PassCheck(actor, at);
      case FAIL_CHECK -> new CaseCommand.FailCheck(actor, at, text(json, "reason"));
      case CLOSE -> new CaseCommand.Close(actor, at);
      case RATE -> new CaseCommand.Rate(actor, at, field(json, "satisfaction").asInt(), text(json, "comment"));
      case SEND_BACK -> new CaseCommand.SendBack(actor, at, text(json, "reason"));
      case TRANSFER -> new CaseCommand.Transfer(actor, at, unit(text(json, "to")),
          optional(json, "assignee").map(PersonId::of), text(json, "reason"));
      case JOIN -> new CaseCommand.Join(actor, at, unit(text(json, "unit")), text(json, "reason"));
      case HOLD -> new CaseCommand.Hold(actor, at, text(json, "reason"));
      case RESUME -> new CaseCommand.Resume(actor, at);
      case REQUEST_EXTENSION -> new CaseCommand.RequestExtension(actor, at,
          TimeLimit.of(field(json, "amount").asInt(), LimitUnit.valueOf(text(json, "unit"))), text(json, "reason"));
      case APPROVE_EXTENSION -> new CaseCommand.ApproveExtension(actor, at);
      case REFUSE_EXTENSION -> new CaseCommand.RefuseExtension(actor, at, text(json, "reason"));
      case VOID -> new CaseCommand.VoidCase(actor, at, text(json, "reason"));
      case ESCALATE -> new CaseCommand.Escalate(actor, at, EscalationRung.valueOf(text(json, "rung")),
          unit(text(json, "to")), text(json, "reason"));
      case WARN -> new CaseCommand.Warn(actor, at, EscalationRung.valueOf(text(json, "rung")), text(json, "reason"));
      case SUPERVISE -> new CaseCommand.Supervise(actor, at, EscalationRung.valueOf(text(json, "rung")),
          SupervisionCard.valueOf(text(json, "card")), unit(text(json, "unit")), text(json, "reason"));
      case WHISTLE -> new CaseCommand.Whistle(actor, at, units(field(json, "departments")), text(json, "reason"));
      case ACKNOWLEDGE_SUMMONS -> new CaseCommand.AcknowledgeSummons(actor, at, unit(text(json, "department")));
      case ARRIVE_ON_SUMMONS -> new CaseCommand.ArriveOnSummons(actor, at, unit(text(json, "department")));
      case ESCALATE_SUMMONS -> new CaseCommand.EscalateSummons(actor, at, unit(text(json, "department")),
          unit(text(json, "to")), text(json, "reason"));
    };
  }

  private static ObjectNode intake(Case intake) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("id", intake.id().value());
    json.put("category", intake.category());
    json.set("place", place(intake.place()));
    json.put("channel", intake.channel().name());
    json.set("reporter", reporter(intake.reporter()));
    json.put("description", intake.description());
    json.set("attachments", uris(intake.attachments()));
    json.put("urgency", intake.urgency().name());
    json.put("tier", intake.tier().name());
    return json;
  }

  private static Case intake(JsonNode json) throws IOException {
    return new Case(CaseId.of(text(json, "id")), text(json, "category"), place(field(json, "place")),
        Channel.valueOf(text(json, "channel")), reporter(field(json, "reporter")), text(json, "description"),
        uris(field(json, "attachments")), Urgency.valueOf(text(json, "urgency")), Tier.valueOf(text(json, "tier")));
  }

  private static ObjectNode place(CasePlace place) {
    ObjectNode json = MAPPER.createObjectNode();
    if (place instanceof CasePlace.AtPoint at) {
      json.put("longitude", at.point().longitude());
      json.put("latitude", at.point().latitude());
      json.put("system", at.point().system().name());
    } else if (place instanceof CasePlace.AtPlace at) {
      json.put("placeId", at.placeId());
    } else {
      json.put("grid", ((CasePlace.InGrid) place).grid().value());
    }
    return json;
  }

  private static CasePlace place(JsonNode json) throws IOException {
    if (json.has("grid")) {
      return CasePlace.in(GridCode.of(text(json, "grid")));
    }
    if (json.has("placeId")) {
      return CasePlace.place(text(json, "placeId"));
    }
    return CasePlace.at(new GeoPoint(field(json, "longitude").asDouble(), field(json, "latitude").asDouble(),
        CoordinateSystem.valueOf(text(json, "system"))));
  }

  private static ObjectNode reporter(Reporter reporter) {
    ObjectNode json = MAPPER.createObjectNode();
    reporter.revealName().ifPresent(name -> json.put("name", name));
    reporter.revealPhone().ifPresent(phone -> json.put("phone", phone));
    reporter.staffMember().ifPresent(person -> json.put("staff", person.value()));
    return json;
  }

  private static Reporter reporter(JsonNode json) throws IOException {
    if (json.has("staff")) {
      return Reporter.staff(PersonId.of(text(json, "staff")));
    }
    if (json.has("name")) {
      return Reporter.resident(text(json, "name"), text(json, "phone"));
    }
    return Reporter.anonymous();
  }

  private static String unit(HandlingUnit unit) {
    return (unit.kind() == HandlingUnit.Kind.GRID ? "grid:" : "department:") + unit.id();
  }

  private static HandlingUnit unit(String text) throws IOException {
    int colon = Math.max(text.indexOf(':'), 0);
    String kind = text.substring(0, colon);
    if (kind.equals("grid")) {
      return new HandlingUnit(HandlingUnit.Kind.GRID, text.substring(colon + 1));
    }
    if (kind.equals("department")) {
      return new HandlingUnit(HandlingUnit.Kind.DEPARTMENT, text.substring(colon + 1));
    }
    throw new IOException("handling unit " + text + " is neither grid:<code> nor department:<id>");
  }

  private static ArrayNode units(List<HandlingUnit> units) {
    ArrayNode json = MAPPER.createArrayNode();
    units.forEach(unit -> json.add(unit(unit)));
    return json;
  }

  private static ImmutableList<HandlingUnit> units(JsonNode json) throws IOException {
    ImmutableList.Builder<HandlingUnit> units = ImmutableList.builder();
    for (JsonNode each : json) {
      units.add(unit(each.asText()));
    }
    return units.build();
  }

  private static ArrayNode uris(List<URI> uris) {
    ArrayNode json = MAPPER.createArrayNode();
    uris.forEach(uri -> json.add(uri.toString()));
    return json;
  }

  private static ImmutableList<URI> uris(JsonNode json) {
    ImmutableList.Builder<URI> uris = ImmutableList.builder();
    json.forEach(each -> uris.add(URI.create(each.asText())));
    return uris.build();
  }

  private static JsonNode field(JsonNode json, String name) throws IOException {
    JsonNode value = json.get(name);
    if (value == null || value.isNull()) {
      throw new IOException("field " + name + " is missing");
    }
    return value;
  }

  private static String text(JsonNode json, String name) throws IOException {
    JsonNode value = field(json, name);
    if (!value.isTextual()) {
      throw new IOException("field " + name + " is not a string");
    }
    return value.asText();
  }

  private static Optional<String> optional(JsonNode json, String name) {
    JsonNode value = json.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
