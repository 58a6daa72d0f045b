package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void aGridLeaderIsASingleHolderLeader() {
    Role leader = Role.builder("grid-leader").names("网格长", "grid leader").kind(RoleKind.LEADER).singleHolder()
        .build();

    assertThat(leader.id()).isEqualTo(RoleId.of("grid-leader"));
    assertThat(leader.kind()).isEqualTo(RoleKind.LEADER);
    assertThat(leader.singleHolder()).isTrue();
    assertThat(leader.duties()).isEmpty();
    assertThat(leader).hasToString("grid-leader (网格长, LEADER, single holder)");
  }

  @Test
  void volunteersAreManyAndCarryTheirDuties() {
    Role volunteer = Role.builder("volunteer-worker").names("志愿网格员", "volunteer grid worker")
        .kind(RoleKind.WORKER).duties(Duties.threeDuties()).build();

    assertThat(volunteer.singleHolder()).isFalse();
    assertThat(volunteer.duties()).containsExactlyElementsOf(Duties.threeDuties());
  }

  @Test
  void aCityRenamesOrRetasksARoleKeepingItsId() {
    Role police = Roles.COMMUNITY_POLICE_OFFICER.withNames("网格警员", "grid police officer");
    Role leader = Roles.GRID_LEADER.withDuties(Duties.fiveDuties());

    assertThat(police.id()).isEqualTo(Roles.COMMUNITY_POLICE_OFFICER.id());
    assertThat(police.nameZh()).isEqualTo("网格警员");
    assertThat(leader.id()).isEqualTo(Roles.GRID_LEADER.id());
    assertThat(leader.singleHolder()).isTrue();
    assertThat(leader.duties()).hasSize(5);
  }

  @Test
  void aDutyListedTwiceIsRejectedNamingTheRole() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Roles.AREA_WORKER.withDuties(ImmutableList.of(Duties.RISK_INSPECTOR, Duties.RISK_INSPECTOR)))
        .withMessageContaining("area-worker lists a duty twice");
  }

  @Test
  void aRoleNeedsNamesAndAKind() {
    assertThatIllegalStateException().isThrownBy(() -> Role.builder("mediator").kind(RoleKind.WORKER).build())
        .withMessageContaining("mediator has no names");
    assertThatIllegalStateException().isThrownBy(() -> Role.builder("mediator").names("调解员", "mediator").build())
        .withMessageContaining("mediator has no kind");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Role.builder("mediator").names("", "mediator").kind(RoleKind.WORKER).build())
        .withMessageContaining("mediator has no Chinese name");
  }

  @Test
  void anIdThatIsNotARoleIdIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> Role.builder("Grid Leader"))
        .withMessageContaining("Grid Leader");
  }
}
