package org.civicgrid.geo.patrol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The first pass over a track (WGS-84 coordinates). It decides which positions are plausible and
 * which of those lie inside the grid, and it splits the plausible positions into runs at
 * silences. Each position gets {@link #flags} bits, so later passes need no objects per position.
 *
 * <p>A position is implausible when reaching it from the last plausible position needs more than
 * the rule's maximum speed; it is discarded and reported. A silence longer than the rule's gap
 * (no plausible position) ends a run, and no speed is checked across it. The last plausible
 * position is trusted once a few positions have followed it. The first positions of a run may
 * themselves be the noise, as when a phone's first fix after switching on is hundreds of metres
 * off. So on a conflict there, the next few positions vote: if more of them are plausible from the
 * new position than from the run so far, the run so far is discarded instead.
 *
 * <p>Not thread-safe; one per track.
 */
final class NoiseFilter {
  /** The position is plausible. */
  static final byte PLAUSIBLE = 1;
  /** The position is plausible and inside the grid. */
  static final byte INSIDE = 2;
  /** The position is the first plausible one after a silence, or the track's first. */
  static final byte RUN_START = 4;

  /** How many positions of a new run the positions after them can still overrule. */
  private static final int OVERRULABLE = 3;
  /** How many positions vote when a new run's positions conflict with the next one. */
  private static final int VOTERS = 5;

  private final long[] t;
  private final double[] x;
  private final double[] y;
  private final PatrolArea area;
  private final double maxMetresPerMilli;
  private final long maxGap;
  private final LocalDistance distance;
  private final byte[] flags;
  private final List<DiscardedFix> discarded = new ArrayList<>();

  /** The last plausible position, -1 before the first. */
  private int anchor = -1;
  /** The current run's first positions (up to {@link #OVERRULABLE}) and how many it has. */
  private final int[] runFirst = new int[OVERRULABLE];
  private int runPositions;

  NoiseFilter(long[] times, double[] longitudes, double[] latitudes, PatrolArea area, PatrolRequirement rule,
      LocalDistance distance) {
    this.t = times;
    this.x = longitudes;
    this.y = latitudes;
    this.area = area;
    this.maxMetresPerMilli = rule.maxSpeedKmh() / 3600.0;
    this.maxGap = rule.maxGap().toMillis();
    this.distance = distance;
    this.flags = new byte[times.length];
  }

  /** Runs the pass; then read {@link #flags()} and {@link #discarded()}. */
  NoiseFilter filter() {
    for (int i = 0; i < t.length; i++) {
      if (anchor < 0 || t[i] - t[anchor] > maxGap) {
        startRun(i);
        continue;
      }
      long dt = t[i] - t[anchor];
      double d = distance.metres(x[anchor], y[anchor], x[i], y[i]);
      if (d <= maxMetresPerMilli * dt) {
        accept(i, (byte) 0);
      } else if (runPositions <= OVERRULABLE && laterPositionsSide(i)) {
        overruleRun(i);
      } else {
        discard(i, d, dt);
      }
    }
    discarded.sort(Comparator.comparingInt(DiscardedFix::index));
    return this;
  }

  /** Per position: {@link #PLAUSIBLE}, {@link #INSIDE} and {@link #RUN_START} bits. */
  byte[] flags() {
    return flags;
  }

  /** The positions discarded as noise, in track order. */
  List<DiscardedFix> discarded() {
    return discarded;
  }

  private void startRun(int i) {
    runPositions = 0;
    accept(i, RUN_START);
  }

  private void accept(int i, byte start) {
    flags[i] = (byte) (PLAUSIBLE | start | (area.coversWgs84(x[i], y[i]) ? INSIDE : 0));
    anchor = i;
    if (runPositions < OVERRULABLE) {
      runFirst[runPositions] = i;
    }
    runPositions++;
  }

  private boolean plausible(int from, int to) {
    long dt = Math.abs(t[to] - t[from]);
    return distance.metres(x[from], y[from], x[to], y[to]) <= maxMetresPerMilli * dt;
  }

  /** Whether more of the next few positions are plausible from {@code i} than from the anchor. */
  private boolean laterPositionsSide(int i) {
    int forNew = 0;
    int forAnchor = 0;
    for (int j = i + 1; j < t.length && j <= i + VOTERS && t[j] - t[i] <= maxGap; j++) {
      forNew += plausible(i, j) ? 1 : 0;
      forAnchor += plausible(anchor, j) ? 1 : 0;
    }
    return forNew > forAnchor;
  }

  /** Discards the current run's positions as noise and starts a new run at {@code i}. */
  private void overruleRun(int i) {
    for (int k = 0; k < runPositions; k++) {
      int p = runFirst[k];
      flags[p] = 0;
      discard(p, distance.metres(x[p], y[p], x[i], y[i]), t[i] - t[p]);
    }
    startRun(i);
  }

  private void discard(int i, double metres, long millis) {
    discarded.add(new DiscardedFix(i, Instant.ofEpochMilli(t[i]), metres, metres * 3600.0 / millis));
  }
}
