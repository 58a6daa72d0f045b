package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.geo.layout.SquareLayouts.NE;
import static org.civicgrid.geo.layout.SquareLayouts.NW;
import static org.civicgrid.geo.layout.SquareLayouts.SE;
import static org.civicgrid.geo.layout.SquareLayouts.SW;

import java.util.List;
import java.util.Map;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class LayoutComparisonTest {
  private static final LayoutSettings TWENTY = LayoutSettings.of(20);
  /** Four buildings of 10 households along a 200 m strip, 50 m apart. */
  private static final List<HouseholdSite> STRIP = List.of(new HouseholdSite(25, 50, 10),
      new HouseholdSite(75, 50, 10), new HouseholdSite(125, 50, 10), new HouseholdSite(175, 50, 10));

  private static Layout splitAt(double east) {
    return SquareLayouts.layout(SquareLayouts.grid(NW, 0, east, 0, 100), SquareLayouts.grid(NE, east, 200, 0, 100));
  }

  @Test
  void aLayoutComparedWithItselfMovesNobody() {
    LayoutComparison same = LayoutComparison.of(SquareLayouts.twoByTwo(), SquareLayouts.twoByTwo(),
        SquareLayouts.sites(), TWENTY);

    assertThat(same.households()).isEqualTo(80);
    assertThat(same.householdsChangingGrid()).isZero();
    assertThat(same.shareChangingGrid()).isZero();
    assertThat(same.matches()).containsExactly(entry(NW, NW), entry(NE, NE), entry(SW, SW), entry(SE, SE));
    assertThat(same.onlyInA()).isEmpty();
    assertThat(same.onlyInB()).isEmpty();
    assertThat(same.toMarkdown()).contains("| grids | 4 | 4 | 0 |", "0 of 80 households (0 %) change grid");
  }

  @Test
  void figuresWithoutHouseholdSitesAreSetSideBySideUnderTheReportsNames() {
    LayoutMetrics a = LayoutMetrics.of(splitAt(100), TWENTY);
    LayoutMetrics b = LayoutMetrics.of(splitAt(150), TWENTY);
    assertThat(LayoutReport.of(splitAt(100), STRIP, TWENTY).summary().figures())
        .containsKeys(a.figures().keySet().toArray(String[]::new));

    String table = LayoutComparison.sideBySide(a.figures(), Map.of("grids", 3.0, "workers", 2.0));
    assertThat(table).startsWith("| metric | A | B | B−A |\n|---|---:|---:|---:|\n| grids | 2 | 3 | +1 |\n")
        .contains("| Polsby-Popper: mean | 0.785 | – | – |", "| workers | – | 2 | – |");
    assertThat(LayoutComparison.sideBySide(a.figures(), b.figures())).contains("| grids | 2 | 2 | 0 |");
  }

  @Test
  void movingTheSplitEastMovesTheBuildingBetween() {
    LayoutComparison shifted = LayoutComparison.of(splitAt(100), splitAt(150), STRIP, TWENTY);

    assertThat(shifted.householdsChangingGrid()).as("the building at 125 m").isEqualTo(10);
    assertThat(shifted.shareChangingGrid()).isEqualTo(0.25);
    assertThat(shifted.matches()).containsExactly(entry(NW, NW), entry(NE, NE));
    assertThat(shifted.toMarkdown()).contains("| households per grid: max | 20 | 30 | +10 |",
        "10 of 40 households (25 %) change grid");
  }

  @Test
  void gridsLeftUnmatchedAreOnlyInOneLayout() {
    Layout three = SquareLayouts.layout(SquareLayouts.grid(SW, 0, 50, 0, 100), SquareLayouts.grid(SE, 50, 150, 0, 100),
        SquareLayouts.grid(NW, 150, 200, 0, 100));

    LayoutComparison comparison = LayoutComparison.of(splitAt(100), three, STRIP, TWENTY);

    assertThat(comparison.matches()).as("every pair shares 10 households: ties go by code")
        .containsExactly(entry(NW, SW), entry(NE, NW));
    assertThat(comparison.onlyInA()).isEmpty();
    assertThat(comparison.onlyInB()).containsExactly(SE);
    assertThat(comparison.householdsChangingGrid()).as("75 m and 125 m lie in SE, matched to nothing")
        .isEqualTo(20);
    assertThat(comparison.toMarkdown()).contains("2 matched, 0 only in A, 1 only in B", "Only in B: " + SE + ".");
  }

  @Test
  void layoutsOfDifferentTerritoriesAreATypedErrorNamingTheCountAndTheFirstSite() {
    Layout east = SquareLayouts.layout(SquareLayouts.grid(NW, 50, 200, 0, 100));

    assertThatThrownBy(() -> LayoutComparison.of(splitAt(100), east, STRIP, TWENTY))
        .isInstanceOf(LayoutInputException.class)
        .hasMessage("MALFORMED_INPUT: 1 of 4 sites lie outside layout A or B, so they are not of the same "
            + "territory; the first, site 0 at (25.0, 50.0) with 10 households, lies outside B")
        .extracting(e -> ((CivicGridException) e).code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
  }

  @Test
  void nullArgumentsAreRefused() {
    Layout a = splitAt(100);

    assertThatNullPointerException().isThrownBy(() -> LayoutComparison.of(null, a, STRIP, TWENTY));
    assertThatNullPointerException().isThrownBy(() -> LayoutComparison.of(a, null, STRIP, TWENTY));
    assertThatNullPointerException().isThrownBy(() -> LayoutComparison.of(a, a, null, TWENTY));
    assertThatNullPointerException().isThrownBy(() -> LayoutComparison.of(a, a, STRIP, null));
  }

  private static <K, V> java.util.Map.Entry<K, V> entry(K key, V value) {
    return java.util.Map.entry(key, value);
  }
}
