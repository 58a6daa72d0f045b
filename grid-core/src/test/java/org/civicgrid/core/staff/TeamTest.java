package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.staff.TongnanTeam.CHANGE_DAY;
import static org.civicgrid.core.staff.TongnanTeam.JAN_1;

import com.google.common.collect.ImmutableList;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.Grid;
import org.junit.jupiter.api.Test;

class TeamTest {
  private static final Grid CHANGYUAN_GRID = FuxinGrids.hierarchy().get(CHANGYUAN);
  private static final Assignment WANG_WORKS =
      Assignment.of(TongnanTeam.WANG_FANG, CHANGYUAN, Roles.FULL_TIME_WORKER.id(), Period.from(JAN_1));
  private static final Assignment XU_VOLUNTEERS =
      Assignment.of(TongnanTeam.XU_LI, CHANGYUAN, Roles.VOLUNTEER.id(), Period.from(JAN_1));
  private static final Assignment WU_VOLUNTEERS =
      Assignment.of(TongnanTeam.WU_GANG, CHANGYUAN, Roles.VOLUNTEER.id(), Period.from(JAN_1));
  private static final Team TEAM = new Team(CHANGYUAN_GRID, CHANGE_DAY,
      ImmutableList.of(TongnanTeam.LI_LEADS, WANG_WORKS, XU_VOLUNTEERS, WU_VOLUNTEERS));

  @Test
  void holdersAndCountsByRole() {
    assertThat(TEAM.holders(Roles.VOLUNTEER.id())).containsExactly(TongnanTeam.XU_LI, TongnanTeam.WU_GANG);
    assertThat(TEAM.count(Roles.VOLUNTEER.id())).isEqualTo(2);
    assertThat(TEAM.count(Roles.MEDICAL_WORKER.id())).isZero();
    assertThat(TEAM.assignments(Roles.GRID_LEADER.id())).containsExactly(TongnanTeam.LI_LEADS);
  }

  @Test
  void rolesAndPersonsEachOnce() {
    assertThat(TEAM.roles()).containsExactly(Roles.GRID_LEADER.id(), Roles.FULL_TIME_WORKER.id(), Roles.VOLUNTEER.id());
    assertThat(TEAM.persons()).containsExactly(TongnanTeam.LI_NA, TongnanTeam.WANG_FANG, TongnanTeam.XU_LI,
        TongnanTeam.WU_GANG);
  }

  @Test
  void anEmptyTeamSaysSo() {
    Team empty = new Team(CHANGYUAN_GRID, JAN_1, ImmutableList.of());

    assertThat(empty.isEmpty()).isTrue();
    assertThat(TEAM.isEmpty()).isFalse();
    assertThat(empty).hasToString("Team[210902001001 长源社区 on 2024-01-01: 0 assignments]");
  }
}
