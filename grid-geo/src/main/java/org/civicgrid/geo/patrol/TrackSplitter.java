package org.civicgrid.geo.patrol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The single pass over one track (WGS-84 coordinates) that discards GPS noise and cuts the
 * plausible positions into patrols. Everything per position is arithmetic on the arrays: one or two
 * local distances and one point-in-area test.
 *
 * <p><b>Noise.</b> A position is implausible when reaching it from the last plausible position
 * needs more than the maximum speed; it is discarded. The last plausible position is trusted
 * once a few positions have followed it. But the first positions of a run (after a silence, or at
 * the start) may themselves be the noise, as when a phone's first fix after switching on is
 * hundreds of metres off. So on a conflict there the next few positions vote: if more of them are
 * plausible from the new position than from the run so far, the run so far is discarded instead.
 *
 * <p><b>Patrols.</b> A silence longer than the gap (no plausible position) ends a run, and a
 * patrol with it. Within a run, a stay outside the grid longer than the limit ends the patrol at
 * its last position inside, and the next patrol starts at the next position inside. A shorter stay
 * outside, before, within or after a patrol, stays part of it. A run that never enters the grid
 * is no patrol.
 *
 * <p>Not thread-safe; one per track.
 */
final class TrackSplitter {
  /** A patrol as found: its first and last position and its sums. */
  record Stretch(int first, int last, double metres, long insideMillis, int positions) {}

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
  private final long maxOutside;
  private final double jitter;
  private final LocalDistance distance = new LocalDistance();
  private final List<Stretch> patrols = new ArrayList<>();
  private final List<DiscardedFix> discarded = new ArrayList<>();

  /** The last plausible position, -1 between runs. */
  private int anchor = -1;
  private boolean anchorInside;
  /** The current run's first positions (up to {@link #OVERRULABLE}) and how many it has. */
  private final int[] runFirst = new int[OVERRULABLE];
  private int runPositions;
  private int patrolsBeforeRun;
  /** The last position whose move was added to a length. */
  private int lengthAnchor;

  /** The patrol being built. */
  private boolean open;
  private int first;
  private int lastInside;
  private double metres;
  private long insideMillis;
  private int positions;

  /**
   * The stretch outside the grid since the last position inside (or since the run's start), not
   * yet part of a patrol; dropped once it lasts longer than the limit.
   */
  private int pendingFrom;
  private double pendingMetres;
  private long pendingInside;
  private int pendingPositions;
  private boolean dropped;

  TrackSplitter(long[] times, double[] longitudes, double[] latitudes, PatrolArea area, PatrolRequirement rule) {
    this.t = times;
    this.x = longitudes;
    this.y = latitudes;
    this.area = area;
    this.maxMetresPerMilli = rule.maxSpeedKmh() / 3600.0;
    this.maxGap = rule.maxGap().toMillis();
    this.maxOutside = rule.maxOutsideStay().toMillis();
    this.jitter = rule.jitterMetres();
  }

  /** Runs the pass; then read {@link #patrols()} and {@link #discarded()}. */
  TrackSplitter split() {
    int n = t.length;
    for (int i = 0; i < n; i++) {
      if (anchor < 0) {
        startRun(i);
        continue;
      }
      long dt = t[i] - t[anchor];
      if (dt > maxGap) {
        endRun();
        startRun(i);
        continue;
      }
      double d = distance.metres(x[anchor], y[anchor], x[i], y[i]);
      if (d <= maxMetresPerMilli * dt) {
        accept(i, d, dt);
      } else if (runPositions <= OVERRULABLE && laterPositionsSide(i)) {
        overruleRun(i);
      } else {
        discard(i, d, dt);
      }
    }
    endRun();
    discarded.sort(Comparator.comparingInt(DiscardedFix::index));
    return this;
  }

  List<Stretch> patrols() {
    return patrols;
  }

  List<DiscardedFix> discarded() {
    return discarded;
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
      double d = distance.metres(x[p], y[p], x[i], y[i]);
      discard(p, d, t[i] - t[p]);
    }
    patrols.subList(patrolsBeforeRun, patrols.size()).clear();
    startRun(i);
  }

  private void discard(int i, double metres, long millis) {
    discarded.add(new DiscardedFix(i, Instant.ofEpochMilli(t[i]), metres, metres * 3600.0 / millis));
  }

  private void startRun(int i) {
    anchor = i;
    runFirst[0] = i;
    runPositions = 1;
    patrolsBeforeRun = patrols.size();
    lengthAnchor = i;
    dropped = false;
    anchorInside = area.coversWgs84(x[i], y[i]);
    if (anchorInside) {
      openAt(i);
      clearPending(i);
    } else {
      open = false;
      pendingFrom = i;
      pendingMetres = 0;
      pendingInside = 0;
      pendingPositions = 1;
    }
  }

  private void accept(int i, double d, long dt) {
    boolean inside = area.coversWgs84(x[i], y[i]);
    double step = 0;
    double moved = lengthAnchor == anchor ? d : distance.metres(x[lengthAnchor], y[lengthAnchor], x[i], y[i]);
    if (moved >= jitter) {
      step = moved;
      lengthAnchor = i;
    }
    long insideMs = anchorInside == inside ? (inside ? dt : 0) : dt / 2;
    anchor = i;
    anchorInside = inside;
    if (runPositions < OVERRULABLE) {
      runFirst[runPositions] = i;
    }
    runPositions++;
    if (inside) {
      if (dropped) {
        openAt(i);
      } else if (!open) {
        open = true;
        first = pendingFrom;
        metres = pendingMetres + step;
        insideMillis = pendingInside + insideMs;
        positions = pendingPositions + 1;
      } else {
        metres += pendingMetres + step;
        insideMillis += pendingInside + insideMs;
        positions += pendingPositions + 1;
      }
      clearPending(i);
    } else if (!dropped) {
      pendingMetres += step;
      pendingInside += insideMs;
      pendingPositions++;
      if (t[i] - t[pendingFrom] > maxOutside) {
        if (open) {
          close(lastInside);
        }
        dropped = true;
      }
    }
  }

  private void openAt(int i) {
    open = true;
    first = i;
    metres = 0;
    insideMillis = 0;
    positions = 1;
    lengthAnchor = i;
  }

  /** Position {@code i}, inside, is the patrol's latest; nothing is pending after it. */
  private void clearPending(int i) {
    lastInside = i;
    pendingFrom = i;
    pendingMetres = 0;
    pendingInside = 0;
    pendingPositions = 0;
    dropped = false;
  }

  private void endRun() {
    if (open) {
      if (anchor != lastInside) {
        metres += pendingMetres;
        insideMillis += pendingInside;
        positions += pendingPositions;
      }
      close(anchor);
    }
    anchor = -1;
  }

  private void close(int last) {
    patrols.add(new Stretch(first, last, metres, insideMillis, positions));
    open = false;
  }
}
