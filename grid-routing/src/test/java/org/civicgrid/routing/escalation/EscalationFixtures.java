package org.civicgrid.routing.escalation;

import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.COMPOUND;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.cases.Tier;

/**
 * A neighbours' dispute in Changyuan community (长源社区, Fuxin) that its grid cannot settle, the
 * ladder it climbs on China's national calendar, and the units standing at each rung.
 */
final class EscalationFixtures {
  static final Actor PLATFORM = Actor.of("platform");
  static final Actor WORKER = Actor.of("gw-017");
  static final Actor OPERATOR = Actor.of("op-003");
  static final Actor CENTRE = Actor.of("dc-001");
  static final HandlingUnit COMPOUND_GRID = HandlingUnit.grid(COMPOUND);
  static final HandlingUnit CHANGYUAN_COMMUNITY = HandlingUnit.grid(CHANGYUAN);
  static final HandlingUnit SUBDISTRICT_CENTRE = HandlingUnit.grid(SUBDISTRICT);
  static final HandlingUnit DISTRICT_CENTRE = HandlingUnit.department("district-governance-centre");
  static final HandlingUnit JUSTICE = HandlingUnit.department("justice-bureau");
  static final HandlingUnit POLICE = HandlingUnit.department("public-security");
  static final HandlingUnit URBAN = HandlingUnit.department("urban-management");

  static final Map<EscalationRung, HandlingUnit> UNITS = Map.of(EscalationRung.GRID_WORKER, COMPOUND_GRID,
      EscalationRung.COMMUNITY, CHANGYUAN_COMMUNITY, EscalationRung.SUBDISTRICT, SUBDISTRICT_CENTRE,
      EscalationRung.DISTRICT_CENTRE, DISTRICT_CENTRE, EscalationRung.DEPARTMENT, JUSTICE);
  static final RungUnits RUNG_UNITS = (state, rung) -> UNITS.get(rung);

  /** A big matter climbs to the department; a trivial one to the subdistrict; a small one to the community. */
  static final EscalationLadder FULL = EscalationPolicies.standardLadder();

  static final EscalationPolicy POLICY = EscalationPolicies.standard(WorkingCalendar.chinaNational());

  private EscalationFixtures() {}

  /** {@code "2025-09-26 10:00"} in Asia/Shanghai. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime.replace(' ', 'T')).atZone(WorkingCalendar.CHINA_ZONE).toInstant();
  }

  /** A dispute of the tier reported, accepted, filed and dispatched to the grid worker at {@code dispatched}. */
  static CaseFile dispute(String id, Tier tier, Instant dispatched) {
    Case intake = Case.builder(CaseId.of(id)).category("03.01")
        .place(CasePlace.at(GeoPoint.gcj02(121.6702, 42.0153))).channel(Channel.GRID_GROUP)
        .reporter(Reporter.resident("王秀英", "13700001111"))
        .description("Water leaks from the flat above into ours; the neighbours will not talk.")
        .tier(tier).build();
    Instant start = dispatched.minusSeconds(3600);
    return CaseFile.open(new CaseCommand.Report(WORKER, start, intake))
        .execute(new CaseCommand.Accept(OPERATOR, start.plusSeconds(600)))
        .execute(new CaseCommand.File(OPERATOR, start.plusSeconds(1200)))
        .execute(new CaseCommand.Dispatch(OPERATOR, dispatched, List.of(COMPOUND_GRID), Optional.of(WORKER.person()),
            "a dispute in the compound goes to its grid worker"));
  }

  /** The file with every command due at {@code now} executed. */
  static CaseFile check(EscalationCheck check, CaseFile file, Instant now) {
    CaseFile result = file;
    for (CaseCommand command : check.due(file.state(), now)) {
      result = result.execute(command);
    }
    return result;
  }
}
