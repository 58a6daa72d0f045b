package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * When a case first and last entered each status: the times of its steps, from which statistics take
 * acceptance time (reported → accepted), handling time (dispatched → handled) and the like without
 * reading the log. A status is entered when a command moves the case into it from another status; a
 * transfer also re-enters {@link CaseStatus#DISPATCHED}, since the new unit's clock starts then.
 * Immutable and thread-safe.
 */
public final class StepTimes {
  private static final int STATUSES = CaseStatus.values().length;
  private static final StepTimes NONE = new StepTimes(new Instant[2 * STATUSES]);

  // First entries at [ordinal], last entries at [STATUSES + ordinal]: one array to copy per step.
  private final Instant[] times;

  private StepTimes(Instant[] times) {
    this.times = times;
  }

  /** No status entered yet. */
  public static StepTimes none() {
    return NONE;
  }

  /** When the case first entered the status, if it ever did. */
  public Optional<Instant> first(CaseStatus status) {
    return Optional.ofNullable(times[checkNotNull(status, "status").ordinal()]);
  }

  /** When the case last entered the status, if it ever did. */
  public Optional<Instant> last(CaseStatus status) {
    return Optional.ofNullable(times[STATUSES + checkNotNull(status, "status").ordinal()]);
  }

  /** These times with the status entered at {@code at}. */
  StepTimes enter(CaseStatus status, Instant at) {
    Instant[] next = times.clone();
    int i = status.ordinal();
    if (next[i] == null) {
      next[i] = at;
    }
    next[STATUSES + i] = at;
    return new StepTimes(next);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StepTimes other && Arrays.equals(times, other.times);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(times);
  }

  /** {@code {REPORTED=2024-05-01T01:00:00Z, ACCEPTED=…}}, the first entries. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (CaseStatus status : CaseStatus.values()) {
      Instant first = times[status.ordinal()];
      if (first != null) {
        text.append(text.length() > 1 ? ", " : "").append(status).append('=').append(first);
      }
    }
    return text.append('}').toString();
  }
}
