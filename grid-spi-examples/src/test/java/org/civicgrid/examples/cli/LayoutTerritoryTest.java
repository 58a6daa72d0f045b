package org.civicgrid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.geo.crs.LocalFrame;
import org.civicgrid.geo.layout.Layout;
import org.civicgrid.geo.layout.LayoutGrid;
import org.civicgrid.geo.layout.LayoutParent;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class LayoutTerritoryTest {
  private static final LocalFrame HAIZHOU = new LocalFrame(121.66, 42.01);

  private static Layout twoGrids() throws ParseException {
    WKTReader wkt = new WKTReader();
    return new Layout(ImmutableList.of(
        new LayoutGrid("210902001001001", "210902001001", 96, 1, wkt.read("POLYGON ((0 0, 100 0, 100 200, 0 200, 0 0))")),
        new LayoutGrid("210902001001002", "210902001001", 104, 1,
            wkt.read("POLYGON ((100 0, 200 0, 200 200, 100 200, 100 0))"))), ImmutableList.of());
  }

  private static LayoutParent changyuan(String code) throws ParseException {
    return new LayoutParent(code, new WKTReader().read("POLYGON ((0 0, 200 0, 200 200, 0 200, 0 0))"));
  }

  @Test
  void theParentsCodePrefixesGiveTheCountyAndTownshipAndTheGridsHangUnderIt() throws ParseException {
    LayoutTerritory territory = LayoutTerritory.of(LevelSchemes.unitGrids(3), "unit-grid",
        List.of(changyuan("210902001001")), twoGrids(), HAIZHOU.toLonLat(), Path.of("parents.geojson"));
    assertThat(territory.hierarchy().get(GridCode.of("210902")).level().id()).isEqualTo("county");
    assertThat(territory.hierarchy().get(GridCode.of("210902001")).level().id()).isEqualTo("township");
    assertThat(territory.hierarchy().get(GridCode.of("210902001001")).households()).isEqualTo(200);
    assertThat(territory.boundaries().boundaries()).hasSize(3);
    assertThat(territory.gridLevel().id()).isEqualTo("unit-grid");
  }

  @Test
  void wuhuaTakesTheGridsAsItsAreas() throws ParseException {
    LayoutTerritory territory = LayoutTerritory.of(LevelSchemes.wuhua(), "area", List.of(changyuan("210902001001")),
        twoGrids(), HAIZHOU.toLonLat(), Path.of("parents.geojson"));
    assertThat(territory.hierarchy().get(GridCode.of("210902001001002")).level().id()).isEqualTo("area");
    assertThat(territory.hierarchy().get(GridCode.of("210902001001002")).isLeaf()).isTrue();
  }

  @Test
  void aParentCodeOfTheWrongLengthIsAnInputErrorNamingTheFileAndParent() throws ParseException {
    assertThatThrownBy(() -> LayoutTerritory.of(LevelSchemes.beipiao(), "grid", List.of(changyuan("2109020010")),
        twoGrids(), HAIZHOU.toLonLat(), Path.of("parents.geojson")))
        .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.exitCode()).isEqualTo(1))
        .hasMessage("parents.geojson: parent 2109020010: the code is not a 12-digit community code of scheme beipiao");
  }
}
