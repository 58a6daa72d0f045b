package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a case first and last entered each status: the times of its steps, from which statistics take
 * acceptance time (reported → accepted), handling time (dispatched → handled) and the like without
 * reading the log. A status is entered when a command moves the case into it from another status; a
 * transfer also re-enters {@link CaseStatus#DISPATCHED}, since the new unit's clock starts then.
 * Immutable and thread-safe.
 */
public final class StepTimes {
  private static final StepTimes NONE = new StepTimes(null, null, null);

  // A chain of entries, newest first: entering a status costs one small object and shares the rest.
  private final CaseStatus status;
  private final Instant at;
  private final StepTimes previous;

  private StepTimes(CaseStatus status, Instant at, StepTimes previous) {
    this.status = status;
    this.at = at;
    this.previous = previous;
  }

  /** No status entered yet. */
  public static StepTimes none() {
    return NONE;
  }

  /** When the case first entered the status, if it ever did. */
  public Optional<Instant> first(CaseStatus status) {
    checkNotNull(status, "status");
    Instant first = null;
    for (StepTimes entry = this; entry.status != null; entry = entry.previous) {
      if (entry.status == status) {
        first = entry.at;
      }
    }
    return Optional.ofNullable(first);
  }

  /** When the case last entered the status, if it ever did. */
  public Optional<Instant> last(CaseStatus status) {
    checkNotNull(status, "status");
    for (StepTimes entry = this; entry.status != null; entry = entry.previous) {
      if (entry.status == status) {
        return Optional.of(entry.at);
      }
    }
    return Optional.empty();
  }

  /** These times with the status entered at {@code at}. */
  StepTimes enter(CaseStatus status, Instant at) {
    return new StepTimes(status, at, this);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StepTimes)) {
      return false;
    }
    StepTimes a = this;
    StepTimes b = (StepTimes) o;
    while (a != b) {
      if (a.status == null || b.status == null || a.status != b.status || !a.at.equals(b.at)) {
        return false;
      }
      a = a.previous;
      b = b.previous;
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = 1;
    for (StepTimes entry = this; entry.status != null; entry = entry.previous) {
      hash = 31 * hash + Objects.hash(entry.status, entry.at);
    }
    return hash;
  }

  /** {@code {REPORTED=2024-05-01T01:00:00Z, ACCEPTED=…}}: the first entries, in status order. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (CaseStatus s : CaseStatus.values()) {
      first(s).ifPresent(first -> text.append(text.length() > 1 ? ", " : "").append(s).append('=').append(first));
    }
    return text.append('}').toString();
  }
}
