package org.civicgrid.routing.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_2;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA_BUILDING;
import static org.civicgrid.routing.stats.CaseStatisticsTest.MAY;
import static org.civicgrid.routing.stats.Story.T0;
import static org.civicgrid.routing.stats.Story.WATER;
import static org.civicgrid.routing.stats.Story.days;

import java.util.List;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.HandlingUnit;
import org.junit.jupiter.api.Test;

class GroupingTest {
  static final GridHierarchy FUXIN = FuxinGrids.hierarchy();

  final CaseState inBuilding1 = Story.of("c-1", BUILDING_1, "0101", Channel.GRID_GROUP, T0).accept(10).file(20)
      .dispatch(30, HandlingUnit.grid(BUILDING_1), "gw-017").state();
  final CaseState inBuilding2 = Story.of("c-2", BUILDING_2, "0102", Channel.HOTLINE, T0).accept(20).file(30)
      .dispatch(40, HandlingUnit.grid(BUILDING_2), "gw-021").state();
  final CaseState inXinhua = Story.of("c-3", XINHUA_BUILDING, "0401", Channel.HOTLINE, T0).accept(5).file(10)
      .dispatch(15, WATER).sendBack(25).state();
  final CaseState inSubdistrict = Story.of("c-4", SUBDISTRICT, "0401", Channel.PATROL, T0).reject(5).state();
  final CaseStatistics stats = CaseStatistics.of(List.of(inBuilding1, inBuilding2, inXinhua, inSubdistrict),
      DueDates.none(), days(1));

  @Test
  void rollsEachCaseUpToItsCommunity() {
    var rows = stats.by(Grouping.byLevel(FUXIN, "community"), MAY);
    assertThat(rows.keySet()).containsExactly("210902001001 长源社区", "210902001002 新华社区", Grouping.NONE);
    assertThat(rows.get("210902001001 长源社区").rate(Indicator.FILING_RATE))
        .isEqualTo(new Rate(Indicator.FILING_RATE, 2, 2));
    assertThat(rows.get("210902001002 新华社区").rate(Indicator.SEND_BACK_RATE))
        .isEqualTo(new Rate(Indicator.SEND_BACK_RATE, 1, 1));
  }

  @Test
  void aCaseInAGridAboveTheLevelIsInNoGroup() {
    assertThat(Grouping.byLevel(FUXIN, "community").groupOf(inSubdistrict)).isEmpty();
    assertThat(Grouping.byLevel(FUXIN, "subdistrict").groupOf(inSubdistrict)).contains("210902001 和平街道");
  }

  @Test
  void groupsByTheCasesOwnGrid() {
    Grouping byGrid = Grouping.byGrid(FUXIN, CaseGrid.territorial(FUXIN));
    assertThat(byGrid.groupOf(inBuilding2)).contains("210902001001001002 2号楼网格");
  }

  @Test
  void groupsByLeadUnitPersonChannelAndCategory() {
    assertThat(Grouping.byUnit().groupOf(inBuilding1)).contains("grid 210902001001001001");
    assertThat(Grouping.byUnit().groupOf(inXinhua)).as("the unit that last had it, after a send-back")
        .contains("department water-utility");
    assertThat(Grouping.byUnit().groupOf(inSubdistrict)).isEmpty();
    assertThat(Grouping.byPerson().groupOf(inBuilding2)).contains("gw-021");
    assertThat(Grouping.byChannel().groupOf(inBuilding2)).contains("HOTLINE");
    assertThat(Grouping.byCategory().groupOf(inBuilding2)).contains("0102");
    assertThat(Grouping.byMainCategory().groupOf(inBuilding2)).contains("01");
  }

  @Test
  void theMainCategoryOfADottedCodeIsItsFirstPart() {
    CaseState dotted = Story.of("c-5", BUILDING_1, "05.03", Channel.APP, T0).state();
    assertThat(Grouping.byMainCategory().groupOf(dotted)).contains("05");
  }

  @Test
  void rowsCoverEveryCaseOnce() {
    var rows = stats.by(Grouping.byChannel(), MAY);
    assertThat(rows.keySet()).containsExactly("GRID_GROUP", "HOTLINE", "PATROL");
    assertThat(rows.values()).extracting(set -> set.rate(Indicator.FILING_RATE).denominator())
        .containsExactly(1L, 2L, 0L);
  }

  @Test
  void refusesAnUnknownLevelNamingIt() {
    assertThatThrownBy(() -> Grouping.byLevel(FUXIN, "province"))
        .isInstanceOf(CivicGridException.class)
        .hasMessageContaining("level scheme fuxin has no level province")
        .extracting(e -> ((CivicGridException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void refusesACaseInAGridTheHierarchyDoesNotHave() {
    CaseState elsewhere = Story.of("c-6", GridCode.of("210902001009"), "0101", Channel.APP, T0).state();
    CaseStatistics withStray = CaseStatistics.of(List.of(elsewhere), DueDates.none(), days(1));
    assertThatThrownBy(() -> withStray.by(Grouping.byLevel(FUXIN, "community"), MAY))
        .isInstanceOf(CivicGridException.class).hasMessageContaining("210902001009")
        .extracting(e -> ((CivicGridException) e).code()).isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void aGroupingOfOnesOwnMayNotUseTheNoneKey() {
    Grouping bad = Grouping.of("urgency", state -> Optional.of(Grouping.NONE));
    assertThatThrownBy(() -> bad.groupOf(inBuilding1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grouping urgency gave case c-1 the key");
  }

  @Test
  void aGroupingOfOnesOwnNamesItsGroups() {
    Grouping byUrgency = Grouping.of("urgency", state -> Optional.of(state.intake().urgency().name()));
    assertThat(byUrgency.name()).isEqualTo("urgency");
    assertThat(byUrgency.groupOf(inBuilding1)).contains("NORMAL");
  }
}
