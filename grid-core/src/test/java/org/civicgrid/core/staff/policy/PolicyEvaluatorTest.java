package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA;
import static org.civicgrid.core.staff.TongnanTeam.CHANGE_DAY;
import static org.civicgrid.core.staff.TongnanTeam.HE_JIANGUO;
import static org.civicgrid.core.staff.TongnanTeam.LI_NA;

import java.util.List;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.staff.BeipiaoGrids;
import org.civicgrid.core.staff.LinkKind;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.staff.TongnanTeam;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {
  private static final StaffingPolicy TONGNAN = StaffingPolicies.tongnan("community",
      GridSelector.within("subdistrict"), GridSelector.within("township"));

  @Test
  void reportsEveryGapGridByGridDepthFirstThenTheQuotas() {
    Staffing unstaffed = Staffing.of(FuxinGrids.hierarchy(), RoleCatalogues.tongnan(), TongnanTeam.members(),
        TongnanTeam.assignments().stream().filter(a -> a.person().equals(HE_JIANGUO)).toList(), List.of());

    Report report = TONGNAN.evaluate(unstaffed, OneRule.DAY);

    assertThat(report.findings()).extracting(Finding::subject).containsExactly(
        CHANGYUAN.value(), CHANGYUAN.value(), CHANGYUAN.value(), CHANGYUAN.value(), CHANGYUAN.value(),
        CHANGYUAN.value(), CHANGYUAN.value(),
        XINHUA.value(), XINHUA.value(), XINHUA.value(), XINHUA.value(), XINHUA.value(), XINHUA.value(),
        XINHUA.value());
    assertThat(report.withSeverity(Severity.ERROR)).hasSize(4);
  }

  @Test
  void quotaGapsFollowTheGridGaps() {
    StaffingPolicy strict = StaffingPolicy.builder("strict").include(TONGNAN)
        .rule("three-urban-links", Severity.WARNING, LinkQuota.of(Roles.LIAISON_CADRE.id(),
            LinkKind.LINKED, 3, GridSelector.within("subdistrict")))
        .build();

    Report report = strict.evaluate(TongnanTeam.staffing(), OneRule.DAY);

    assertThat(report.findings().get(report.findings().size() - 1).rule().id()).isEqualTo("three-urban-links");
  }

  @Test
  void oneEvaluatorServesManyDatesAcrossTheDayTheGridLeaderChanges() {
    Staffing staffing = Edits.leftTheParty(TongnanTeam.staffing(), LI_NA);
    PolicyEvaluator evaluator = OneRule.policy(Eligibility.partyMember(Roles.GRID_LEADER.id()), "community")
        .evaluatorFor(staffing);

    assertThat(evaluator.evaluate(staffing, CHANGE_DAY.minusDays(1)).findings()).isEmpty();
    assertThat(evaluator.evaluate(staffing, CHANGE_DAY).findings()).singleElement().extracting(Finding::message)
        .isEqualTo("李娜 (p-002), grid-leader of 长源社区 (210902001001), is not a party member");
  }

  @Test
  void aStaffingOfAnotherCatalogueOrSchemeIsRefusedNamingBoth() {
    PolicyEvaluator evaluator = TONGNAN.evaluatorFor(TongnanTeam.staffing());

    assertThatIllegalArgumentException().isThrownBy(() -> evaluator.evaluate(BeipiaoGrids.staffing(), OneRule.DAY))
        .withMessage("policy tongnan was prepared for catalogue tongnan and scheme fuxin; this staffing has "
            + "catalogue beipiao and scheme beipiao");
  }

  @Test
  void saysWhatItWasPreparedFor() {
    PolicyEvaluator evaluator = TONGNAN.evaluatorFor(TongnanTeam.staffing());

    assertThat(evaluator.policy()).isSameAs(TONGNAN);
    assertThat(evaluator.roles()).isEqualTo(RoleCatalogues.tongnan());
    assertThat(evaluator.scheme().id()).isEqualTo("fuxin");
    assertThat(evaluator).hasToString("PolicyEvaluator[tongnan for catalogue tongnan, scheme fuxin]");
  }
}
