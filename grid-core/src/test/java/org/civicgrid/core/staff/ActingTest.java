package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ActingTest {
  private static final LocalDateTime AT = LocalDateTime.of(2024, 3, 4, 9, 0);
  private static final RoleId GRID_LEADER = Roles.GRID_LEADER.id();

  @Test
  void someoneActsOnABasis() {
    Acting acting = new Acting(CHANGYUAN, GRID_LEADER, AT, Acting.Basis.BACKUP, Optional.of(PersonId.of("p-003")),
        "王芳 (p-003), named backup of 张伟 (p-001), acts");

    assertThat(acting.isCovered()).isTrue();
    assertThat(acting).hasToString("BACKUP p-003: 王芳 (p-003), named backup of 张伟 (p-001), acts");
  }

  @Test
  void nobodyActsExactlyWhenThereIsNoPerson() {
    Acting nobody = new Acting(CHANGYUAN, GRID_LEADER, AT, Acting.Basis.NOBODY, Optional.empty(), "no one acts");

    assertThat(nobody.isCovered()).isFalse();
    assertThat(nobody).hasToString("NOBODY -: no one acts");
    assertThatIllegalArgumentException().isThrownBy(() -> new Acting(CHANGYUAN, GRID_LEADER, AT, Acting.Basis.PRIMARY,
        Optional.empty(), "?")).withMessage("PRIMARY with person Optional.empty");
    assertThatIllegalArgumentException().isThrownBy(() -> new Acting(CHANGYUAN, GRID_LEADER, AT, Acting.Basis.NOBODY,
        Optional.of(PersonId.of("p-001")), "?")).withMessage("NOBODY with person Optional[p-001]");
  }

  @Test
  void theExplanationIsWrittenOnlyWhenAskedForAndOnce() {
    AtomicInteger writes = new AtomicInteger();
    Acting acting = new Acting(CHANGYUAN, GRID_LEADER, AT, Acting.Basis.PRIMARY, Optional.of(PersonId.of("p-001")),
        a -> "张伟 (p-001) holds grid-leader, written " + writes.incrementAndGet() + " time(s)");

    assertThat(writes).hasValue(0);
    assertThat(acting.explanation()).isEqualTo(acting.explanation()).endsWith("written 1 time(s)");
    assertThat(writes).hasValue(1);
  }

  @Test
  void anAnswerNeedsItsExplanationOrSomethingToWriteIt() {
    assertThatNullPointerException().isThrownBy(() -> new Acting(CHANGYUAN, GRID_LEADER, AT, Acting.Basis.NOBODY,
        Optional.empty(), (String) null)).withMessage("explanation");
    assertThatNullPointerException().isThrownBy(() -> new Acting(CHANGYUAN, GRID_LEADER, AT, Acting.Basis.NOBODY,
        Optional.empty(), (Function<Acting, String>) null)).withMessage("explain");
  }

  @Test
  void answersAreEqualByTheirFactsNotTheirWording() {
    Acting one = new Acting(CHANGYUAN, GRID_LEADER, AT, Acting.Basis.PRIMARY, Optional.of(PersonId.of("p-001")), "a");
    Acting same = new Acting(CHANGYUAN, GRID_LEADER, AT, Acting.Basis.PRIMARY, Optional.of(PersonId.of("p-001")), "b");
    Acting other = new Acting(CHANGYUAN, GRID_LEADER, AT, Acting.Basis.BACKUP, Optional.of(PersonId.of("p-001")), "a");

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
  }
}
