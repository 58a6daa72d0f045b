package org.civicgrid.core.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OnlineChannelTest {
  @Test
  void aGroupOnAPlatformWithAnOptionalMemberCount() {
    OnlineChannel group = OnlineChannel.of(OnlineChannel.WECHAT, "25984981234@chatroom", "潼心共治双江社区服务群");
    assertThat(group.platform()).isEqualTo("wechat");
    assertThat(group.groupId()).isEqualTo("25984981234@chatroom");
    assertThat(group.memberCount()).isEmpty();
    assertThat(group.withMemberCount(386).memberCount()).hasValue(386);
    assertThat(group).hasToString("wechat:25984981234@chatroom 潼心共治双江社区服务群");
  }

  @Test
  void refusesANegativeMemberCountOrNoName() {
    OnlineChannel group = OnlineChannel.of(OnlineChannel.WECOM, "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA", "1号楼网格群");
    assertThatThrownBy(() -> group.withMemberCount(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative member count");
    assertThatThrownBy(() -> new OnlineChannel(group.id(), null, OptionalInt.empty()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("wecom:wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA");
  }
}
