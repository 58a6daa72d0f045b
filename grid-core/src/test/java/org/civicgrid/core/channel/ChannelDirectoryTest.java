package org.civicgrid.core.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_2;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.HAMLET_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.HAMLET_2;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA_BUILDING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.scheme.LevelScheme;
import org.civicgrid.core.scheme.LevelSchemes;
import org.junit.jupiter.api.Test;

class ChannelDirectoryTest {
  private static final LocalDate APRIL = LocalDate.of(2023, 4, 1);
  private static final OnlineChannel B1_GROUP = OnlineChannel.of(OnlineChannel.WECHAT, "cy-b1", "长源1号楼网格群");
  private static final OnlineChannel B1_WECOM = OnlineChannel.of(OnlineChannel.WECOM, "wr-cy-b1", "长源1号楼企业微信群");
  private static final OnlineChannel B2_GROUP = OnlineChannel.of(OnlineChannel.WECHAT, "cy-b2", "长源2号楼网格群");
  private static final OnlineChannel XH_GROUP = OnlineChannel.of(OnlineChannel.WECHAT, "xh-b1", "新华1号楼网格群");
  private static final OnlineChannel HAMLET_1_GROUP = OnlineChannel.of(OnlineChannel.DINGTALK, "hjd-1", "韩家店一组群");
  private static final OnlineChannel HAMLET_2_GROUP = OnlineChannel.of(OnlineChannel.WECHAT, "hjd-2", "韩家店二组群");

  /** A channel on every leaf grid of the Fuxin fixture. */
  private static ChannelDirectory everyLeafServed() {
    return ChannelDirectory.empty()
        .bind(B1_GROUP, BUILDING_1, APRIL)
        .bind(B1_WECOM, BUILDING_1, APRIL.plusMonths(2))
        .bind(B2_GROUP, BUILDING_2, APRIL)
        .bind(XH_GROUP, XINHUA_BUILDING, APRIL)
        .bind(HAMLET_1_GROUP, HAMLET_1, APRIL)
        .bind(HAMLET_2_GROUP, HAMLET_2, APRIL);
  }

  @Test
  void findsTheGridOfAGroupAndTheChannelsOfAGrid() {
    ChannelDirectory directory = everyLeafServed();
    assertThat(directory.grid("wechat", "cy-b2")).contains(BUILDING_2);
    assertThat(directory.grid("wecom", "cy-b2")).isEmpty();
    assertThat(directory.channels(BUILDING_1)).containsExactly(B1_GROUP, B1_WECOM);
    assertThat(directory.channels(CHANGYUAN)).isEmpty();
    assertThat(directory.binding(new ChannelId("wecom", "wr-cy-b1")))
        .map(ChannelBinding::since).contains(LocalDate.of(2023, 6, 1));
    assertThat(directory.size()).isEqualTo(6);
  }

  @Test
  void bindingReturnsANewDirectory() {
    ChannelDirectory before = ChannelDirectory.empty().bind(B1_GROUP, BUILDING_1, APRIL);
    ChannelDirectory after = before.bind(new ChannelBinding(B2_GROUP, BUILDING_2, APRIL));
    assertThat(before.bindings()).extracting(ChannelBinding::channel).containsExactly(B1_GROUP);
    assertThat(after.bindings()).extracting(ChannelBinding::channel).containsExactly(B1_GROUP, B2_GROUP);
    assertThat(ChannelDirectory.empty().size()).isZero();
  }

  @Test
  void bindingAGroupToASecondGridIsAnErrorNamingBothGrids() {
    ChannelDirectory directory = ChannelDirectory.empty().bind(B1_GROUP, BUILDING_1, APRIL);
    OnlineChannel renamed = OnlineChannel.of("wechat", "cy-b1", "长源2号楼网格群");
    assertThatThrownBy(() -> directory.bind(renamed, BUILDING_2, APRIL))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_CHANGE))
        .hasMessageContaining("wechat:cy-b1")
        .hasMessageContaining(BUILDING_1.value()).hasMessageContaining(BUILDING_2.value());
    assertThat(directory.grid("wechat", "cy-b1")).contains(BUILDING_1);
  }

  @Test
  void bindingAGroupTwiceToTheSameGridIsAnErrorToo() {
    ChannelDirectory directory = ChannelDirectory.empty().bind(B1_GROUP, BUILDING_1, APRIL);
    assertThatThrownBy(() -> directory.bind(B1_GROUP, BUILDING_1, APRIL.plusDays(1)))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_CHANGE))
        .hasMessageContaining("since 2023-04-01");
  }

  @Test
  void loadingBindingsWithARepeatedGroupFailsWhole() {
    List<ChannelBinding> bindings = List.of(
        new ChannelBinding(B1_GROUP, BUILDING_1, APRIL),
        new ChannelBinding(B2_GROUP, BUILDING_2, APRIL),
        new ChannelBinding(B1_GROUP, XINHUA_BUILDING, APRIL));
    assertThatThrownBy(() -> ChannelDirectory.of(bindings))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_CHANGE))
        .hasMessageContaining(BUILDING_1.value()).hasMessageContaining(XINHUA_BUILDING.value());
    assertThat(ChannelDirectory.of(bindings.subList(0, 2)).size()).isEqualTo(2);
    assertThat(ChannelDirectory.of(List.of())).isSameAs(ChannelDirectory.empty());
  }

  @Test
  void unbindingFreesTheGroupToMove() {
    ChannelDirectory moved = everyLeafServed().unbind("wechat", "xh-b1").bind(XH_GROUP, XINHUA, APRIL.plusYears(1));
    assertThat(moved.grid("wechat", "xh-b1")).contains(XINHUA);
    assertThat(moved.channels(XINHUA_BUILDING)).isEmpty();
    assertThat(ChannelDirectory.empty().bind(B1_GROUP, BUILDING_1, APRIL).unbind(B1_GROUP.id()))
        .isSameAs(ChannelDirectory.empty());
  }

  @Test
  void unbindingAGroupThatIsNotBoundIsNotFound() {
    assertThatThrownBy(() -> everyLeafServed().unbind("wecom", "cy-b2"))
        .isInstanceOfSatisfying(CivicGridException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
        .hasMessageContaining("wecom:cy-b2");
  }

  @Test
  void findsTheGridsOfALevelWithoutAChannel() {
    GridHierarchy fuxin = FuxinGrids.hierarchy();
    ChannelDirectory directory = ChannelDirectory.empty().bind(B1_GROUP, BUILDING_1, APRIL);
    assertThat(directory.gridsWithoutChannel(fuxin, fuxin.scheme().level("building-grid")))
        .extracting(Grid::code).containsExactly(BUILDING_2, XINHUA_BUILDING);
    // A level of an equal scheme built elsewhere is matched by id.
    assertThat(directory.gridsWithoutChannel(fuxin, LevelSchemes.fuxin().level("hamlet")))
        .extracting(Grid::code).containsExactly(HAMLET_1, HAMLET_2);
  }

  @Test
  void aLevelTheSchemeDoesNotHaveIsACallerError() {
    GridHierarchy fuxin = FuxinGrids.hierarchy();
    assertThatThrownBy(() -> ChannelDirectory.empty().gridsWithoutChannel(fuxin, LevelSchemes.wuhua().level("area")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("area");
  }

  @Test
  void findsChannelsLeftOnRetiredGrids() {
    GridHierarchy redivided = FuxinGrids.hierarchyWithout(XINHUA);
    assertThat(everyLeafServed().orphanedChannels(redivided)).extracting(ChannelBinding::channel)
        .containsExactly(XH_GROUP);
    assertThat(everyLeafServed().orphanedChannels(FuxinGrids.hierarchy())).isEmpty();
  }

  @Test
  void everyLeafServedHasNoFindings() {
    assertThat(everyLeafServed().validate(FuxinGrids.hierarchy()).findings()).isEmpty();
  }

  @Test
  void validationReportsLeavesWithoutChannelAndChannelsOfRetiredGrids() {
    ChannelDirectory directory = everyLeafServed().unbind(HAMLET_2_GROUP.id());
    Report report = directory.validate(FuxinGrids.hierarchyWithout(XINHUA));
    assertThat(report.findings()).extracting(Finding::rule)
        .containsExactly(ChannelRule.GRID_WITHOUT_CHANNEL, ChannelRule.CHANNEL_OF_UNKNOWN_GRID);
    Finding unserved = report.findings().get(0);
    assertThat(unserved.severity()).isEqualTo(Severity.WARNING);
    assertThat(unserved.subject()).isEqualTo(HAMLET_2.value());
    assertThat(unserved.message()).contains("二组 (hamlet)");
    Finding orphan = report.findings().get(1);
    assertThat(orphan.severity()).isEqualTo(Severity.ERROR);
    assertThat(orphan.subject()).isEqualTo("wechat:xh-b1");
    assertThat(orphan.message()).contains(XINHUA_BUILDING.value()).contains("since 2023-04-01");
  }

  @Test
  void validationCanExpectChannelsOnOtherLevels() {
    GridHierarchy fuxin = FuxinGrids.hierarchy();
    LevelScheme scheme = fuxin.scheme();
    ChannelDirectory directory = ChannelDirectory.empty()
        .bind(OnlineChannel.of("wechat", "cy", "长源社区服务群"), CHANGYUAN, APRIL);
    Report report = directory.validate(fuxin, List.of(scheme.level("community"), scheme.level("village")));
    assertThat(report.findings()).extracting(Finding::subject)
        .containsExactly(XINHUA.value(), FuxinGrids.VILLAGE.value());
    assertThat(directory.validate(fuxin, List.of()).findings()).isEmpty();
  }

  @Test
  void changyuanCommunityHasThirtyOneOnlineGrids() {
    List<GridNode> nodes = new ArrayList<>(List.of(
        GridNode.of("500119", "南川区", "county", null),
        GridNode.of("500119001", "西城街道", "subdistrict", "500119"),
        GridNode.of("500119001001", "长远社区", "community", "500119001")));
    ChannelDirectory directory = ChannelDirectory.empty();
    for (int n = 1; n <= 31; n++) {
      String code = String.format("500119001001%03d", n);
      nodes.add(GridNode.of(code, "第" + n + "网格", "compound", "500119001001"));
      directory = directory.bind(OnlineChannel.of("wechat", "cy-" + n, "长远社区第" + n + "网络网格"),
          GridCode.of(code), APRIL);
    }
    GridHierarchy changyuan = GridHierarchy.of(LevelSchemes.fuxin(), nodes, List.of());
    assertThat(directory.size()).isEqualTo(31);
    assertThat(directory.validate(changyuan).findings()).isEmpty();
    assertThat(directory.grid("wechat", "cy-31")).contains(GridCode.of("500119001001031"));
  }

  @Test
  void ruleIdsAreLowerKebab() {
    assertThat(ChannelRule.CHANNEL_OF_UNKNOWN_GRID.id()).isEqualTo("channel-of-unknown-grid");
    assertThat(ChannelRule.GRID_WITHOUT_CHANNEL.severity()).isEqualTo(Severity.WARNING);
  }
}
