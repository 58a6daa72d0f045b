package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelTest {

  @Test
  void everyChannelHasAChineseName() {
    assertThat(Channel.HOTLINE.nameZh()).isEqualTo("12345热线");
    assertThat(Channel.SNAPSHOT.nameZh()).isEqualTo("随手拍");
    assertThat(Channel.values()).allSatisfy(channel -> assertThat(channel.nameZh()).isNotBlank());
  }
}
