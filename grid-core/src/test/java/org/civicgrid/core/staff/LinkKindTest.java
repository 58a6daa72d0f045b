package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LinkKindTest {

  @Test
  void everyLinkButATeamPostIsACadresLink() {
    assertThat(LinkKind.TEAM_POST.isCadreLink()).isFalse();
    assertThat(Arrays.stream(LinkKind.values()).filter(LinkKind::isCadreLink))
        .containsExactly(LinkKind.LINKED, LinkKind.CONTRACTED, LinkKind.STATIONED, LinkKind.WORKPLACE_REGISTRATION,
            LinkKind.RESIDENCE_REGISTRATION);
  }

  @Test
  void dualRegistrationHasAWorkUnitHalfAndAResidenceHalf() {
    assertThat(Arrays.stream(LinkKind.values()).filter(LinkKind::isDualRegistration))
        .containsExactly(LinkKind.WORKPLACE_REGISTRATION, LinkKind.RESIDENCE_REGISTRATION);
  }

  @Test
  void linksKeepTheirChineseNames() {
    assertThat(LinkKind.LINKED.nameZh()).isEqualTo("联网进格");
    assertThat(LinkKind.CONTRACTED.nameZh()).isEqualTo("包网进格");
    assertThat(LinkKind.STATIONED.nameZh()).isEqualTo("驻网进格");
  }
}
