package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A case's file (案卷): its append-only log and the state that log folds to, kept together so a
 * command can be checked against the state and recorded in one step. {@link #execute} returns a new
 * file with one more event, or throws and leaves this one as it was, so bad input never half-applies.
 * A store keeps the log and gives back a file with {@link #replay}. Immutable and thread-safe.
 *
 * <pre>{@code
 * CaseFile file = CaseFile.open(new CaseCommand.Report(worker, at, intake))
 *     .execute(new CaseCommand.Accept(operator, at.plusSeconds(60)));
 * assert CaseState.replay(file.log()).equals(file.state());
 * }</pre>
 */
public final class CaseFile {
  private final CaseState state;
  private final ImmutableList<CaseEvent> log;

  private CaseFile(CaseState state, ImmutableList<CaseEvent> log) {
    this.state = state;
    this.log = log;
  }

  /** A new case's file, holding its report. */
  public static CaseFile open(CaseCommand.Report report) {
    CaseEvent first = CaseLifecycle.open(report);
    return new CaseFile(new CaseDraft(report.intake()).apply(first).toState(), ImmutableList.of(first));
  }

  /**
   * The file of a stored log, every event checked as by {@link CaseState#replay}.
   *
   * @throws org.civicgrid.core.CivicGridException with {@link org.civicgrid.core.ErrorCode#MALFORMED_INPUT}
   *     naming the first event that does not fit
   */
  public static CaseFile replay(List<CaseEvent> log) {
    ImmutableList<CaseEvent> copy = ImmutableList.copyOf(checkNotNull(log, "log"));
    return new CaseFile(CaseState.replay(copy), copy);
  }

  /**
   * This file with the command recorded.
   *
   * @throws IllegalTransitionException when the command does not apply; this file is unchanged
   */
  public CaseFile execute(CaseCommand command) {
    CaseEvent event = CaseLifecycle.decide(state, command);
    ImmutableList<CaseEvent> next =
        ImmutableList.<CaseEvent>builderWithExpectedSize(log.size() + 1).addAll(log).add(event).build();
    return new CaseFile(state.apply(event), next);
  }

  public CaseId id() {
    return state.id();
  }

  /** The state the log folds to. */
  public CaseState state() {
    return state;
  }

  /** Every event, oldest first. */
  public ImmutableList<CaseEvent> log() {
    return log;
  }

  /** The newest event. */
  public CaseEvent lastEvent() {
    return log.get(log.size() - 1);
  }

  /** The number of events, the version a store checks on write. */
  public int version() {
    return state.version();
  }

  @Override
  public String toString() {
    return state.toString();
  }
}
