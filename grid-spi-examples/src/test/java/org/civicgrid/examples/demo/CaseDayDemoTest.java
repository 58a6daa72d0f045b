package org.civicgrid.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.routing.access.AccessDeniedException;
import org.junit.jupiter.api.Test;

/** The demo's day of cases, read from what it prints. */
class CaseDayDemoTest {
  private static final GridHierarchy COUNTY = Demo.loadSampleCounty();
  private static final BoundaryLayer BOUNDARIES = GeographyDemo.importBoundaries(COUNTY).layer();
  private static final String OUT = run(SampleStaff.of(COUNTY));

  @Test
  void routesEachReportAndSaysWhoActsAndByWhichRule() {
    assertThat(OUT).contains("07:50 hz-0317-01 车辆挡道 at 1号楼 via 网格群: routed to 长源小区 (210902001001001),"
        + " who acts: 王强 (p-10), 专职网格员 (PRIMARY, default rule)");
    assertThat(OUT).contains("08:20 hz-0317-02 供水管道破裂 at 12号楼 via 12345热线: routed directly to water-supply"
        + " (供水企业) (定人、定岗、定责), dispatched at once");
    assertThat(OUT).contains("11:00 hz-0317-07 小区设施维修 at (121.652185, 42.008126 WGS84) via 应用: routed to"
        + " 站前小区 (210902002001001), who acts: 黄磊 (p-13)");
    assertThat(OUT).contains("13:30 hz-0317-08 土地山林纠纷 at 北山一组 via 电话: routed to 北山村 (210902101202),"
        + " who acts: 冯军 (p-09), 网格长 (PRIMARY, rule 0105)");
  }

  @Test
  void closesMostCasesTheSameDayOneOnTheSpotOneRejectedOneOnHold() {
    assertThat(OUT).contains("08:00 hz-0317-01 solved on the spot by 王强 (p-10) 10 min after the report");
    assertThat(OUT).contains("10:40 hz-0317-02 closed 2 h 20 min after the report, handled by 赵强 (ws-01)");
    assertThat(OUT).contains("16:00 hz-0317-02 rated 5/5 by the resident: 满意");
    assertThat(OUT).contains("09:45 hz-0317-05 rejected: a private loan is a civil matter");
    assertThat(OUT).contains("15:00 hz-0317-08 on hold, its clock paused:");
    assertThat(OUT).containsOnlyOnce("hz-0317-06 closed").containsOnlyOnce("hz-0317-07 closed");
  }

  @Test
  void theWhistleSummonsTwoDepartmentsAndBothReportIn() {
    assertThat(OUT).contains("11:00 hz-0317-06 李娜 (p-04) blows the whistle (吹哨), summoning [justice, housing]");
    assertThat(OUT).contains("11:20 hz-0317-06 justice reports in (报到): 周涛 (jb-01)");
    assertThat(OUT).contains("14:10 hz-0317-06 housing reports in (报到): 吴磊 (hb-01)");
    assertThat(OUT).doesNotContain("summons-escalated");
  }

  @Test
  void theDeadlineChecksWarnBeforeTheyEscalateAndLeaveTheHeldCaseAlone() {
    assertThat(OUT).contains("12:00 deadline check: nothing due");
    int warned = OUT.indexOf("15:30 deadline check: 1 due\n  hz-0317-04 warned at rung GRID_WORKER: over 80 % of"
        + " its 4 working hours used");
    int escalated = OUT.indexOf("17:30 deadline check: 2 due\n"
        + "  hz-0317-04 escalated a rung to COMMUNITY 社区: 光明社区 (210902001002) takes it over\n"
        + "  hz-0317-09 warned at rung GRID_WORKER");
    assertThat(warned).isPositive();
    assertThat(escalated).isGreaterThan(warned);
    assertThat(OUT).doesNotContainPattern("hz-0317-08 (warned|escalated)");
    assertThat(OUT).contains("Open at close of business: hz-0317-04 DISPATCHED at 光明社区 (210902001002), rung"
        + " COMMUNITY; hz-0317-08 ON_HOLD at 北山村 (210902101202); hz-0317-09 DISPATCHED at 光明小区");
  }

  @Test
  void theDispatcherPrintsEachNotificationOnceAndNoPersonalData() {
    assertThat(OUT).contains("      ✉ 08:20 case-dispatched → water-supply [hz-0317-02]");
    assertThat(OUT).contains("      ✉ 11:00 department-summoned → justice [hz-0317-06]");
    assertThat(OUT).contains("      ✉ 15:30 rung-warning → 光明小区 (210902001002001) [hz-0317-04]");
    assertThat(OUT).contains("      ✉ 17:30 case-escalated → 光明社区 (210902001002) [hz-0317-04]");
    List<String> notices = OUT.lines().filter(l -> l.startsWith("      ✉ ")).toList();
    assertThat(notices).hasSize(12).doesNotHaveDuplicates().noneMatch(l -> l.contains("hz-0317-01"));
    assertThat(OUT).doesNotContain("13800002222", "李桂芳", "13700001111", "王秀英");
  }

  @Test
  void endsWithTheDaysStatisticsByCommunityOrVillageAndForTheCounty() {
    assertThat(OUT).contains("Statistics for 2025-03-17 as of 18:00 by community or village");
    assertThat(OUT).contains("| community or village | filing rate | on-time handling | completion rate |"
        + " average acceptance time | average handling time | resident satisfaction |");
    assertThat(OUT).contains("| 210902001002 光明社区 | 2 / 2 (100.0 %) | 0 / 1 (0.0 %) | 0 / 1 (0.0 %) |");
    assertThat(OUT).contains("| 210902002001 站前社区 | 2 / 2 (100.0 %) | 1 / 1 (100.0 %) | 1 / 1 (100.0 %) |"
        + " 2 min (n = 2) | 2 h 40 min (n = 2) | 1 / 2 (50.0 %) |");
    assertThat(OUT).endsWith("| 海州区 (all) | 7 / 7 (100.0 %) | 2 / 3 (66.7 %) | 2 / 3 (66.7 %) | 7 min (n = 7) |"
        + " 2 h 37 min (n = 4) | 1 / 2 (50.0 %) |\n");
  }

  @Test
  void theSectionStaysShort() {
    assertThat(OUT.lines().count()).isLessThanOrEqualTo(60);
  }

  @Test
  void aScriptedStepTheEngineRefusesStopsTheDayNamingIt() {
    Staffing county = SampleStaff.of(COUNTY);
    Staffing staffing = county.assignmentsOf(PersonId.of("p-10"), SampleDay.DAY).stream()
        .reduce(county, Staffing::without, (a, b) -> b);

    assertThatThrownBy(() -> run(staffing)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("p-10").hasMessageContaining("hz-0317-01");
  }

  private static String run(Staffing staffing) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    CaseDayDemo.run(staffing, BOUNDARIES, new PrintStream(buffer, true, StandardCharsets.UTF_8));
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
