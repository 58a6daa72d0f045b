package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
  private static final LocalDate JUL_1 = LocalDate.of(2024, 7, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);

  @Test
  void containsItsFirstDayButNotItsUntilDay() {
    Period firstHalf = Period.of(JAN_1, JUL_1);

    assertThat(firstHalf.contains(JAN_1)).isTrue();
    assertThat(firstHalf.contains(JUL_1.minusDays(1))).isTrue();
    assertThat(firstHalf.contains(JUL_1)).isFalse();
    assertThat(firstHalf.contains(JAN_1.minusDays(1))).isFalse();
  }

  @Test
  void anOpenPeriodLastsFromItsStartOn() {
    Period open = Period.from(JUL_1);

    assertThat(open.isOpen()).isTrue();
    assertThat(open.contains(LocalDate.of(2099, 1, 1))).isTrue();
    assertThat(open.contains(JUL_1.minusDays(1))).isFalse();
    assertThat(open).hasToString("[2024-07-01, …)");
  }

  @Test
  void periodsThatOnlyTouchDoNotOverlap() {
    assertThat(Period.of(JAN_1, JUL_1).overlaps(Period.from(JUL_1))).isFalse();
    assertThat(Period.from(JUL_1).overlaps(Period.of(JAN_1, JUL_1))).isFalse();
  }

  @Test
  void periodsSharingADayOverlap() {
    assertThat(Period.of(JAN_1, JUL_1.plusDays(1)).overlaps(Period.from(JUL_1))).isTrue();
    assertThat(Period.from(JAN_1).overlaps(Period.from(DEC_31))).isTrue();
    assertThat(Period.of(JAN_1, DEC_31).overlaps(Period.of(JUL_1, JUL_1.plusDays(1)))).isTrue();
  }

  @Test
  void withUntilEndsAPeriodBeforeThatDay() {
    assertThat(Period.from(JAN_1).withUntil(JUL_1)).isEqualTo(Period.of(JAN_1, JUL_1))
        .hasToString("[2024-01-01, 2024-07-01)");
  }

  @Test
  void anEmptyPeriodIsRejectedNamingItsDays() {
    assertThatIllegalArgumentException().isThrownBy(() -> Period.of(JUL_1, JUL_1))
        .withMessage("empty period from 2024-07-01 until 2024-07-01");
    assertThatIllegalArgumentException().isThrownBy(() -> Period.from(JUL_1).withUntil(JAN_1))
        .withMessageContaining("2024-01-01");
  }
}
