package org.civicgrid.core.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChannelIdTest {
  @Test
  void theSameGroupIdOnTwoPlatformsIsTwoChannels() {
    assertThat(new ChannelId("wechat", "g-31")).isNotEqualTo(new ChannelId("wecom", "g-31"))
        .isEqualTo(new ChannelId("wechat", "g-31")).hasToString("wechat:g-31");
  }

  @Test
  void refusesABadPlatformOrABlankGroup() {
    assertThatThrownBy(() -> new ChannelId("WeChat", "g-31"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WeChat");
    assertThatThrownBy(() -> new ChannelId("wecom", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group id on wecom");
  }
}
