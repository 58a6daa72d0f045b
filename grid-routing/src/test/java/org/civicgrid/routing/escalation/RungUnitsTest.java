package org.civicgrid.routing.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.HAMLET_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;
import static org.civicgrid.core.hierarchy.FuxinGrids.TOWNSHIP;
import static org.civicgrid.core.hierarchy.FuxinGrids.VILLAGE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.category.CategoryCatalogues;
import org.junit.jupiter.api.Test;

class RungUnitsTest {
  private static final Actor CENTRE_OPERATOR = Actor.of("op-003");
  private static final Instant AT = Instant.parse("2025-03-17T02:00:00Z");
  private static final HandlingUnit CENTRE = HandlingUnit.department("district-governance-centre");
  private static final RungUnits UNITS = RungUnits.inHierarchy(
      GridHierarchy.of(LevelSchemes.fuxin(), FuxinGrids.nodes(), List.of()), CategoryCatalogues.socialGovernance(),
      CENTRE);

  @Test
  void aBuildingGridsCaseClimbsToItsCommunitySubdistrictCentreAndTheCategorysDepartment() {
    CaseState dispute = reported("0101", CasePlace.in(BUILDING_1));

    assertThat(UNITS.unitAt(dispute, EscalationRung.GRID_WORKER)).isEqualTo(HandlingUnit.grid(BUILDING_1));
    assertThat(UNITS.unitAt(dispute, EscalationRung.COMMUNITY)).isEqualTo(HandlingUnit.grid(CHANGYUAN));
    assertThat(UNITS.unitAt(dispute, EscalationRung.SUBDISTRICT)).isEqualTo(HandlingUnit.grid(SUBDISTRICT));
    assertThat(UNITS.unitAt(dispute, EscalationRung.DISTRICT_CENTRE)).isEqualTo(CENTRE);
    assertThat(UNITS.unitAt(dispute, EscalationRung.DEPARTMENT)).isEqualTo(HandlingUnit.department("justice"));
  }

  @Test
  void aRuralCaseClimbsThroughItsVillageAndTownship() {
    CaseState hamlet = reported("0101", CasePlace.in(HAMLET_1));

    assertThat(UNITS.unitAt(hamlet, EscalationRung.COMMUNITY)).isEqualTo(HandlingUnit.grid(VILLAGE));
    assertThat(UNITS.unitAt(hamlet, EscalationRung.SUBDISTRICT)).isEqualTo(HandlingUnit.grid(TOWNSHIP));
  }

  @Test
  void theSmallestGridHandlingTheCaseWinsOverWhereItWasReported() {
    CaseState dispatched = CaseFile.open(new CaseCommand.Report(CENTRE_OPERATOR, AT,
            intake("0101", CasePlace.at(GeoPoint.gcj02(121.67, 42.01)))))
        .execute(new CaseCommand.Accept(CENTRE_OPERATOR, AT))
        .execute(new CaseCommand.File(CENTRE_OPERATOR, AT))
        .execute(new CaseCommand.Dispatch(CENTRE_OPERATOR, AT,
            List.of(HandlingUnit.grid(CHANGYUAN), HandlingUnit.grid(BUILDING_1)), Optional.empty(), "joint"))
        .state();

    assertThat(UNITS.unitAt(dispatched, EscalationRung.GRID_WORKER)).isEqualTo(HandlingUnit.grid(BUILDING_1));
    assertThat(UNITS.unitAt(dispatched, EscalationRung.COMMUNITY)).isEqualTo(HandlingUnit.grid(CHANGYUAN));
  }

  @Test
  void aGridAboveARungsLevelStandsForThatRungItself() {
    CaseState inSubdistrict = reported("0101", CasePlace.in(SUBDISTRICT));

    assertThat(UNITS.unitAt(inSubdistrict, EscalationRung.COMMUNITY)).isEqualTo(HandlingUnit.grid(SUBDISTRICT));
  }

  @Test
  void aCaseWithNoKnownGridOrAnUnknownCategoryGoesToTheCentre() {
    CaseState atPoint = reported("0101", CasePlace.at(GeoPoint.gcj02(121.67, 42.01)));
    CaseState unknownCategory = reported("0999", CasePlace.in(BUILDING_1));

    assertThat(UNITS.unitAt(atPoint, EscalationRung.GRID_WORKER)).isEqualTo(CENTRE);
    assertThat(UNITS.unitAt(atPoint, EscalationRung.SUBDISTRICT)).isEqualTo(CENTRE);
    assertThat(UNITS.unitAt(unknownCategory, EscalationRung.DEPARTMENT)).isEqualTo(CENTRE);
  }

  @Test
  void theCentreMustBeADepartmentUnit() {
    assertThatThrownBy(() -> RungUnits.inHierarchy(
        GridHierarchy.of(LevelSchemes.fuxin(), FuxinGrids.nodes(), List.of()), CategoryCatalogues.socialGovernance(),
        HandlingUnit.grid(SUBDISTRICT)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SUBDISTRICT.value());
  }

  private static CaseState reported(String category, CasePlace place) {
    return CaseFile.open(new CaseCommand.Report(CENTRE_OPERATOR, AT, intake(category, place))).state();
  }

  private static Case intake(String category, CasePlace place) {
    return Case.builder(CaseId.of("c-" + category)).category(category).place(place).channel(Channel.HOTLINE)
        .description("neighbours quarrel over a leaking balcony").build();
  }
}
