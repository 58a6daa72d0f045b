package org.civicgrid.core.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.civicgrid.core.code.GridCode;
import org.junit.jupiter.api.Test;

class ChannelBindingTest {
  private static final OnlineChannel GROUP = OnlineChannel.of(OnlineChannel.WECHAT, "cy-01", "长源1号楼网格群");

  @Test
  void tiesAChannelToAGridFromADay() {
    ChannelBinding binding = new ChannelBinding(GROUP, GridCode.of("210902001001001001"), LocalDate.of(2023, 4, 1));
    assertThat(binding).hasToString("wechat:cy-01 长源1号楼网格群 → 210902001001001001 since 2023-04-01");
  }

  @Test
  void refusesAMissingGridOrDate() {
    assertThatThrownBy(() -> new ChannelBinding(GROUP, null, LocalDate.of(2023, 4, 1)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("wechat:cy-01");
    assertThatThrownBy(() -> new ChannelBinding(GROUP, GridCode.of("210902001001"), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("210902001001");
  }
}
