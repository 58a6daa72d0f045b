package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.civicgrid.core.layer.Departments;
import org.junit.jupiter.api.Test;

class StaffMemberTest {
  private static final StaffMember WANG_FANG = StaffMember.builder("p-003", "王芳", Employment.FULL_TIME)
      .partyMember().department(Departments.CIVIL_AFFAIRS).skills("mediation", "first-aid")
      .contact(Contact.mobile("13987654321")).contact(Contact.email("wangfang@example.com")).build();

  @Test
  void carriesTheAttributesPoliciesUse() {
    assertThat(WANG_FANG.id()).isEqualTo(PersonId.of("p-003"));
    assertThat(WANG_FANG.partyMember()).isTrue();
    assertThat(WANG_FANG.employment()).isEqualTo(Employment.FULL_TIME);
    assertThat(WANG_FANG.department()).contains(Departments.CIVIL_AFFAIRS);
    assertThat(WANG_FANG.skills()).containsExactlyInAnyOrder("mediation", "first-aid");
    assertThat(WANG_FANG.contact(ContactKind.EMAIL)).contains(Contact.email("wangfang@example.com"));
    assertThat(WANG_FANG.contact(ContactKind.WECHAT)).isEmpty();
  }

  @Test
  void toStringShowsTheNameButMasksEveryContact() {
    assertThat(WANG_FANG.toString())
        .startsWith("王芳 (p-003) [party member, full-time, civil-affairs")
        .contains("mobile 139****4321", "email w***@example.com")
        .doesNotContain("13987654321", "wangfang@");
  }

  @Test
  void aMemberWithoutDepartmentOrContacts() {
    StaffMember volunteer = StaffMember.builder("p-011", "徐丽", Employment.VOLUNTEER).build();

    assertThat(volunteer.partyMember()).isFalse();
    assertThat(volunteer.department()).isEmpty();
    assertThat(volunteer).hasToString("徐丽 (p-011) [volunteer, contacts []]");
  }

  @Test
  void toBuilderKeepsEverythingAndChangesWhatIsSet() {
    StaffMember moved = WANG_FANG.toBuilder().contacts(List.of(Contact.mobile("13511112222"))).build();

    assertThat(WANG_FANG.toBuilder().build()).isEqualTo(WANG_FANG);
    assertThat(moved.contacts()).containsExactly(Contact.mobile("13511112222"));
    assertThat(moved.skills()).isEqualTo(WANG_FANG.skills());
    assertThat(moved.partyMember()).isTrue();
    assertThat(WANG_FANG.toBuilder().notPartyMember().build().partyMember()).isFalse();
  }

  @Test
  void aMemberNeedsANameAndTidySkills() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StaffMember.builder("p-404", " ", Employment.VOLUNTEER).build())
        .withMessageContaining("p-404 has no name");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StaffMember.builder("p-404", "无名", Employment.VOLUNTEER).skills(" first-aid").build())
        .withMessageContaining("p-404: skill ' first-aid'");
  }
}
