package org.civicgrid.geo.patrol;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Arrays;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.staff.PersonId;

/**
 * One worker's raw positions as their device recorded them: times in epoch milliseconds, strictly
 * increasing, with longitude and latitude in one declared coordinate system. The positions are kept
 * in three primitive arrays, not as an object each, because a month at one position every 10 s is
 * about 260,000 positions per worker.
 *
 * <p>A track is checked whole when it is made. If times are out of order or repeated, or a
 * coordinate is NaN, infinite or out of range, an {@link InvalidTrackException} names the first
 * offending position, and no track is made. GPS noise (positions that are valid but implausible) is
 * not an error here; {@link PatrolAnalyser} discards it and reports it.
 *
 * <p>Immutable and thread-safe: the arrays are copied in and never handed out.
 */
public final class Track {
  private final PersonId worker;
  private final CoordinateSystem system;
  final long[] times;
  final double[] longitudes;
  final double[] latitudes;

  private Track(PersonId worker, CoordinateSystem system, long[] times, double[] longitudes, double[] latitudes) {
    this.worker = worker;
    this.system = system;
    this.times = times;
    this.longitudes = longitudes;
    this.latitudes = latitudes;
  }

  /**
   * The track of {@code worker}: position k was at ({@code longitudes[k]}, {@code latitudes[k]}) in
   * {@code system} at {@code epochMillis[k]}. The arrays are copied.
   *
   * @throws IllegalArgumentException if the arrays differ in length
   * @throws InvalidTrackException naming the first position whose time is not after the one
   *     before it, or whose coordinate is not a finite longitude/latitude
   */
  public static Track of(PersonId worker, CoordinateSystem system, long[] epochMillis, double[] longitudes,
      double[] latitudes) {
    checkNotNull(worker, "worker");
    checkNotNull(system, "system");
    int n = checkNotNull(epochMillis, "epochMillis").length;
    checkArgument(longitudes.length == n && latitudes.length == n,
        "worker %s: %s times, %s longitudes and %s latitudes; each position needs all three",
        worker, n, longitudes.length, latitudes.length);
    Track track = new Track(worker, system, epochMillis.clone(), longitudes.clone(), latitudes.clone());
    track.validate();
    return track;
  }

  /** A builder adding one position at a time. */
  public static Builder builder(PersonId worker, CoordinateSystem system) {
    return new Builder(checkNotNull(worker, "worker"), checkNotNull(system, "system"));
  }

  private void validate() {
    for (int k = 0; k < times.length; k++) {
      double lon = longitudes[k];
      double lat = latitudes[k];
      if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
        throw new InvalidTrackException(worker, k, time(k), TrackDefect.INVALID_COORDINATE,
            "has longitude " + lon + ", latitude " + lat + "; a longitude must be a number in −180..180 and a"
                + " latitude in −90..90");
      }
      if (k > 0 && times[k] <= times[k - 1]) {
        boolean repeated = times[k] == times[k - 1];
        throw new InvalidTrackException(worker, k, time(k),
            repeated ? TrackDefect.DUPLICATE_TIME : TrackDefect.UNSORTED_TIME,
            (repeated ? "repeats the time of position " : "is earlier than position ") + (k - 1)
                + (repeated ? "" : " at " + time(k - 1)) + "; times must strictly increase");
      }
    }
  }

  /** Whose positions these are. */
  public PersonId worker() {
    return worker;
  }

  /** The coordinate system of the longitudes and latitudes. */
  public CoordinateSystem system() {
    return system;
  }

  /** The number of positions. */
  public int size() {
    return times.length;
  }

  /** When position {@code k} was recorded, in epoch milliseconds. */
  public long epochMillis(int k) {
    checkElementIndex(k, times.length, "position");
    return times[k];
  }

  /** When position {@code k} was recorded. */
  public Instant time(int k) {
    return Instant.ofEpochMilli(epochMillis(k));
  }

  public double longitude(int k) {
    checkElementIndex(k, times.length, "position");
    return longitudes[k];
  }

  public double latitude(int k) {
    checkElementIndex(k, times.length, "position");
    return latitudes[k];
  }

  @Override
  public String toString() {
    return times.length == 0
        ? "Track[" + worker + ", " + system + ", empty]"
        : "Track[" + worker + ", " + system + ", " + times.length + " positions, " + time(0) + " – "
            + time(times.length - 1) + "]";
  }

  /** Collects positions in time order, then checks them all in {@link #build}. Not thread-safe. */
  public static final class Builder {
    private final PersonId worker;
    private final CoordinateSystem system;
    private long[] times = new long[64];
    private double[] longitudes = new double[64];
    private double[] latitudes = new double[64];
    private int size;

    private Builder(PersonId worker, CoordinateSystem system) {
      this.worker = worker;
      this.system = system;
    }

    /** Adds the position (longitude, latitude) recorded at {@code epochMillis}. */
    public Builder add(long epochMillis, double longitude, double latitude) {
      if (size == times.length) {
        times = Arrays.copyOf(times, 2 * size);
        longitudes = Arrays.copyOf(longitudes, 2 * size);
        latitudes = Arrays.copyOf(latitudes, 2 * size);
      }
      times[size] = epochMillis;
      longitudes[size] = longitude;
      latitudes[size] = latitude;
      size++;
      return this;
    }

    /** Adds the position (longitude, latitude) recorded at {@code time}. */
    public Builder add(Instant time, double longitude, double latitude) {
      return add(checkNotNull(time, "time").toEpochMilli(), longitude, latitude);
    }

    /**
     * The track of the positions added.
     *
     * @throws InvalidTrackException as {@link Track#of} does
     */
    public Track build() {
      Track track = new Track(worker, system, Arrays.copyOf(times, size), Arrays.copyOf(longitudes, size),
          Arrays.copyOf(latitudes, size));
      track.validate();
      return track;
    }
  }
}
