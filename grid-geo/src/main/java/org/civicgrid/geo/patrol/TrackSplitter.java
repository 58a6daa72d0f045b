package org.civicgrid.geo.patrol;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts one track (WGS-84 coordinates) into patrols. {@link NoiseFilter} first marks the plausible
 * positions, the inside ones and the runs between silences. Then one pass marks long pauses and
 * one pass builds the patrols. Everything per position is arithmetic on the arrays: a few local
 * distances and one point-in-area test.
 *
 * <p><b>Pauses.</b> A pause is a stretch in which the worker stays within the rule's pause radius of
 * where it began, found greedily as stay points usually are. A pause longer than the rule's
 * maximum (waiting at the post, a meeting, lunch) ends a patrol and belongs to none. A shorter one
 * (a word with a resident) stays part of the patrol.
 *
 * <p><b>Patrols.</b> A patrol runs from a position inside the grid to the last position inside
 * before one of these: a silence longer than the gap, a long pause, a stay outside the grid longer
 * than the rule's limit, or the end of the track. Positions before a patrol's first inside
 * position or after its last (the walk to the grid and back) are not part of it. Stays outside in
 * between that are short enough are part of it and lower its share inside.
 *
 * <p>Not thread-safe; one per track.
 */
final class TrackSplitter {
  /** A patrol as found: its first and last position and its sums. */
  record Stretch(int first, int last, double metres, long insideMillis, int positions) {}

  /** Per position, beside {@link NoiseFilter}'s bits: the position lies in a long pause. */
  private static final byte PAUSED = 8;

  private final long[] t;
  private final double[] x;
  private final double[] y;
  private final PatrolArea area;
  private final PatrolRequirement rule;
  private final LocalDistance distance = new LocalDistance();
  private final List<Stretch> patrols = new ArrayList<>();
  private List<DiscardedFix> discarded = List.of();
  private byte[] flags;

  /** The patrol being built. */
  private boolean open;
  private int first;
  private int lastInside;
  private double metres;
  private long insideMillis;
  private int positions;
  /** The last position whose move was added to the length. */
  private int lengthAnchor;
  /** What the stay outside since {@link #lastInside} would add, if the worker comes back in time. */
  private double pendingMetres;
  private long pendingInside;
  private int pendingPositions;

  TrackSplitter(long[] times, double[] longitudes, double[] latitudes, PatrolArea area, PatrolRequirement rule) {
    this.t = times;
    this.x = longitudes;
    this.y = latitudes;
    this.area = area;
    this.rule = rule;
  }

  /** Runs the passes; then read {@link #patrols()} and {@link #discarded()}. */
  TrackSplitter split() {
    NoiseFilter noise = new NoiseFilter(t, x, y, area, rule, distance).filter();
    flags = noise.flags();
    discarded = noise.discarded();
    markLongPauses();
    buildPatrols();
    return this;
  }

  List<Stretch> patrols() {
    return patrols;
  }

  List<DiscardedFix> discarded() {
    return discarded;
  }

  /** Marks every pause longer than the rule allows: greedy stay points within each run. */
  private void markLongPauses() {
    double radius = rule.pauseRadiusMetres();
    long maxPause = rule.maxPause().toMillis();
    int from = -1;
    int last = -1;
    for (int i = 0; i < t.length; i++) {
      byte f = flags[i];
      if ((f & NoiseFilter.PLAUSIBLE) == 0) {
        continue;
      }
      if (from >= 0 && (f & NoiseFilter.RUN_START) == 0 && distance.metres(x[from], y[from], x[i], y[i]) <= radius) {
        last = i;
        continue;
      }
      markIfLong(from, last, maxPause);
      from = i;
      last = i;
    }
    markIfLong(from, last, maxPause);
  }

  private void markIfLong(int from, int last, long maxPause) {
    if (from >= 0 && t[last] - t[from] > maxPause) {
      for (int k = from; k <= last; k++) {
        flags[k] |= PAUSED;
      }
    }
  }

  private void buildPatrols() {
    long maxOutside = rule.maxOutsideStay().toMillis();
    double jitter = rule.jitterMetres();
    int prev = -1;
    for (int i = 0; i < t.length; i++) {
      byte f = flags[i];
      if ((f & NoiseFilter.PLAUSIBLE) == 0) {
        continue;
      }
      if ((f & (NoiseFilter.RUN_START | PAUSED)) != 0) {
        close();
        prev = -1;
        if ((f & PAUSED) != 0) {
          continue;
        }
      }
      boolean inside = (f & NoiseFilter.INSIDE) != 0;
      if (!open) {
        if (inside) {
          open(i);
        }
        prev = i;
        continue;
      }
      long dt = t[i] - t[prev];
      boolean prevInside = (flags[prev] & NoiseFilter.INSIDE) != 0;
      long insideMs = prevInside == inside ? (inside ? dt : 0) : dt / 2;
      double moved = distance.metres(x[lengthAnchor], y[lengthAnchor], x[i], y[i]);
      double step = 0;
      if (moved >= jitter) {
        step = moved;
        lengthAnchor = i;
      }
      prev = i;
      if (inside) {
        metres += pendingMetres + step;
        insideMillis += pendingInside + insideMs;
        positions += pendingPositions + 1;
        lastInside = i;
        pendingMetres = 0;
        pendingInside = 0;
        pendingPositions = 0;
      } else {
        pendingMetres += step;
        pendingInside += insideMs;
        pendingPositions++;
        if (t[i] - t[lastInside] > maxOutside) {
          close();
        }
      }
    }
    close();
  }

  private void open(int i) {
    open = true;
    first = i;
    lastInside = i;
    lengthAnchor = i;
    metres = 0;
    insideMillis = 0;
    positions = 1;
    pendingMetres = 0;
    pendingInside = 0;
    pendingPositions = 0;
  }

  /** Ends the open patrol, if any, at its last position inside. */
  private void close() {
    if (open) {
      patrols.add(new Stretch(first, lastInside, metres, insideMillis, positions));
      open = false;
    }
  }
}
