package org.civicgrid.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Recipient;
import org.junit.jupiter.api.Test;

/** A notification survives its outbox column unchanged, personal fields and field order included. */
class NotificationJsonTest {
  @Test
  void aNotificationWithPersonalDataRoundTrips() throws IOException {
    Map<String, String> payload = new LinkedHashMap<>();
    payload.put("case", "fx-2024-000731");
    payload.put("reporter", "张伟");
    payload.put("phone", "13812345678");
    Notification notice = Notification.withPersonalData(NotificationKey.of("fx-2024-000731#4:gw-017"),
        Recipient.personAllowedPersonalData(PersonId.of("gw-017")), "case-dispatched", payload,
        Set.of("reporter", "phone"));

    Notification read = NotificationJson.notification(NotificationJson.of(notice));

    assertThat(read).isEqualTo(notice);
    assertThat(read.payload().keySet()).containsExactly("case", "reporter", "phone");
  }

  @Test
  void somethingElseIsRefused() {
    assertThatThrownBy(() -> NotificationJson.notification("{\"key\":\"k-1\"}")).isInstanceOf(IOException.class)
        .hasMessageContaining("k-1");
  }
}
