package org.civicgrid.routing.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Set;
import org.civicgrid.core.code.LowerKebab;

/**
 * A message a case change causes ("case c-1 dispatched to you", "red card for grid 210902001001"),
 * stored in the outbox with the change and delivered later by a {@link NotificationDispatcher}.
 * Fields that carry a reporter's personal data are named in {@code personalFields}; they are allowed
 * only when the recipient may read personal data, and every log line masks them. Immutable; {@link
 * #toString()} masks personal fields.
 *
 * @param key the idempotency key, unique in a store's outbox; retries and replays reuse it
 * @param recipient who the message is for
 * @param kind what happened, lower-kebab, such as {@code case-dispatched} or {@code rung-fired}
 * @param payload the message's fields in the order given, for the notifier to render
 * @param personalFields the payload keys whose values are personal data (a reporter's name or phone)
 */
public record Notification(
    NotificationKey key, Recipient recipient, String kind, ImmutableMap<String, String> payload,
    ImmutableSet<String> personalFields) {
  public Notification {
    checkNotNull(key, "key");
    checkNotNull(recipient, "notification %s recipient", key);
    checkArgument(LowerKebab.matches(kind),
        "notification %s kind %s must be lower-kebab-case", key, kind);
    payload = ImmutableMap.copyOf(checkNotNull(payload, "notification %s payload", key));
    personalFields = ImmutableSet.copyOf(checkNotNull(personalFields, "notification %s personal fields", key));
    for (String field : personalFields) {
      checkArgument(payload.containsKey(field),
          "notification %s names personal field %s that its payload lacks", key, field);
    }
    checkArgument(personalFields.isEmpty() || recipient.mayReadPersonalData(),
        "notification %s carries personal data %s but %s may not read it", key, personalFields, recipient);
  }

  /** A notification without personal data. */
  public static Notification of(NotificationKey key, Recipient recipient, String kind, Map<String, String> payload) {
    return new Notification(key, recipient, kind, ImmutableMap.copyOf(payload), ImmutableSet.of());
  }

  /** A notification whose {@code personalFields} carry personal data; the recipient must be allowed it. */
  public static Notification withPersonalData(
      NotificationKey key, Recipient recipient, String kind, Map<String, String> payload, Set<String> personalFields) {
    return new Notification(key, recipient, kind, ImmutableMap.copyOf(payload), ImmutableSet.copyOf(personalFields));
  }

  /** The payload with personal values replaced by {@code ***}, for logs and consoles. */
  public ImmutableMap<String, String> maskedPayload() {
    if (personalFields.isEmpty()) {
      return payload;
    }
    ImmutableMap.Builder<String, String> masked = ImmutableMap.builderWithExpectedSize(payload.size());
    payload.forEach((field, value) -> masked.put(field, personalFields.contains(field) ? "***" : value));
    return masked.build();
  }

  /** {@code c-1#3:gw-017 case-dispatched → PERSON gw-017 {case=c-1, reporter=***}}. */
  @Override
  public String toString() {
    return key + " " + kind + " → " + recipient + " " + maskedPayload();
  }
}
