package org.civicgrid.routing.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.calendar.Pause;

/**
 * What the indicator definitions read from one case's state: its step times and what counts as
 * filed, handled and closed. Kept in one place so {@link Indicator}'s javadoc and the arithmetic agree.
 * Immutable.
 */
final class CaseFacts {
  /** The lowest rating that counts as satisfied on the 1–5 scale (满意 and 非常满意). */
  static final int SATISFIED = 4;

  private final CaseState state;

  CaseFacts(CaseState state) {
    this.state = state;
  }

  Instant reported() {
    return state.steps().first(CaseStatus.REPORTED).orElseThrow();
  }

  Optional<Instant> firstAccepted() {
    return state.steps().first(CaseStatus.ACCEPTED);
  }

  boolean wasFiled() {
    return state.steps().first(CaseStatus.FILED).isPresent();
  }

  Optional<Instant> firstDispatched() {
    return state.steps().first(CaseStatus.DISPATCHED);
  }

  Optional<Instant> firstHandled() {
    return state.steps().first(CaseStatus.HANDLED);
  }

  Optional<Instant> firstRated() {
    return state.steps().first(CaseStatus.RATED);
  }

  /** Rejected, void and duplicate cases were never due: they are left out of the on-time populations. */
  boolean countsForDeadlines() {
    CaseStatus status = state.status();
    return status != CaseStatus.REJECTED && status != CaseStatus.VOIDED && status != CaseStatus.DUPLICATE;
  }

  /** Handled now: reported back or solved on the spot, and not reopened by a failed check since. */
  boolean isHandled() {
    CaseStatus status = state.status();
    return status == CaseStatus.HANDLED || status == CaseStatus.CHECKED || status.isClosed();
  }

  /** Handled now, and the last report back was no later than {@code due}. */
  boolean handledBy(Instant due) {
    return isHandled() && !state.steps().last(CaseStatus.HANDLED).orElseThrow().isAfter(due);
  }

  boolean isClosed() {
    return state.status().isClosed();
  }

  boolean closedBy(Instant due) {
    return isClosed() && !state.steps().first(CaseStatus.CLOSED).orElseThrow().isAfter(due);
  }

  /**
   * From the first dispatch to the first report back, less the holds in between; empty for a case
   * not yet handled or handled on the spot before any dispatch.
   */
  Optional<Duration> handlingTime() {
    Optional<Instant> dispatched = firstDispatched();
    Optional<Instant> handled = firstHandled();
    if (dispatched.isEmpty() || handled.isEmpty() || handled.get().isBefore(dispatched.get())) {
      return Optional.empty();
    }
    Instant from = dispatched.get();
    Instant to = handled.get();
    Duration time = Duration.between(from, to);
    for (Pause pause : state.pauses()) {
      Instant start = pause.from().isAfter(from) ? pause.from() : from;
      Instant end = pause.to().isBefore(to) ? pause.to() : to;
      if (end.isAfter(start)) {
        time = time.minus(Duration.between(start, end));
      }
    }
    return Optional.of(time);
  }
}
