package org.civicgrid.examples.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Ascii;
import org.civicgrid.routing.notify.Notification;

/**
 * Renders a notification as the webhook's JSON body, format {@code civicgrid-notification} version
 * 1 ({@code docs/formats.md} §7). The same notification always renders to the same bytes, so a
 * retry carries the body of the first attempt. Thread-safe.
 */
final class WebhookBody {
  static final String FORMAT = "civicgrid-notification";
  static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private WebhookBody() {}

  /**
   * The body's UTF-8 bytes. The payload goes whole: {@link Notification} admits personal fields only
   * for a recipient that may read them, and names them so that the receiver can protect them too.
   */
  static byte[] render(Notification notification) {
    ObjectNode root = JSON.createObjectNode()
        .put("format", FORMAT)
        .put("version", VERSION)
        .put("key", notification.key().value())
        .put("kind", notification.kind());
    root.putObject("recipient")
        .put("kind", Ascii.toLowerCase(notification.recipient().kind().name()))
        .put("id", notification.recipient().id())
        .put("mayReadPersonalData", notification.recipient().mayReadPersonalData());
    ObjectNode payload = root.putObject("payload");
    notification.payload().forEach(payload::put);
    ArrayNode personalFields = root.putArray("personalFields");
    notification.personalFields().forEach(personalFields::add);
    try {
      return JSON.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always renders; notification " + notification.key(), e);
    }
  }
}
