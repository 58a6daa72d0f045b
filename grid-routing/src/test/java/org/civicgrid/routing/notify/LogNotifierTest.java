package org.civicgrid.routing.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.civicgrid.core.spi.CapturedLog;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ProviderRegistry;
import org.civicgrid.core.staff.PersonId;
import org.junit.jupiter.api.Test;

/** The log notifier passes the conformance kit and never logs personal data. */
class LogNotifierTest extends NotifierContract {
  @Override
  protected Notifier open() {
    return new LogNotifierFactory().create(Config.empty());
  }

  @Override
  protected Set<NotificationKey> deliveredKeys() {
    return null;
  }

  @Test
  void aLineNamesKeyKindAndRecipientAndMasksThePhone() {
    Notification notification = Notification.withPersonalData(NotificationKey.of("c-1#4:gw-017"),
        Recipient.personAllowedPersonalData(PersonId.of("gw-017")), "call-reporter",
        Map.of("case", "c-1", "phone", "13812345678"), Set.of("phone"));

    try (CapturedLog log = CapturedLog.start()) {
      notifier.deliver(notification);

      assertThat(log.text()).contains("c-1#4:gw-017", "call-reporter", "PERSON gw-017", "phone=***")
          .doesNotContain("13812345678");
    }
  }

  @Test
  void itIsTheDefaultNotifier() {
    try (var registry = ProviderRegistry.discover(NotifierFactory.SPI)) {
      assertThat(registry.select()).isInstanceOf(LogNotifierFactory.class);
      assertThat(registry.spi().systemProperty()).isEqualTo("civicgrid.notifier");
    }
  }
}
