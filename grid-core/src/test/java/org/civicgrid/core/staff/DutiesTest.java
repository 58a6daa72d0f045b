package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DutiesTest {

  @Test
  void wuhuasFiveDutiesOfLeadersAndAreaWorkers() {
    assertThat(Duties.fiveDuties()).extracting(Duty::nameZh)
        .containsExactly("政策法规宣传员", "风险隐患巡查员", "社情民意采集员", "矛盾纠纷调解员", "民生诉求服务员");
  }

  @Test
  void wuhuasThreeDutiesOfVolunteers() {
    assertThat(Duties.threeDuties()).extracting(Duty::nameZh).containsExactly("信息采集员", "政策宣讲员", "便民服务员");
  }

  @Test
  void beipiaosBuildingLeadersReportInformAndPublicise() {
    assertThat(Duties.buildingDuties()).extracting(Duty::nameZh).containsExactly("情报员", "信息员", "宣传员");
  }

  @Test
  void theFiveAndTheThreeAreDistinctDutiesEvenWhereTheEnglishIsClose() {
    assertThat(Duties.fiveDuties()).doesNotContainAnyElementsOf(Duties.threeDuties());
    assertThat(Duties.OPINION_COLLECTOR.id()).isNotEqualTo(Duties.INFORMATION_COLLECTOR.id());
  }
}
