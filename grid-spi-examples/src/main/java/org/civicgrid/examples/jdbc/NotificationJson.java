package org.civicgrid.examples.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Recipient;

/**
 * The text an outbox row or dead letter keeps in column {@code notification}: one JSON object with
 * {@code key}, {@code recipient} ({@code kind}, {@code id}, {@code mayReadPersonalData}), {@code
 * kind}, {@code payload} (an object, fields in their order) and {@code personalFields}. Personal
 * values are stored raw, since the notifier must deliver them; the row is as private as the case's
 * events. Stateless and thread-safe.
 */
final class NotificationJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private NotificationJson() {}

  static String of(Notification notification) {
    ObjectNode json = MAPPER.createObjectNode();
    json.put("key", notification.key().value());
    ObjectNode recipient = json.putObject("recipient");
    recipient.put("kind", notification.recipient().kind().name());
    recipient.put("id", notification.recipient().id());
    recipient.put("mayReadPersonalData", notification.recipient().mayReadPersonalData());
    json.put("kind", notification.kind());
    ObjectNode payload = json.putObject("payload");
    notification.payload().forEach(payload::put);
    ArrayNode personal = json.putArray("personalFields");
    notification.personalFields().forEach(personal::add);
    return json.toString();
  }

  /**
   * The notification stored as {@code content}.
   *
   * @throws IOException when the text is not such an object
   * @throws IllegalArgumentException when a value is out of range for its record
   */
  static Notification notification(String content) throws IOException {
    JsonNode json = MAPPER.readTree(content);
    JsonNode recipient = json.path("recipient");
    JsonNode payload = json.path("payload");
    if (!json.path("key").isTextual() || !recipient.isObject() || !json.path("kind").isTextual()
        || !payload.isObject() || !json.path("personalFields").isArray()) {
      throw new IOException("not a stored notification: " + json.path("key"));
    }
    ImmutableMap.Builder<String, String> fields = ImmutableMap.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = payload.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      fields.put(field.getKey(), field.getValue().asText());
    }
    ImmutableSet.Builder<String> personal = ImmutableSet.builder();
    json.path("personalFields").forEach(field -> personal.add(field.asText()));
    return new Notification(NotificationKey.of(json.path("key").asText()),
        new Recipient(Recipient.Kind.valueOf(recipient.path("kind").asText()), recipient.path("id").asText(),
            recipient.path("mayReadPersonalData").asBoolean()),
        json.path("kind").asText(), fields.build(), personal.build());
  }
}
