package org.civicgrid.routing.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.cases.HandlingUnit;
import org.junit.jupiter.api.Test;

class NotificationTest {
  private static final NotificationKey KEY = NotificationKey.of("c-1#4:gw-017");
  private static final PersonId WORKER = PersonId.of("gw-017");

  @Test
  void personalFieldsAreMaskedWhenShown() {
    Notification call = Notification.withPersonalData(KEY, Recipient.personAllowedPersonalData(WORKER),
        "call-reporter", Map.of("case", "c-1", "phone", "13812345678"), Set.of("phone"));

    assertThat(call.maskedPayload()).containsEntry("phone", "***").containsEntry("case", "c-1");
    assertThat(call.payload()).containsEntry("phone", "13812345678");
    assertThat(call.toString()).contains("c-1#4:gw-017", "call-reporter", "PERSON gw-017").doesNotContain("138");
  }

  @Test
  void personalDataToARecipientWithoutTheRightIsRefusedNamingBoth() {
    assertThatThrownBy(() -> Notification.withPersonalData(KEY, Recipient.person(WORKER), "call-reporter",
        Map.of("phone", "13812345678"), Set.of("phone")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c-1#4:gw-017")
        .hasMessageContaining("PERSON gw-017")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("13812345678"));
  }

  @Test
  void aChannelCanNeverReadPersonalData() {
    assertThatThrownBy(() -> new Recipient(Recipient.Kind.CHANNEL, "changyuan-group", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("changyuan-group");
  }

  @Test
  void aPersonalFieldMustBeInThePayload() {
    assertThatThrownBy(() -> Notification.withPersonalData(KEY, Recipient.personAllowedPersonalData(WORKER),
        "call-reporter", Map.of("case", "c-1"), Set.of("phone")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phone");
  }

  @Test
  void theKindIsLowerKebab() {
    assertThatThrownBy(() -> Notification.of(KEY, Recipient.person(WORKER), "CaseDispatched", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CaseDispatched");
  }

  @Test
  void unitsAreNamedByKindAndId() {
    assertThat(Recipient.unit(HandlingUnit.department("water-utility")).id()).isEqualTo("department:water-utility");
    assertThat(Recipient.channel("changyuan-group").mayReadPersonalData()).isFalse();
  }

  @Test
  void keysAreShortAndPlain() {
    assertThatThrownBy(() -> NotificationKey.of("c-1 #4")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c-1 #4");
    assertThatThrownBy(() -> NotificationKey.of("k".repeat(129))).isInstanceOf(IllegalArgumentException.class);
    assertThat(NotificationKey.of("c-1#4:gw-017")).isLessThan(NotificationKey.of("c-1#5:gw-017"));
  }
}
