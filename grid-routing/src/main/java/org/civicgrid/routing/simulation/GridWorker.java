package org.civicgrid.routing.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.CaseId;

/**
 * A grid worker as a server: the cases dispatched to them waiting in arrival order, the cases in hand
 * with when each will be done, and the working time they took on. Not thread-safe: one run owns it.
 */
final class GridWorker {
  final PersonId person;
  final Actor actor;
  final ArrayDeque<CaseId> waiting = new ArrayDeque<>();
  final Map<CaseId, Instant> inHand = new LinkedHashMap<>();
  boolean wakeScheduled;
  private Duration busy = Duration.ZERO;

  GridWorker(PersonId person) {
    this.person = person;
    this.actor = Actor.of(person);
  }

  boolean hasRoom(int casesInHand) {
    return inHand.size() < casesInHand;
  }

  /** The worker takes on {@code work} of working time on the case, to be done at {@code done}. */
  void take(CaseId id, Duration work, Instant done) {
    inHand.put(id, done);
    busy = busy.plus(work);
  }

  void finish(CaseId id) {
    inHand.remove(id);
  }

  /** The working time spent on cases up to {@code end}: what was taken on, less what lies after it. */
  Duration busyUntil(Instant end, WorkingCalendar calendar) {
    Duration spent = busy;
    for (Instant done : inHand.values()) {
      if (done.isAfter(end)) {
        spent = spent.minus(calendar.workingTimeBetween(end, done));
      }
    }
    return spent;
  }
}
