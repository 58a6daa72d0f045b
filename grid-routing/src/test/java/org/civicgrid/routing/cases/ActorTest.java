package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.civicgrid.core.staff.PersonId;
import org.junit.jupiter.api.Test;

class ActorTest {
  private static final PersonId WANG = PersonId.of("gw-018");
  private static final PersonId ZHANG = PersonId.of("gw-017");

  @Test
  void aPersonActsInTheirOwnRightOrForAnAbsentHolder() {
    assertThat(Actor.of(ZHANG)).isEqualTo(Actor.of("gw-017")).hasToString("gw-017");
    assertThat(Actor.of(ZHANG).actingFor()).isEmpty();
    Actor backup = Actor.backupFor(WANG, ZHANG);
    assertThat(backup.person()).isEqualTo(WANG);
    assertThat(backup.actingFor()).contains(ZHANG);
    assertThat(backup).hasToString("gw-018 for gw-017");
  }

  @Test
  void nobodyActsForThemselvesAndNullsAreRefused() {
    assertThatThrownBy(() -> Actor.backupFor(ZHANG, ZHANG)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gw-017 cannot act for themselves");
    assertThatThrownBy(() -> Actor.of((PersonId) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("person");
    assertThatThrownBy(() -> new Actor(ZHANG, null)).hasMessage("actingFor");
    assertThatThrownBy(() -> Actor.backupFor(ZHANG, null)).hasMessage("holder");
    assertThatThrownBy(() -> Actor.of("gw 017")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Actor(ZHANG, Optional.empty())).isEqualTo(Actor.of(ZHANG));
  }
}
