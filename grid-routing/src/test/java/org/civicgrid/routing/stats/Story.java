package org.civicgrid.routing.stats;

import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.calendar.TimeLimit;
import org.civicgrid.routing.cases.HandlingUnit;

/**
 * A case in Fuxin's grids told step by step through {@link CaseFile}, each step a number of minutes
 * after the report, so tests read like the case's history and the expected figures can be worked out
 * by hand.
 */
final class Story {
  /** Monday 6 May 2024, 09:00 in Fuxin. */
  static final Instant T0 = Instant.parse("2024-05-06T01:00:00Z");
  static final Actor WORKER = Actor.of("gw-017");
  static final Actor OPERATOR = Actor.of("op-003");
  static final Actor DISPATCHER = Actor.of("dp-001");
  static final Actor INSPECTOR = Actor.of("in-005");
  static final Actor LEADER = Actor.of("sl-002");
  static final HandlingUnit WATER = HandlingUnit.department("water-utility");
  static final HandlingUnit URBAN = HandlingUnit.department("urban-management");

  private final Instant reported;
  private CaseFile file;

  private Story(Instant reported, CaseFile file) {
    this.reported = reported;
    this.file = file;
  }

  /** A street-order case (0101) reported in building grid 1 of 长源社区 through its grid group at {@link #T0}. */
  static Story of(String id) {
    return of(id, BUILDING_1, "0101", Channel.GRID_GROUP, T0);
  }

  static Story of(String id, GridCode grid, String category, Channel channel, Instant at) {
    Case intake = Case.builder(CaseId.of(id)).category(category).place(CasePlace.in(grid)).channel(channel)
        .description("rubbish piled up by the gate").build();
    return new Story(at, CaseFile.open(new CaseCommand.Report(WORKER, at, intake)));
  }

  static Instant minutes(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  static Instant days(long days) {
    return T0.plus(Duration.ofDays(days));
  }

  private Instant at(long minutes) {
    return reported.plus(Duration.ofMinutes(minutes));
  }

  private Story then(CaseCommand command) {
    file = file.execute(command);
    return this;
  }

  Story accept(long m) {
    return then(new CaseCommand.Accept(OPERATOR, at(m)));
  }

  Story reject(long m) {
    return then(new CaseCommand.Reject(OPERATOR, at(m), "a private dispute"));
  }

  Story file(long m) {
    return then(new CaseCommand.File(LEADER, at(m)));
  }

  Story dispatch(long m, HandlingUnit unit, String person) {
    return then(new CaseCommand.Dispatch(DISPATCHER, at(m), List.of(unit), Optional.of(PersonId.of(person)),
        "the unit of the case's grid"));
  }

  Story dispatch(long m, HandlingUnit unit) {
    return then(new CaseCommand.Dispatch(DISPATCHER, at(m), List.of(unit), Optional.empty(), "category's department"));
  }

  Story start(long m) {
    return then(new CaseCommand.StartHandling(WORKER, at(m)));
  }

  Story reportBack(long m) {
    return then(new CaseCommand.ReportBack(WORKER, at(m), "cleared", List.of()));
  }

  Story onSpot(long m) {
    return then(new CaseCommand.HandleOnSpot(WORKER, at(m), "cleared at once", List.of()));
  }

  Story pass(long m) {
    return then(new CaseCommand.PassCheck(INSPECTOR, at(m)));
  }

  Story fail(long m) {
    return then(new CaseCommand.FailCheck(INSPECTOR, at(m), "still there"));
  }

  Story close(long m) {
    return then(new CaseCommand.Close(LEADER, at(m)));
  }

  Story rate(long m, int satisfaction) {
    return then(new CaseCommand.Rate(OPERATOR, at(m), satisfaction, ""));
  }

  Story sendBack(long m) {
    return then(new CaseCommand.SendBack(WORKER, at(m), "not our street"));
  }

  Story hold(long m) {
    return then(new CaseCommand.Hold(LEADER, at(m), "waiting for the owner"));
  }

  Story resume(long m) {
    return then(new CaseCommand.Resume(LEADER, at(m)));
  }

  Story extend(long m) {
    then(new CaseCommand.RequestExtension(WORKER, at(m), TimeLimit.workingDays(2), "parts on order"));
    return then(new CaseCommand.ApproveExtension(LEADER, at(m + 1)));
  }

  CaseId id() {
    return file.id();
  }

  CaseState state() {
    return file.state();
  }
}
