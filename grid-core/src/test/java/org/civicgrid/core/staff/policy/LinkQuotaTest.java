package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;
import static org.civicgrid.core.hierarchy.FuxinGrids.TOWNSHIP;

import java.util.List;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.staff.LinkKind;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.staff.TongnanTeam;
import org.junit.jupiter.api.Test;

class LinkQuotaTest {
  private static final RoleId CADRE = Roles.LIAISON_CADRE.id();
  private static final GridSelector URBAN = GridSelector.within("subdistrict");

  @Test
  void aDistrictLeaderLinkingAnUrbanAndARuralGridMeetsBothQuotas() {
    LinkQuota urban = LinkQuota.of(CADRE, LinkKind.LINKED, 1, URBAN).heldBy(LinkKind.LINKED);
    LinkQuota rural = LinkQuota.of(CADRE, LinkKind.LINKED, 1, GridSelector.within("township")).heldBy(LinkKind.LINKED);

    assertThat(OneRule.gaps(TongnanTeam.staffing(), urban).findings()).isEmpty();
    assertThat(OneRule.gaps(TongnanTeam.staffing(), rural).findings()).isEmpty();
  }

  @Test
  void aCadreShortOfTheQuotaIsNamedWithTheGridsTheyLink() {
    LinkQuota twoUrban = LinkQuota.of(CADRE, LinkKind.LINKED, 2, URBAN).heldBy(LinkKind.LINKED);

    assertThat(OneRule.gaps(TongnanTeam.staffing(), twoUrban).findings()).singleElement()
        .extracting(Finding::message).isEqualTo("何建国 (p-030), liaison-cadre of 长源社区 (210902001001) by linked, "
            + "links 1 grids within a subdistrict by linked; needs at least 2 (linked: 长源社区 (210902001001), "
            + "一组 (210902201201001))");
  }

  @Test
  void withoutHeldByEveryHolderOfTheRoleIsUnderTheQuota() {
    LinkQuota anyCadre = LinkQuota.of(CADRE, LinkKind.LINKED, 1, GridSelector.all());

    assertThat(OneRule.gaps(TongnanTeam.staffing(), anyCadre).findings()).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(SUBDISTRICT.value());
      assertThat(f.message()).isEqualTo("唐明 (p-031), liaison-cadre of 和平街道 (210902001), links 0 grids by "
          + "linked; needs at least 1 (linked: none)");
    });
  }

  @Test
  void theRulesLevelsSayWhereCadresHoldTheRole() {
    LinkQuota anyCadre = LinkQuota.of(CADRE, LinkKind.LINKED, 1, GridSelector.all());

    assertThat(OneRule.gaps(TongnanTeam.staffing(), anyCadre, "building-grid").findings()).singleElement()
        .extracting(Finding::message).asString().startsWith("唐明 (p-031), liaison-cadre of 新华1号楼网格");
  }

  @Test
  void tongnansPresetFindsUrbanAndRuralGridsByTagsSetOnTheirBranches() {
    List<GridNode> tagged = FuxinGrids.nodes().stream()
        .map(n -> n.code().equals(SUBDISTRICT) ? n.withTags(StaffingPolicies.URBAN)
            : n.code().equals(TOWNSHIP) ? n.withTags(StaffingPolicies.RURAL) : n)
        .toList();
    GridHierarchy hierarchy = GridHierarchy.of(LevelSchemes.fuxin(), tagged, List.of());
    Staffing staffing = Staffing.of(hierarchy, RoleCatalogues.tongnan(), TongnanTeam.members(),
        TongnanTeam.assignments(), List.of());

    assertThat(StaffingPolicies.tongnan("community").evaluate(staffing, OneRule.DAY).findings())
        .extracting(f -> f.rule().id()).doesNotContain("district-leader-links-urban-grid",
            "district-leader-links-rural-grid");
    assertThat(StaffingPolicies.tongnan("community").evaluate(TongnanTeam.staffing(), OneRule.DAY).findings())
        .extracting(f -> f.rule().id()).contains("district-leader-links-urban-grid",
            "district-leader-links-rural-grid");
  }

  @Test
  void namesTheLevelsItsTargetSelects() {
    LinkQuota quota = LinkQuota.of(CADRE, LinkKind.LINKED, 1, GridSelector.atLevels("community"));

    assertThat(quota.levelsNamed()).containsExactly("community");
    assertThat(quota.rolesNamed()).containsExactly(CADRE);
    assertThat(quota.heldBy(LinkKind.LINKED)).hasToString(
        "each liaison-cadre held by linked links at least 1 grids at level community by linked");
  }

  @Test
  void aQuotaOfNoGridsIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> LinkQuota.of(CADRE, LinkKind.LINKED, 0, URBAN))
        .withMessage("quota of liaison-cadre: at least 0 grids, must be 1 or more");
  }
}
