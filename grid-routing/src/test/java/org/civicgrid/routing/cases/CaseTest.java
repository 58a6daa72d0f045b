package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.cases.CaseFixtures.PHOTO;
import static org.civicgrid.routing.cases.CaseFixtures.blockedCar;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.junit.jupiter.api.Test;

class CaseTest {

  private static Case.Builder valid() {
    return Case.builder(CaseId.of("c-1")).category("05.03").place(CasePlace.in(FuxinGrids.CHANGYUAN))
        .channel(Channel.PHONE).description("Street lamp out at building 2.");
  }

  @Test
  void theBuilderDefaultsToARoutineGridMatterWithoutAttachmentsFromAnAnonymousResident() {
    Case lamp = valid().build();
    assertThat(lamp.urgency()).isEqualTo(Urgency.NORMAL);
    assertThat(lamp.tier()).isEqualTo(Tier.GRID);
    assertThat(lamp.attachments()).isEmpty();
    assertThat(lamp.reporter()).isEqualTo(Reporter.anonymous());
  }

  @Test
  void toStringMasksTheReporterAndLeavesTheDescriptionOut() {
    Case car = blockedCar("c-1");
    assertThat(car).hasToString("case c-1 [05.03, GRID_GROUP, at (121.6702, 42.0153 GCJ02), NORMAL, GRID, "
        + "reported by resident 张* 138****5678, 1 attachments]");
    assertThat(car.toString()).doesNotContain("fire lane").doesNotContain("张伟").doesNotContain("13812345678");
  }

  @Test
  void attachmentsAreCopied() {
    List<URI> photos = new ArrayList<>(List.of(PHOTO));
    Case car = valid().attachments(photos).build();
    photos.clear();
    assertThat(car.attachments()).containsExactly(PHOTO);
    assertThatThrownBy(() -> car.attachments().add(PHOTO)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void missingOrBlankFieldsAreRefusedNamingTheCase() {
    assertThatThrownBy(() -> valid().category(null).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("case c-1 category null must be 1 to 32 letters, digits, '.', '_' or '-'");
    assertThatThrownBy(() -> valid().category("05 03").build()).hasMessageContaining("category 05 03 must be");
    assertThatThrownBy(() -> valid().category("").build()).hasMessageContaining("category  must be");
    assertThatThrownBy(() -> valid().category("x".repeat(33)).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> valid().place(null).build()).isInstanceOf(NullPointerException.class)
        .hasMessage("case c-1 place");
    assertThatThrownBy(() -> valid().channel(null).build()).hasMessage("case c-1 channel");
    assertThatThrownBy(() -> valid().reporter(null).build()).hasMessage("case c-1 reporter");
    assertThatThrownBy(() -> valid().description(" ").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("case c-1 has no description");
    assertThatThrownBy(() -> valid().description(null).build()).hasMessage("case c-1 has no description");
    assertThatThrownBy(() -> valid().description("x".repeat(4001)).build())
        .hasMessage("case c-1 description has 4001 characters, more than 4000");
    assertThatThrownBy(() -> valid().attachments(null).build()).hasMessage("case c-1 attachments");
    assertThatThrownBy(() -> valid().urgency(null).build()).hasMessage("case c-1 urgency");
    assertThatThrownBy(() -> valid().tier(null).build()).hasMessage("case c-1 tier");
    assertThatThrownBy(() -> Case.builder(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
  }
}
