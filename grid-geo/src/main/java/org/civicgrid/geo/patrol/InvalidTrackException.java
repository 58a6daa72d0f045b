package org.civicgrid.geo.patrol;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.staff.PersonId;

/**
 * A worker's positions cannot form a {@link Track} ({@link ErrorCode#MALFORMED_INPUT}): their times
 * are out of order or repeated, or a coordinate is not a number or out of range. It names the
 * worker, the first offending position's index and time, and the {@link TrackDefect}. Nothing of
 * the track is analysed. Immutable.
 */
public final class InvalidTrackException extends CivicGridException {
  private static final long serialVersionUID = 1L;

  private final PersonId worker;
  private final int index;
  private final Instant time;
  private final TrackDefect defect;

  InvalidTrackException(PersonId worker, int index, Instant time, TrackDefect defect, String detail) {
    super(ErrorCode.MALFORMED_INPUT, "track of worker " + worker + ": position " + index + " at " + time
        + " " + detail);
    this.worker = checkNotNull(worker, "worker");
    this.index = index;
    this.time = checkNotNull(time, "time");
    this.defect = checkNotNull(defect, "defect");
  }

  /** Whose track it is. */
  public PersonId worker() {
    return worker;
  }

  /** The index of the first offending position in the arrays given. */
  public int index() {
    return index;
  }

  /** The time recorded for the offending position. */
  public Instant time() {
    return time;
  }

  public TrackDefect defect() {
    return defect;
  }
}
