package org.civicgrid.core.points;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * What an award is for: a number of tasks of one kind, or time spent on one activity. A
 * {@link PointsTariff} turns a contribution into points. Immutable.
 */
public sealed interface Contribution permits Contribution.Tasks, Contribution.Hours {

  /** The kind of task or activity, the key the tariff prices. */
  ActivityKind kind();

  /** {@code count} tasks of {@code kind}, for example three hazard reports. */
  static Tasks tasks(String kind, int count) {
    return new Tasks(ActivityKind.of(kind), count);
  }

  /** Time spent on {@code activity}, for example two hours of volunteer service. */
  static Hours hours(String activity, Duration duration) {
    return new Hours(ActivityKind.of(activity), duration);
  }

  /** Finished tasks of one kind; at least one. */
  record Tasks(ActivityKind kind, int count) implements Contribution {
    public Tasks {
      checkNotNull(kind, "kind");
      checkArgument(count > 0, "%s tasks of %s: the count must be positive", count, kind);
    }

    @Override
    public String toString() {
      return count + " × " + kind;
    }
  }

  /** Time spent on one activity; positive. */
  record Hours(ActivityKind kind, Duration duration) implements Contribution {
    public Hours {
      checkNotNull(kind, "kind");
      checkNotNull(duration, "duration");
      checkArgument(duration.compareTo(Duration.ZERO) > 0, "%s of %s: the time must be positive", duration, kind);
    }

    @Override
    public String toString() {
      return duration + " of " + kind;
    }
  }
}
