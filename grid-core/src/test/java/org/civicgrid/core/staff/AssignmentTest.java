package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssignmentTest {
  private static final PersonId ZHANG = PersonId.of("p-001");
  private static final PersonId WANG = PersonId.of("p-003");
  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
  private static final LocalDate JUL_1 = LocalDate.of(2024, 7, 1);

  @Test
  void aTeamPostHeldFromADayOn() {
    Assignment leads = Assignment.of(ZHANG, CHANGYUAN, Roles.GRID_LEADER.id(), Period.from(JAN_1));

    assertThat(leads.link()).isEqualTo(LinkKind.TEAM_POST);
    assertThat(leads.place()).isEmpty();
    assertThat(leads.backup()).isEmpty();
    assertThat(leads.isEffectiveOn(JAN_1)).isTrue();
    assertThat(leads.isEffectiveOn(JAN_1.minusDays(1))).isFalse();
    assertThat(leads).hasToString("p-001 as grid-leader of 210902001001 [2024-01-01, …)");
  }

  @Test
  void namesABackupALinkAndAPlace() {
    Assignment assignment = Assignment.of(ZHANG, CHANGYUAN, Roles.BUILDING_LEADER.id(), Period.from(JAN_1))
        .atPlace("B1").withLink(LinkKind.STATIONED).withBackup(WANG);

    assertThat(assignment.backup()).contains(WANG);
    assertThat(assignment.place()).contains("B1");
    assertThat(assignment.link()).isEqualTo(LinkKind.STATIONED);
    assertThat(assignment)
        .hasToString("p-001 as building-leader of 210902001001 at B1 [2024-01-01, …) STATIONED, backup p-003");
  }

  @Test
  void endingBeforeADayKeepsEverythingElse() {
    Assignment leads = Assignment.of(ZHANG, CHANGYUAN, Roles.GRID_LEADER.id(), Period.from(JAN_1)).withBackup(WANG);

    Assignment ended = leads.endingBefore(JUL_1);

    assertThat(ended.period()).isEqualTo(Period.of(JAN_1, JUL_1));
    assertThat(ended.backup()).contains(WANG);
    assertThat(ended.isEffectiveOn(JUL_1)).isFalse();
  }

  @Test
  void aHolderCannotBeTheirOwnBackup() {
    Assignment leads = Assignment.of(ZHANG, CHANGYUAN, Roles.GRID_LEADER.id(), Period.from(JAN_1));

    assertThatIllegalArgumentException().isThrownBy(() -> leads.withBackup(ZHANG))
        .withMessage("p-001 cannot be their own backup as grid-leader of 210902001001");
  }

  @Test
  void aBlankPlaceIsRejected() {
    Assignment leads = Assignment.of(ZHANG, CHANGYUAN, Roles.BUILDING_LEADER.id(), Period.from(JAN_1));

    assertThatIllegalArgumentException().isThrownBy(() -> leads.atPlace(" ")).withMessageContaining("blank place");
  }
}
