package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.staff.LinkKind;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.TongnanTeam;
import org.junit.jupiter.api.Test;

class StaffingPolicyTest {
  private static final StaffingPolicy TONGNAN = StaffingPolicies.tongnan("community",
      GridSelector.within("subdistrict"), GridSelector.within("township"));

  @Test
  void aCityPolicyIsAPresetPlusItsOwnRules() {
    StaffingPolicy shuangjiang = StaffingPolicy.builder("tongnan-shuangjiang")
        .include(TONGNAN)
        .rule("shuangjiang.grid-leader-party-member", Severity.ERROR, Eligibility.partyMember(Roles.GRID_LEADER.id()))
        .build();

    assertThat(shuangjiang.rules()).hasSize(TONGNAN.rules().size() + 1);
    assertThat(shuangjiang.rules().subList(0, TONGNAN.rules().size())).isEqualTo(TONGNAN.rules());
    assertThat(shuangjiang.rule("shuangjiang.grid-leader-party-member").levels()).isEmpty();
  }

  @Test
  void aCityRegradesAPresetRuleById() {
    StaffingPolicy lenient = StaffingPolicy.builder("lenient").include(TONGNAN)
        .severity("needs-medical-worker", Severity.INFO).build();

    Report report = lenient.evaluate(TongnanTeam.staffing(), OneRule.DAY);

    assertThat(lenient.rule("needs-medical-worker").severity()).isEqualTo(Severity.INFO);
    assertThat(report.of(lenient.rule("needs-medical-worker"))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.subject()).isEqualTo(XINHUA.value());
    });
  }

  @Test
  void aCityDisablesAPresetRuleById() {
    StaffingPolicy withoutMedics = StaffingPolicy.builder("without-medics").disable("needs-medical-worker")
        .include(TONGNAN).build();

    assertThat(withoutMedics.findRule("needs-medical-worker")).isEmpty();
    assertThat(withoutMedics.evaluate(TongnanTeam.staffing(), OneRule.DAY).findings())
        .extracting(f -> f.rule().id()).doesNotContain("needs-medical-worker").contains("needs-dispute-mediator");
  }

  @Test
  void aRuleIdAddedTwiceIsRefusedNamingBoth() {
    StaffingPolicy.Builder builder = StaffingPolicy.builder("twice").include(TONGNAN)
        .rule("one-grid-leader", Severity.WARNING, RoleCount.atMost(Roles.GRID_LEADER.id(), 1));

    assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidPolicyException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.INVALID_POLICY);
      assertThat(e.policy()).isEqualTo("twice");
      assertThat(e.report().findings()).singleElement().satisfies(f -> {
        assertThat(f.rule()).isEqualTo(PolicyDefinitionRule.DUPLICATE_RULE);
        assertThat(f.subject()).isEqualTo("one-grid-leader");
        assertThat(f.message()).isEqualTo("rule one-grid-leader is added twice: one-grid-leader (ERROR at community):"
            + " exactly 1 grid-leader; and one-grid-leader (WARNING): at most 1 grid-leader");
      });
    });
  }

  @Test
  void overridesOfRulesThePolicyLacksAreAllRefused() {
    StaffingPolicy.Builder builder = StaffingPolicy.builder("typos").include(TONGNAN)
        .severity("needs-medic", Severity.INFO).disable("needs-polic-officer");

    assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidPolicyException.class, e ->
        assertThat(e.report().findings()).extracting(Finding::rule, Finding::message).containsExactly(
            tuple(PolicyDefinitionRule.UNKNOWN_RULE,
                "severity override of rule needs-medic, which policy typos does not have"),
            tuple(PolicyDefinitionRule.UNKNOWN_RULE,
                "rule needs-polic-officer is disabled, but policy typos does not have it")));
  }

  @Test
  void aRuleThePolicyLacksIsNotFound() {
    assertThatThrownBy(() -> TONGNAN.rule("needs-fire-officer")).isInstanceOfSatisfying(CivicGridException.class,
        e -> assertThat(e).hasMessage("NOT_FOUND: no rule needs-fire-officer in policy tongnan"));
  }

  @Test
  void rolesAndLevelsAreCheckedAgainstTheCatalogueAndSchemeEveryProblemAtOnce() {
    StaffingPolicy policy = StaffingPolicy.builder("broken")
        .rule("night-warden", Severity.ERROR, RoleCount.atLeast(RoleId.of("tongnan.night-warden"), 1), "community")
        .rule("street-leader", Severity.ERROR, RoleCount.exactly(Roles.GRID_LEADER.id(), 1), "street")
        .rule("links-wards", Severity.ERROR, LinkQuota.of(Roles.LIAISON_CADRE.id(), LinkKind.LINKED, 1,
            GridSelector.atLevels("ward")))
        .build();

    assertThatThrownBy(() -> policy.evaluatorFor(RoleCatalogues.tongnan(), LevelSchemes.fuxin()))
        .isInstanceOfSatisfying(InvalidPolicyException.class, e -> {
          assertThat(e.report().findings()).extracting(Finding::rule, Finding::subject).containsExactly(
              tuple(PolicyDefinitionRule.UNKNOWN_ROLE, "night-warden"),
              tuple(PolicyDefinitionRule.UNKNOWN_LEVEL, "street-leader"),
              tuple(PolicyDefinitionRule.UNKNOWN_LEVEL, "links-wards"));
          assertThat(e.getMessage()).startsWith("INVALID_POLICY: policy broken: 3 error(s)")
              .contains("rule night-warden names role tongnan.night-warden, which catalogue tongnan does not have")
              .contains("rule street-leader applies to level street, which scheme fuxin does not have")
              .contains("rule links-wards selects grids of level ward, which scheme fuxin does not have");
        });
  }

  @Test
  void aPolicyIdThatIsNotLowerKebabIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> StaffingPolicy.builder("Tongnan"))
        .withMessage("policy id Tongnan is not lower-kebab");
  }

  @Test
  void policiesWithTheSameIdAndRulesAreEqual() {
    StaffingPolicy again = StaffingPolicies.tongnan("community", GridSelector.within("subdistrict"),
        GridSelector.within("township"));

    assertThat(again).isEqualTo(TONGNAN).hasSameHashCodeAs(TONGNAN);
    assertThat(StaffingPolicies.tongnan("grid")).isNotEqualTo(TONGNAN);
    assertThat(StaffingPolicies.wuhua()).hasToString("StaffingPolicy[wuhua, [one-grid-leader, "
        + "grid-leader-party-member, needs-area-worker, needs-volunteer-worker, volunteer-team-led-by-party-member]]");
  }
}
