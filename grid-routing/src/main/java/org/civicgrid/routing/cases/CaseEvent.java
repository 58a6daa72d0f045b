package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.civicgrid.core.staff.PersonId;

/**
 * One entry of a case's append-only audit trail: an accepted command and the move it made — who,
 * acting for whom, when, what, why, from which status to which, and the command's own data. A case's
 * {@link CaseState} is the fold of its events ({@link CaseState#replay}). Events are made by {@link
 * CaseLifecycle}; one read back from a store is checked again when replayed. Immutable; its {@code
 * toString} shows a reporter masked.
 *
 * @param caseId the case
 * @param sequence the event's position in the case's log, from 1; the case's version after it
 * @param command the command that was accepted
 * @param from the case's status before
 * @param to the case's status after
 */
public record CaseEvent(CaseId caseId, int sequence, CaseCommand command, CaseStatus from, CaseStatus to) {
  public CaseEvent {
    checkNotNull(caseId, "caseId");
    checkArgument(sequence >= 1, "case %s event sequence %s must be at least 1", caseId, sequence);
    checkNotNull(command, "case %s event %s command", caseId, sequence);
    checkNotNull(from, "case %s event %s from", caseId, sequence);
    checkNotNull(to, "case %s event %s to", caseId, sequence);
  }

  /** Who acted. */
  public PersonId who() {
    return command.actor().person();
  }

  /** The post holder the actor stood in for, when a backup acted. */
  public Optional<PersonId> actingFor() {
    return command.actor().actingFor();
  }

  /** When. */
  public Instant at() {
    return command.at();
  }

  /** What was done. */
  public CommandKind what() {
    return command.kind();
  }

  /** Why, empty for main-line steps that need no reason. */
  public String why() {
    return command.reason();
  }

  /** {@code c-1 #3 2024-05-01T02:00:00Z p-001 FILE ACCEPTED → FILED}. */
  @Override
  public String toString() {
    String reason = command.reason();
    return caseId + " #" + sequence + " " + command.at() + " " + command.actor() + " " + command.kind() + " "
        + from + " → " + to + (reason.isEmpty() ? "" : " (" + reason + ")");
  }
}
