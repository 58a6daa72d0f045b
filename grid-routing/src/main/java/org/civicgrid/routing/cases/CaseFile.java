package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkArgument;
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
  private final Entry newest;
  // The log as a list, made on first request from the chain of entries. A benign race, as String's
  // hash: any thread that makes it makes an equal, immutable list.
  private ImmutableList<CaseEvent> log;

  private CaseFile(CaseState state, Entry newest, ImmutableList<CaseEvent> log) {
    this.state = state;
    this.newest = newest;
    this.log = log;
  }

  /** A new case's file, holding its report. */
  public static CaseFile open(CaseCommand.Report report) {
    CaseEvent first = CaseLifecycle.open(report);
    return new CaseFile(CaseState.reported(first), new Entry(first, null), null);
  }

  /**
   * The file of a stored log, every event checked as by {@link CaseState#replay}.
   *
   * @throws org.civicgrid.core.CivicGridException with {@link org.civicgrid.core.ErrorCode#MALFORMED_INPUT}
   *     naming the first event that does not fit
   */
  public static CaseFile replay(List<CaseEvent> log) {
    ImmutableList<CaseEvent> copy = ImmutableList.copyOf(checkNotNull(log, "log"));
    CaseState state = CaseState.replay(copy);
    Entry newest = null;
    for (CaseEvent event : copy) {
      newest = new Entry(event, newest);
    }
    return new CaseFile(state, newest, copy);
  }

  /**
   * This file with stored {@code events} after it, each checked as by {@link #replay}: how a store
   * that keeps files adds an append without replaying the whole log.
   *
   * @throws org.civicgrid.core.CivicGridException with {@link org.civicgrid.core.ErrorCode#MALFORMED_INPUT}
   *     naming the first event that does not fit; this file is unchanged
   */
  public CaseFile followedBy(List<CaseEvent> events) {
    ImmutableList<CaseEvent> copy = ImmutableList.copyOf(checkNotNull(events, "events"));
    CaseState next = CaseLifecycle.replay(state, copy);
    Entry entry = newest;
    for (CaseEvent event : copy) {
      entry = new Entry(event, entry);
    }
    return new CaseFile(next, entry, null);
  }

  /**
   * This file with the command recorded.
   *
   * @throws IllegalTransitionException when the command does not apply; this file is unchanged
   */
  public CaseFile execute(CaseCommand command) {
    CaseEvent event = CaseLifecycle.decide(state, command);
    return new CaseFile(state.apply(event), new Entry(event, newest), null);
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
    ImmutableList<CaseEvent> list = log;
    if (list == null) {
      CaseEvent[] events = new CaseEvent[state.version()];
      for (Entry entry = newest; entry != null; entry = entry.previous) {
        events[entry.event.sequence() - 1] = entry.event;
      }
      list = ImmutableList.copyOf(events);
      log = list;
    }
    return list;
  }

  /**
   * The events after {@code version}, oldest first, without making the whole log.
   *
   * @throws IllegalArgumentException when {@code version} is negative or beyond this file's
   */
  public ImmutableList<CaseEvent> eventsAfter(int version) {
    checkArgument(version >= 0 && version <= state.version(), "case %s has no version %s", state.id(), version);
    if (log != null) {
      return log.subList(version, log.size());
    }
    CaseEvent[] events = new CaseEvent[state.version() - version];
    Entry entry = newest;
    for (int i = events.length - 1; i >= 0; i--) {
      events[i] = entry.event;
      entry = entry.previous;
    }
    return ImmutableList.copyOf(events);
  }

  /**
   * True when this file was made from {@code earlier} itself by {@link #execute} or {@link #followedBy}
   * (identity, not equality), so every event after it was checked against its state: a store holding
   * {@code earlier} may keep this file without checking the events again.
   */
  public boolean derivesFrom(CaseFile earlier) {
    int steps = state.version() - earlier.state.version();
    if (steps < 0) {
      return false;
    }
    Entry entry = newest;
    for (int i = 0; i < steps; i++) {
      entry = entry.previous;
    }
    return entry == earlier.newest;
  }

  /** The newest event. */
  public CaseEvent lastEvent() {
    return newest.event;
  }

  /** The number of events, the version a store checks on write. */
  public int version() {
    return state.version();
  }

  @Override
  public String toString() {
    return state.toString();
  }

  /** One event of the log and the ones before it; files that share a history share its entries. */
  private static final class Entry {
    final CaseEvent event;
    final Entry previous;

    Entry(CaseEvent event, Entry previous) {
      this.event = event;
      this.previous = previous;
    }
  }
}
