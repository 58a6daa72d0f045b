package org.civicgrid.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Notifier;
import org.civicgrid.routing.notify.NotifierContract;
import org.civicgrid.routing.notify.Recipient;
import org.junit.jupiter.api.Test;

/** The console notifier passes the conformance kit and prints one line per notification, no personal data. */
class ConsoleNotifierTest extends NotifierContract {
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  @Override
  protected Notifier open() {
    return new ConsoleNotifier(new PrintStream(buffer, true, StandardCharsets.UTF_8),
        new DayClock(Instant.parse("2025-03-17T09:30:00Z")), recipient -> "王强 (" + recipient.id() + ")");
  }

  @Override
  protected Set<NotificationKey> deliveredKeys() {
    return null;
  }

  @Test
  void printsTheLocalTimeKindRecipientAndCaseAndMasksPersonalData() {
    notifier.deliver(Notification.withPersonalData(NotificationKey.of("hz-1#4:p-10"),
        Recipient.personAllowedPersonalData(PersonId.of("p-10")), "call-reporter",
        Map.of("case", "hz-1", "phone", "13812345678"), Set.of("phone")));

    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .isEqualTo("      ✉ 17:30 call-reporter → 王强 (p-10) [hz-1]\n");
  }
}
