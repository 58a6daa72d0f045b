package org.civicgrid.routing.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_2;
import static org.civicgrid.routing.stats.Story.T0;

import java.util.List;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.place.Place;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.HandlingUnit;
import org.junit.jupiter.api.Test;

class CaseGridTest {
  static final Place BUILDING_3 = Place.building("b-3", "3号楼", BUILDING_2, 0, 0);
  static final GridHierarchy FUXIN = GridHierarchy.of(FuxinGrids.hierarchy().scheme(), FuxinGrids.nodes(),
      List.of(BUILDING_3));
  final CaseGrid territorial = CaseGrid.territorial(FUXIN);

  static CaseFile reportedAt(CasePlace place) {
    Case intake = Case.builder(CaseId.of("c-1")).category("0101").place(place).channel(Channel.APP)
        .description("broken lamp").build();
    return CaseFile.open(new CaseCommand.Report(Actor.of("gw-017"), T0, intake));
  }

  @Test
  void aCaseAtAPlaceIsInThePlacesGrid() {
    assertThat(territorial.of(reportedAt(CasePlace.place("b-3")).state())).contains(BUILDING_2);
  }

  @Test
  void aCaseAtAPointIsInTheGridOfAUnitHandlingIt() {
    CaseFile file = reportedAt(CasePlace.at(GeoPoint.gcj02(121.6702, 42.0153)));
    assertThat(territorial.of(file.state())).isEmpty();
    CaseState dispatched = file.execute(new CaseCommand.Accept(Actor.of("op-1"), T0.plusSeconds(60)))
        .execute(new CaseCommand.File(Actor.of("op-1"), T0.plusSeconds(120)))
        .execute(new CaseCommand.Dispatch(Actor.of("dp-1"), T0.plusSeconds(180),
            List.of(HandlingUnit.department("water-utility"), HandlingUnit.grid(GridCode.of("210902001001001001"))),
            Optional.empty(), "joint handling"))
        .state();
    assertThat(territorial.of(dispatched)).contains(GridCode.of("210902001001001001"));
  }

  @Test
  void refusesAPlaceTheHierarchyDoesNotHave() {
    CaseState lost = reportedAt(CasePlace.place("b-99")).state();
    assertThatThrownBy(() -> territorial.of(lost)).isInstanceOf(CivicGridException.class)
        .hasMessageContaining("case c-1 is at place b-99");
  }
}
