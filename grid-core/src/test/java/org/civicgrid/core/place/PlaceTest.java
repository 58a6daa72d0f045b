package org.civicgrid.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Set;
import org.civicgrid.core.code.GridCode;
import org.junit.jupiter.api.Test;

class PlaceTest {
  private static final GridCode GRID_1 = GridCode.of("210902001001001001");
  private static final GridCode GRID_2 = GridCode.of("210902001001001002");
  private static final Place BUILDING = Place.building("B3", "3号楼", GRID_1, 28, 84);

  @Test
  void buildingHasNoParent() {
    assertThat(BUILDING.kind()).isEqualTo(PlaceKind.BUILDING);
    assertThat(BUILDING.parentId()).isEmpty();
    assertThat(BUILDING.parent()).isNull();
    assertThat(BUILDING.grid()).isEqualTo(GRID_1);
    assertThat(BUILDING.households()).isEqualTo(28);
    assertThat(BUILDING.residents()).isEqualTo(84);
    assertThat(BUILDING.tags()).isEmpty();
  }

  @Test
  void unitLiesInItsBuildingsGrid() {
    Place unit = Place.unit("B3-1", "3号楼1单元", BUILDING, 14, 40);
    assertThat(unit.kind()).isEqualTo(PlaceKind.UNIT);
    assertThat(unit.parentId()).contains("B3");
    assertThat(unit.grid()).isEqualTo(GRID_1);
  }

  @Test
  void movesToAnotherGridKeepingEverythingElse() {
    Place moved = BUILDING.withTags("elderly-alone").inGrid(GRID_2);
    assertThat(moved.grid()).isEqualTo(GRID_2);
    assertThat(moved).usingRecursiveComparison().ignoringFields("grid").isEqualTo(BUILDING.withTags("elderly-alone"));
  }

  @Test
  void replacesCountsAndTags() {
    assertThat(BUILDING.withCounts(30, 90)).extracting(Place::households, Place::residents).containsExactly(30, 90);
    assertThat(BUILDING.withCounts(0, 0).households()).isZero();
    assertThat(BUILDING.withTags("red", "yellow").tags()).containsExactly("red", "yellow");
    assertThat(BUILDING.withTags("red").withTags().tags()).isEmpty();
  }

  @Test
  void tagsAreCopiedSoTheCallerCannotChangeThem() {
    Set<String> tags = new HashSet<>(Set.of("red"));
    Place place = new Place("G1", PlaceKind.HOUSEHOLD_GROUP, "一组", GRID_1, null, 5, 12, ImmutableSet.copyOf(tags));
    tags.add("yellow");
    assertThat(place.tags()).containsExactly("red");
    assertThat(place.tags()).isInstanceOf(ImmutableSet.class);
  }

  @Test
  void equalWhenEveryFieldIsEqual() {
    assertThat(Place.building("B3", "3号楼", GRID_1, 28, 84)).isEqualTo(BUILDING).hasSameHashCodeAs(BUILDING);
    assertThat(BUILDING.withCounts(28, 85)).isNotEqualTo(BUILDING);
  }

  @Test
  void negativeCountsAreACallerMistakeNamingThePlace() {
    assertThatThrownBy(() -> Place.building("B3", "3号楼", GRID_1, -1, 84))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("place B3: negative count");
    assertThatThrownBy(() -> Place.building("B3", "3号楼", GRID_1, 28, -84))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B3");
    assertThatThrownBy(() -> BUILDING.withCounts(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void blankIdIsACallerMistake() {
    assertThatThrownBy(() -> Place.building("", "3号楼", GRID_1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> Place.building("  ", "3号楼", GRID_1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Place.building(null, "3号楼", GRID_1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ownParentIsACallerMistakeNamingThePlace() {
    assertThatThrownBy(() -> new Place("U1", PlaceKind.UNIT, "1单元", GRID_1, "U1", 0, 0, ImmutableSet.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("place U1 is its own parent");
  }

  @Test
  void missingKindNameOrGridIsACallerMistake() {
    assertThatThrownBy(() -> new Place("B", null, "楼", GRID_1, null, 0, 0, ImmutableSet.of()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("kind");
    assertThatThrownBy(() -> Place.building("B", null, GRID_1, 0, 0))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> Place.building("B", "楼", null, 0, 0))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("grid");
  }
}
