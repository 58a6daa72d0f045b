package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutReportTextTest {
  @Test
  void wholeNumbersStayWholeAndOthersGetPlacesByTheirSize() {
    assertThat(LayoutReportText.number(2000)).isEqualTo("2000");
    assertThat(LayoutReportText.number(Math.PI / 4)).isEqualTo("0.785");
    assertThat(LayoutReportText.number(108.25)).isEqualTo("108.3");
  }

  @Test
  void numbersUseADecimalPointInAnyLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(LayoutReportText.number(0.5)).isEqualTo("0.500");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aComparisonRowShowsTheSignedDifferenceOrADashWhereOneSideLacksTheFigure() {
    StringBuilder md = new StringBuilder();

    LayoutReportText.figureRow(md, "grids", Map.of("grids", 20.0), Map.of("grids", 19.0));
    LayoutReportText.figureRow(md, "full-time workers", Map.of(), Map.of("full-time workers", 20.0));

    assertThat(md).hasToString("| grids | 20 | 19 | -1 |\n| full-time workers | – | 20 | – |\n");
  }
}
