package org.civicgrid.examples.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Recipient;
import org.junit.jupiter.api.Test;

class WebhookBodyTest {

  @Test
  void aDispatchNoticeRendersItsFieldsInOrder() {
    Notification notification = Notification.of(NotificationKey.of("c-1#3:gw-017"),
        Recipient.person(PersonId.of("gw-017")), "case-dispatched",
        ImmutableMap.of("case", "c-1", "category", "05.03", "grid", "210902001001"));

    assertThat(new String(WebhookBody.render(notification), UTF_8)).isEqualTo(
        "{\"format\":\"civicgrid-notification\",\"version\":1,\"key\":\"c-1#3:gw-017\",\"kind\":\"case-dispatched\","
            + "\"recipient\":{\"kind\":\"person\",\"id\":\"gw-017\",\"mayReadPersonalData\":false},"
            + "\"payload\":{\"case\":\"c-1\",\"category\":\"05.03\",\"grid\":\"210902001001\"},"
            + "\"personalFields\":[]}");
  }

  @Test
  void personalFieldsAreNamedAndUnicodeIsKept() {
    Notification notification = Notification.withPersonalData(NotificationKey.of("c-1#4:gw-017"),
        Recipient.personAllowedPersonalData(PersonId.of("gw-017")), "call-reporter",
        ImmutableMap.of("case", "c-1", "reporter", "王秀兰", "phone", "13812345678"), ImmutableSet.of("reporter", "phone"));

    String body = new String(WebhookBody.render(notification), UTF_8);

    assertThat(body).contains("\"mayReadPersonalData\":true", "\"reporter\":\"王秀兰\"",
        "\"personalFields\":[\"reporter\",\"phone\"]");
  }
}
