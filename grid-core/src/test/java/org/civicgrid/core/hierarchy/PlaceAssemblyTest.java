package org.civicgrid.core.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.civicgrid.core.hierarchy.HierarchyRule.COUNTED_TWICE;
import static org.civicgrid.core.hierarchy.HierarchyRule.DUPLICATE_PLACE;
import static org.civicgrid.core.hierarchy.HierarchyRule.HOUSEHOLDS_OUTSIDE_BAND;
import static org.civicgrid.core.hierarchy.HierarchyRule.PLACE_IN_UNKNOWN_GRID;
import static org.civicgrid.core.hierarchy.HierarchyRule.PLACE_KIND_MISMATCH;
import static org.civicgrid.core.hierarchy.HierarchyRule.PLACE_PARENT_IN_OTHER_GRID;
import static org.civicgrid.core.hierarchy.HierarchyRule.PLACE_UNKNOWN_PARENT;
import static org.civicgrid.core.hierarchy.HierarchyValidatorTest.BUILDING_GRID_1;
import static org.civicgrid.core.hierarchy.HierarchyValidatorTest.BUILDING_GRID_2;
import static org.civicgrid.core.hierarchy.HierarchyValidatorTest.assertOnly;
import static org.civicgrid.core.hierarchy.HierarchyValidatorTest.buildings;
import static org.civicgrid.core.hierarchy.HierarchyValidatorTest.haizhou;
import static org.civicgrid.core.hierarchy.HierarchyValidatorTest.validate;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.place.PlaceKind;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.scheme.LevelSchemes;
import org.junit.jupiter.api.Test;

/** The place, count and household-band rules, checked through {@link HierarchyValidator}. */
class PlaceAssemblyTest {

  @Test
  void duplicatePlaceIsReportedWithBothNames() {
    List<Place> places = buildings();
    places.add(Place.building("B1", "一号楼", BUILDING_GRID_2, 0, 0));
    Report report = validate(haizhou(), places);
    assertOnly(report, DUPLICATE_PLACE, "B1");
    assertThat(report.of(DUPLICATE_PLACE).get(0).message()).contains("1号楼").contains("一号楼");
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void placeInAGridThatDoesNotExistIsReported() {
    List<Place> places = buildings();
    places.add(Place.building("B9", "9号楼", GridCode.of("210902001001001009"), 0, 0));
    Report report = validate(haizhou(), places);
    assertOnly(report, PLACE_IN_UNKNOWN_GRID, "B9");
    assertThat(report.of(PLACE_IN_UNKNOWN_GRID).get(0).message()).contains("210902001001001009");
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void placeWithAParentThatDoesNotExistIsReported() {
    List<Place> places = buildings();
    places.add(new Place("B7-1", PlaceKind.UNIT, "7号楼1单元", BUILDING_GRID_1, "B7", 0, 0, ImmutableSet.of()));
    Report report = validate(haizhou(), places);
    assertOnly(report, PLACE_UNKNOWN_PARENT, "B7-1");
    assertThat(report.of(PLACE_UNKNOWN_PARENT).get(0).message()).contains("B7");
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void unitInAnotherGridThanItsBuildingIsReported() {
    List<Place> places = buildings();
    Place b1 = places.get(0).withCounts(0, 0);
    places.set(0, b1);
    places.add(Place.unit("B1-1", "1号楼1单元", b1, 96, 270).inGrid(BUILDING_GRID_2));
    Report report = validate(haizhou(), places);
    assertOnly(report, PLACE_PARENT_IN_OTHER_GRID, "B1-1");
    assertThat(report.of(PLACE_PARENT_IN_OTHER_GRID).get(0).message())
        .contains(BUILDING_GRID_2.value()).contains("building B1").contains(BUILDING_GRID_1.value());
  }

  @Test
  void placeKindsThatCannotNestAreReported() {
    List<Place> places = buildings();
    places.add(new Place("U0", PlaceKind.UNIT, "无楼单元", BUILDING_GRID_1, null, 0, 0, ImmutableSet.of()));
    places.add(new Place("B1a", PlaceKind.BUILDING, "楼中楼", BUILDING_GRID_1, "B1", 0, 0, ImmutableSet.of()));
    places.add(new Place("G1", PlaceKind.HOUSEHOLD_GROUP, "一户", BUILDING_GRID_1, "B1", 0, 0, ImmutableSet.of()));
    places.add(new Place("G2", PlaceKind.HOUSEHOLD_GROUP, "户中户", BUILDING_GRID_1, "G1", 0, 0, ImmutableSet.of()));
    places.add(new Place("U1", PlaceKind.UNIT, "单元中单元", BUILDING_GRID_1, "U0", 0, 0, ImmutableSet.of()));
    Report report = validate(haizhou(), places);
    assertOnly(report, PLACE_KIND_MISMATCH, "U0", "B1a", "G2", "U1");
    assertThat(report.findings()).hasSize(4);
  }

  @Test
  void householdGroupsMayLieInBuildingsAndUnitsOrStandAlone() {
    List<Place> places = buildings();
    Place b1 = places.get(0).withCounts(0, 0);
    places.set(0, b1);
    Place unit = Place.unit("B1-1", "1号楼1单元", b1, 0, 0);
    places.add(unit);
    places.add(new Place("G1", PlaceKind.HOUSEHOLD_GROUP, "1单元", BUILDING_GRID_1, "B1-1", 60, 170, ImmutableSet.of()));
    places.add(new Place("G2", PlaceKind.HOUSEHOLD_GROUP, "底商", BUILDING_GRID_1, "B1", 36, 100, ImmutableSet.of()));
    places.add(new Place("G3", PlaceKind.HOUSEHOLD_GROUP, "平房", BUILDING_GRID_2, null, 0, 0, ImmutableSet.of()));
    assertThat(validate(haizhou(), places).findings()).isEmpty();
  }

  // --- counts ---

  @Test
  void countsOnAGridAndOnItsPlaceAreCountedTwice() {
    List<GridNode> nodes = haizhou();
    nodes.set(4, nodes.get(4).withCounts(96, 270));
    Report report = validate(nodes);
    assertOnly(report, COUNTED_TWICE, BUILDING_GRID_1.value());
    assertThat(report.of(COUNTED_TWICE).get(0).message()).contains("1 grid(s) or place(s) below it");
  }

  @Test
  void countsOnAGridAndOnADescendantGridAreCountedTwice() {
    List<GridNode> nodes = haizhou();
    nodes.set(2, nodes.get(2).withCounts(200, 570));
    Report report = validate(nodes);
    assertOnly(report, COUNTED_TWICE, "210902001001");
    assertThat(report.of(COUNTED_TWICE).get(0).message()).contains("2 grid(s) or place(s) below it");
  }

  @Test
  void countsOnAVillageAndItsHamletAreCountedTwice() {
    List<GridNode> nodes = haizhou();
    nodes.set(7, nodes.get(7).withCounts(50, 140));
    assertOnly(validate(nodes), COUNTED_TWICE, "210902201201");
  }

  @Test
  void countsOnABuildingAndItsUnitAreCountedTwice() {
    List<Place> places = buildings();
    places.add(Place.unit("B1-1", "1号楼1单元", places.get(0), 48, 135));
    Report report = validate(haizhou(), places);
    assertOnly(report, COUNTED_TWICE, "B1");
    assertThat(report.of(COUNTED_TWICE).get(0).message()).contains("B1").contains("B1-1");
  }

  /** Only the direct parent was compared, so a unit without counts hid its building's from its groups. */
  @Test
  void countsOnABuildingAndAHouseholdGroupInItsUnitAreCountedTwice() {
    List<Place> places = buildings();
    Place unit = Place.unit("B1-1", "1号楼1单元", places.get(0), 0, 0);
    places.add(unit);
    places.add(new Place("G1", PlaceKind.HOUSEHOLD_GROUP, "101室", BUILDING_GRID_1, "B1-1", 1, 3, ImmutableSet.of()));
    Report report = validate(haizhou(), places);
    assertOnly(report, COUNTED_TWICE, "B1");
    assertThat(report.of(COUNTED_TWICE).get(0).message()).contains("G1");
  }

  @Test
  void countsOnAUnitAndItsHouseholdGroupAreCountedTwiceOnTheUnit() {
    List<Place> places = buildings();
    Place b1 = places.get(0).withCounts(0, 0);
    places.set(0, b1);
    places.add(Place.unit("B1-1", "1号楼1单元", b1, 96, 270));
    places.add(new Place("G1", PlaceKind.HOUSEHOLD_GROUP, "101室", BUILDING_GRID_1, "B1-1", 1, 3, ImmutableSet.of()));
    assertOnly(validate(haizhou(), places), COUNTED_TWICE, "B1-1");
  }

  @Test
  void loopedPlaceChainIsAKindMismatchAndNotCountedTwice() {
    List<Place> places = buildings();
    places.add(new Place("U9", PlaceKind.UNIT, "环单元", BUILDING_GRID_1, "G9", 0, 0, ImmutableSet.of()));
    places.add(new Place("G9", PlaceKind.HOUSEHOLD_GROUP, "环户", BUILDING_GRID_1, "U9", 4, 10, ImmutableSet.of()));
    places.add(new Place("U7", PlaceKind.UNIT, "甲", BUILDING_GRID_1, "U8", 0, 0, ImmutableSet.of()));
    places.add(new Place("U8", PlaceKind.UNIT, "乙", BUILDING_GRID_1, "U7", 0, 0, ImmutableSet.of()));
    places.add(new Place("G7", PlaceKind.HOUSEHOLD_GROUP, "丙", BUILDING_GRID_1, "U7", 4, 10, ImmutableSet.of()));
    Report report = validate(haizhou(), places);
    assertOnly(report, PLACE_KIND_MISMATCH, "U9", "U7", "U8");
    assertThat(report.of(COUNTED_TWICE)).isEmpty();
  }

  @Test
  void countsOnUnitsOnlyAreNotCountedTwice() {
    List<Place> places = buildings();
    Place b1 = places.get(0).withCounts(0, 0);
    places.set(0, b1);
    places.add(Place.unit("B1-1", "1号楼1单元", b1, 48, 135));
    places.add(Place.unit("B1-2", "1号楼2单元", b1, 48, 135));
    assertThat(validate(haizhou(), places).findings()).isEmpty();
  }

  @Test
  void gridOutsideItsHouseholdBandIsAWarning() {
    List<Place> places = buildings();
    places.set(0, places.get(0).withCounts(130, 380));
    places.set(1, places.get(1).withCounts(60, 170));
    Report report = validate(haizhou(), places);
    assertOnly(report, HOUSEHOLDS_OUTSIDE_BAND, BUILDING_GRID_1.value(), BUILDING_GRID_2.value());
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.of(HOUSEHOLDS_OUTSIDE_BAND).get(0).message())
        .contains("130 households").contains("building-grid").contains("80–120");
  }

  @Test
  void gridOutsideItsBandStillBuilds() {
    List<GridNode> nodes = List.of(
        GridNode.of("211381", "北票市", "county", null),
        GridNode.of("211381001", "城关街道", "subdistrict", "211381"),
        GridNode.of("211381001001", "南山社区", "community", "211381001"),
        GridNode.of("211381001001001", "一网格", "grid", "211381001001").withCounts(500, 1400),
        GridNode.of("211381001001002", "二网格", "grid", "211381001001").withCounts(300, 850));
    GridHierarchy hierarchy = GridHierarchy.of(LevelSchemes.beipiao(), nodes, List.of());
    assertThat(hierarchy.findings().findings()).extracting(Finding::rule, Finding::subject, Finding::severity)
        .containsExactly(tuple(HOUSEHOLDS_OUTSIDE_BAND, "211381001001001", Severity.WARNING));
    assertThat(hierarchy.get(GridCode.of("211381001001")).households()).isEqualTo(800);
  }

  @Test
  void noBandWarningsWhenNothingHasCounts() {
    List<GridNode> nodes = haizhou();
    nodes.set(8, nodes.get(8).withCounts(0, 0));
    List<Place> places = buildings();
    places.replaceAll(p -> p.withCounts(0, 0));
    assertThat(validate(nodes, places).findings()).isEmpty();
  }

  /** Partial data: a grid that counts nothing is of unknown size, so it gets no band warning. */
  @Test
  void gridsThatCountNothingGetNoBandWarningEvenWhenOthersCount() {
    List<Place> places = buildings();
    places.set(0, places.get(0).withCounts(0, 0));
    assertThat(validate(haizhou(), places).of(HOUSEHOLDS_OUTSIDE_BAND))
        .extracting(Finding::subject).doesNotContain(BUILDING_GRID_1.value());
  }
}
