package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One allowed row of the {@link TransitionTable}: a command that applies in a status and the status it
 * leads to. Immutable.
 *
 * @param from the status the case is in
 * @param command the command given
 * @param to the status the case goes to; empty only for {@link CommandKind#RESUME}, which returns the
 *     case to the status it was held in
 */
public record Transition(CaseStatus from, CommandKind command, Optional<CaseStatus> to) {
  public Transition {
    checkNotNull(from, "from");
    checkNotNull(command, "command");
    checkNotNull(to, "to");
    checkArgument(to.isPresent() != (command == CommandKind.RESUME),
        "%s from %s: only RESUME leads back to the status before the hold", command, from);
  }

  /** True when the command leaves the status as it is (a me-too, a joint unit, an extension). */
  public boolean keepsStatus() {
    return to.isPresent() && to.get() == from;
  }

  /** {@code HANDLING × SEND_BACK → FILED}. */
  @Override
  public String toString() {
    return from + " × " + command + " → " + to.map(CaseStatus::name).orElse("(status before the hold)");
  }
}
