package org.civicgrid.geo.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.geo.layout.UnitGraphTest.COMPOUND;
import static org.civicgrid.geo.layout.UnitGraphTest.FOUR_BUILDINGS;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MetisFormatTest {
  private static final UnitGraph GRAPH = UnitGraph.of(COMPOUND, FOUR_BUILDINGS);

  @Test
  void writesOneBasedVerticesWeightedByHouseholdsAndEdgesByBorderMetres() {
    StringWriter out = new StringWriter();
    MetisFormat.write(GRAPH, out);
    assertThat(out.toString()).isEqualTo("""
        4 4 011
        28 2 100 3 100
        30 1 100 4 100
        24 1 100 4 100
        18 2 100 3 100
        """);
  }

  @Test
  void aGpmetisPartitionIsScoredLikeTheGeneratorsOwn() {
    int[] part = MetisFormat.readPartition(GRAPH, new StringReader("0\n1\n0\n1\n"));
    Layout layout = LayoutGenerator.of(LayoutSettings.of(50)).layOut(GRAPH, part);

    assertThat(part).containsExactly(0, 1, 0, 1);
    assertThat(layout.grids()).extracting(LayoutGrid::households).containsExactly(52, 48);
    assertThat(layout.grids()).allMatch(LayoutGrid::isContiguous);
    assertThat(layout.findings()).isEmpty();
  }

  @Test
  void aDiagonalPartitionIsFlaggedNotContiguous() {
    int[] part = MetisFormat.readPartition(GRAPH, new StringReader("0\n1\n1\n0\n"));
    Layout layout = LayoutGenerator.of(LayoutSettings.of(50)).layOut(GRAPH, part);
    assertThat(layout.findings()).extracting(LayoutFinding::problem)
        .containsOnly(LayoutProblem.GRID_NOT_CONTIGUOUS, LayoutProblem.GRID_OUTSIDE_BAND);
  }

  @Test
  void aPartitionThatIsNotOnePartPerUnitIsATypedErrorNamingTheLine() {
    assertThatThrownBy(() -> MetisFormat.readPartition(GRAPH, new StringReader("0\n1\n0\n")))
        .isInstanceOf(LayoutInputException.class)
        .hasMessage("MALFORMED_INPUT: partition of parent 210902001001 has 3 lines for 4 units");
    assertThatThrownBy(() -> MetisFormat.readPartition(GRAPH, new StringReader("0\n1\nx\n1\n")))
        .isInstanceOf(LayoutInputException.class)
        .hasMessage("MALFORMED_INPUT: partition of parent 210902001001, line 3: 'x' is not a part number");
    assertThatThrownBy(() -> LayoutGenerator.of(LayoutSettings.of(50)).layOut(GRAPH, new int[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 parts for 4 units");
  }
}
