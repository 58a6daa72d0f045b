package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AbsenceTest {
  private static final PersonId ZHANG = PersonId.of("p-001");
  private static final LocalDateTime MAR_4_0800 = LocalDateTime.of(2024, 3, 4, 8, 0);
  private static final LocalDateTime MAR_4_1200 = LocalDateTime.of(2024, 3, 4, 12, 0);

  @Test
  void aMorningsTrainingCoversTheMorningOnly() {
    Absence training = Absence.of(ZHANG, MAR_4_0800, MAR_4_1200, "training");

    assertThat(training.contains(MAR_4_0800)).isTrue();
    assertThat(training.contains(MAR_4_1200.minusMinutes(1))).isTrue();
    assertThat(training.contains(MAR_4_1200)).isFalse();
    assertThat(training.contains(MAR_4_0800.minusSeconds(1))).isFalse();
    assertThat(training).hasToString("p-001 absent [2024-03-04T08:00, 2024-03-04T12:00) (training)");
  }

  @Test
  void wholeDaysRunFromMidnightToMidnight() {
    Absence leave = Absence.days(ZHANG, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 6), "annual leave");

    assertThat(leave.contains(LocalDateTime.of(2024, 3, 4, 0, 0))).isTrue();
    assertThat(leave.contains(LocalDateTime.of(2024, 3, 5, 23, 59))).isTrue();
    assertThat(leave.contains(LocalDateTime.of(2024, 3, 6, 0, 0))).isFalse();
  }

  @Test
  void anOpenEndedAbsenceLastsUntilItIsReplaced() {
    Absence away = Absence.openEnded(ZHANG, MAR_4_0800, "secondment");

    assertThat(away.until()).isEmpty();
    assertThat(away.contains(MAR_4_0800.plusYears(1))).isTrue();
  }

  @Test
  void anEmptyAbsenceOrOneWithoutReasonIsRejectedNamingThePerson() {
    assertThatIllegalArgumentException().isThrownBy(() -> Absence.of(ZHANG, MAR_4_1200, MAR_4_0800, "training"))
        .withMessage("absence of p-001: empty period from 2024-03-04T12:00 until 2024-03-04T08:00");
    assertThatIllegalArgumentException().isThrownBy(() -> Absence.of(ZHANG, MAR_4_0800, MAR_4_1200, " "))
        .withMessageContaining("absence of p-001 from 2024-03-04T08:00 has no reason");
  }
}
