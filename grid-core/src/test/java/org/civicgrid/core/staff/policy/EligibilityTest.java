package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.XINHUA;
import static org.civicgrid.core.staff.TongnanTeam.ZHANG_MOBILE;
import static org.civicgrid.core.staff.TongnanTeam.ZHANG_WEI;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.staff.TongnanTeam;
import org.junit.jupiter.api.Test;

class EligibilityTest {
  private static final Staffing TONGNAN = TongnanTeam.staffing();

  @Test
  void aGridLeaderWhoIsNotAPartyMemberIsNamedWithoutContactData() {
    Report report = OneRule.gaps(Edits.leftTheParty(TONGNAN, ZHANG_WEI),
        Eligibility.partyMember(Roles.GRID_LEADER.id()), "community");

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(CHANGYUAN.value());
      assertThat(f.message()).isEqualTo("张伟 (p-001), grid-leader of 长源社区 (210902001001), is not a party member")
          .doesNotContain(ZHANG_MOBILE).doesNotContain("5678");
    });
  }

  @Test
  void aHolderOfTheWrongEmploymentIsNamedWithWhatIsAllowed() {
    Report report = OneRule.gaps(TONGNAN, Eligibility.employment(Roles.GRID_LEADER.id(), Employment.FULL_TIME),
        "community");

    assertThat(report.findings()).singleElement().extracting(Finding::message)
        .isEqualTo("张伟 (p-001), grid-leader of 长源社区 (210902001001), is part-time, not full-time");
  }

  @Test
  void everyShortfallOfAHolderIsInOneGap() {
    Eligibility trainedPartyMediator = new Eligibility(Roles.DISPUTE_MEDIATOR.id(), Eligibility.Holders.EVERY, true,
        ImmutableSet.of(), ImmutableSet.of("mediation", "law"), Optional.empty());

    Report report = OneRule.gaps(TONGNAN, trainedPartyMediator, "community");

    assertThat(report.findings()).singleElement().extracting(Finding::message).isEqualTo(
        "刘洋 (p-006), dispute-mediator of 长源社区 (210902001001), is not a party member and lacks skill law");
  }

  @Test
  void aHolderFromAnotherDepartmentIsNamed() {
    assertThat(OneRule.gaps(TONGNAN, Eligibility.department(Roles.COMMUNITY_POLICE_OFFICER.id(), "public-security"))
        .findings()).isEmpty();
    assertThat(OneRule.gaps(TONGNAN, Eligibility.department(Roles.MEDICAL_WORKER.id(), "public-security"))
        .findings()).singleElement().extracting(Finding::message).isEqualTo(
            "黄敏 (p-008), medical-worker of 长源社区 (210902001001), is not of department public-security");
  }

  @Test
  void aTeamThatMustBeLedByAPartyMemberHasAGapWhenNoHolderIs() {
    Report report = OneRule.gaps(TONGNAN, Eligibility.partyMember(Roles.VOLUNTEER.id()).ofAtLeastOneHolder());

    assertThat(report.findings()).singleElement().extracting(Finding::message)
        .isEqualTo("no volunteer of 长源社区 (210902001001) is a party member: 徐丽 (p-011)");
  }

  @Test
  void aGridWithoutHoldersHasNoEligibilityGap() {
    Report report = OneRule.gaps(TONGNAN, Eligibility.partyMember(Roles.GRID_LEADER.id()), "community");

    assertThat(report.findings()).extracting(Finding::subject).doesNotContain(XINHUA.value());
  }

  @Test
  void listsWhatAMemberLacks() {
    StaffMember volunteer = StaffMember.builder("p-100", "吴刚", Employment.VOLUNTEER).skills("first-aid").build();
    Eligibility eligibility = new Eligibility(Roles.FULL_TIME_WORKER.id(), Eligibility.Holders.EVERY, true,
        ImmutableSet.of(Employment.FULL_TIME, Employment.PART_TIME), ImmutableSet.of("first-aid", "mediation"),
        Optional.of("civil-affairs"));

    assertThat(eligibility.shortfalls(volunteer)).containsExactly("is not a party member",
        "is volunteer, not full-time or part-time", "lacks skill mediation", "is not of department civil-affairs");
    assertThat(eligibility).hasToString("every full-time-worker is a party member, full-time or part-time, "
        + "skilled in first-aid, mediation, of department civil-affairs");
  }

  @Test
  void anEligibilityThatRequiresNothingIsRefusedNamingTheRole() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Eligibility(Roles.GRID_LEADER.id(),
            Eligibility.Holders.EVERY, false, ImmutableSet.of(), ImmutableSet.of(), Optional.empty()))
        .withMessage("eligibility of grid-leader requires nothing: no party membership, employment, skill or "
            + "department");
  }

  @Test
  void aBlankSkillOrDepartmentIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Eligibility.skills(Roles.GRID_LEADER.id(), " law"))
        .withMessage("eligibility of grid-leader: skill ' law' is blank or has surrounding spaces");
    assertThatIllegalArgumentException().isThrownBy(() -> Eligibility.department(Roles.GRID_LEADER.id(), " "))
        .withMessage("eligibility of grid-leader: blank department");
  }
}
