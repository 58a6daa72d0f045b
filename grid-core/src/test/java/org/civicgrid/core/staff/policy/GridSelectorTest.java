package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.COUNTY;
import static org.civicgrid.core.hierarchy.FuxinGrids.HAMLET_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.TOWNSHIP;
import static org.civicgrid.core.hierarchy.FuxinGrids.VILLAGE;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.scheme.LevelSchemes;
import org.junit.jupiter.api.Test;

class GridSelectorTest {
  private static final GridHierarchy FUXIN = FuxinGrids.hierarchy();

  @Test
  void selectsGridsOfLevels() {
    GridSelector hamlets = GridSelector.atLevels("hamlet");

    assertThat(hamlets.matches(grid(HAMLET_1))).isTrue();
    assertThat(hamlets.matches(grid(VILLAGE))).isFalse();
  }

  @Test
  void selectsABranchFromItsTopGridDown() {
    GridSelector rural = GridSelector.within("township");

    assertThat(rural.matches(grid(TOWNSHIP))).isTrue();
    assertThat(rural.matches(grid(HAMLET_1))).isTrue();
    assertThat(rural.matches(grid(CHANGYUAN))).isFalse();
    assertThat(rural.matches(grid(COUNTY))).isFalse();
  }

  @Test
  void aTagHoldsForEverythingBelowTheGridCarryingIt() {
    GridHierarchy tagged = GridHierarchy.of(LevelSchemes.fuxin(), FuxinGrids.nodes().stream()
        .map(n -> n.code().equals(TOWNSHIP) ? n.withTags("rural", "mountain") : n).toList(), List.of());

    assertThat(GridSelector.tagged("rural").matches(tagged.get(HAMLET_1))).isTrue();
    assertThat(GridSelector.tagged("rural", "mountain").matches(tagged.get(VILLAGE))).isTrue();
    assertThat(GridSelector.tagged("rural", "coast").matches(tagged.get(VILLAGE))).isFalse();
    assertThat(GridSelector.tagged("rural").matches(tagged.get(CHANGYUAN))).isFalse();
  }

  @Test
  void everyConditionGivenMustHold() {
    GridSelector ruralVillages = new GridSelector(ImmutableSet.of("village"), ImmutableSet.of("township"),
        ImmutableSet.of());

    assertThat(ruralVillages.matches(grid(VILLAGE))).isTrue();
    assertThat(ruralVillages.matches(grid(HAMLET_1))).isFalse();
    assertThat(GridSelector.all().matches(grid(COUNTY))).isTrue();
    assertThat(ruralVillages.levelsNamed()).containsExactly("village", "township");
  }

  @Test
  void saysWhichGrids() {
    assertThat(GridSelector.all()).hasToString("grids");
    assertThat(new GridSelector(ImmutableSet.of("village"), ImmutableSet.of("township"), ImmutableSet.of("rural")))
        .hasToString("grids at level village, within a township, tagged rural");
  }

  @Test
  void aBlankLevelOrTagIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> GridSelector.tagged("rural", " "))
        .withMessage("grid selector: tag ' ' is blank or has surrounding spaces");
    assertThatIllegalArgumentException().isThrownBy(() -> GridSelector.within("township "))
        .withMessage("grid selector: level 'township ' is blank or has surrounding spaces");
  }

  private static Grid grid(GridCode code) {
    return FUXIN.get(code);
  }
}
