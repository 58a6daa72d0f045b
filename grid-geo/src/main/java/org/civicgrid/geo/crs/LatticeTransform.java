package org.civicgrid.geo.crs;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.civicgrid.core.locate.CoordinateSystem;

/**
 * Converts long runs of nearby points, such as a worker's month of GPS positions, between two
 * coordinate systems at tens of nanoseconds a point, where {@link CoordinateTransforms} takes about
 * 3 µs for each GCJ-02 → WGS-84 point. The exact conversion is sampled on a lattice of nodes
 * {@value #NODES_PER_DEGREE} to the degree (about 430 m × 330 m at latitude 42°) and interpolated
 * bilinearly in between, as NTv2 grid-shift files do.
 *
 * <p>The interpolation error is an eighth of the offset's second derivative times the squared
 * node spacing. GCJ-02's offset bends by at most about 5 km per degree², so points stay within
 * 2 cm of the exact conversion. BD-09 adds a ripple of a few tens of metres with a 0.12° period,
 * which keeps points within 25 cm. Both errors are far below a GPS fix's own error. Each node is
 * converted exactly the first time a point needs it and kept, so a track that stays within a few
 * kilometres costs a few hundred exact conversions in all.
 *
 * <p>GCJ-02's offset jumps at the edge of China's rectangle, where interpolating would smear it, so
 * points within {@value #EDGE_MARGIN_DEGREES}° of that edge are converted exactly. Between systems
 * of the same frame (WGS-84 and CGCS2000) points are copied unchanged.
 *
 * <p>Not thread-safe, because it keeps the nodes it has converted. Creating one is cheap, so make
 * one per track or per thread.
 */
public final class LatticeTransform {
  /** Lattice nodes per degree of longitude and of latitude; a power of two, so nodes are exact. */
  public static final int NODES_PER_DEGREE = 256;
  /** How near China's rectangle a point is converted exactly rather than interpolated. */
  static final double EDGE_MARGIN_DEGREES = 0.05;
  private static final int CACHED_CELLS = 256;
  private static final long NO_CELL = Long.MIN_VALUE;

  private final CoordinateSystem source;
  private final CoordinateSystem target;
  private final boolean identity;
  /** Offsets (target − source, longitude then latitude) of the nodes converted so far. */
  private final Map<Long, double[]> nodes = new HashMap<>();
  private final double[] scratch = new double[2];
  /**
   * The coefficients of recently entered cells, direct-mapped by cell, so that a phone jittering
   * across a cell edge costs no node lookups: per slot the cell's key (or {@link #NO_CELL}) and its
   * eight coefficients, or NaN in the first for a cell converted exactly.
   */
  private final long[] cachedCells = new long[CACHED_CELLS];
  private final double[] cachedCoefficients = new double[8 * CACHED_CELLS];

  /** The cell the last point fell in, and its bilinear coefficients for each coordinate. */
  private int cellColumn = Integer.MIN_VALUE;
  private int cellRow = Integer.MIN_VALUE;
  private boolean cellExact;
  private double lon00;
  private double lonU;
  private double lonV;
  private double lonUv;
  private double lat00;
  private double latU;
  private double latV;
  private double latUv;

  private LatticeTransform(CoordinateSystem source, CoordinateSystem target) {
    this.source = source;
    this.target = target;
    this.identity = CoordinateTransforms.sameFrame(source, target);
    Arrays.fill(cachedCells, NO_CELL);
  }

  /** A transform from {@code source} to {@code target}. */
  public static LatticeTransform between(CoordinateSystem source, CoordinateSystem target) {
    return new LatticeTransform(checkNotNull(source, "source"), checkNotNull(target, "target"));
  }

  public CoordinateSystem source() {
    return source;
  }

  public CoordinateSystem target() {
    return target;
  }

  /**
   * Converts the points ({@code longitudes[k]}, {@code latitudes[k]}) into the same positions of
   * {@code toLongitudes} and {@code toLatitudes}, which may be the input arrays themselves. A
   * non-finite coordinate gives a NaN or infinite result, never a wrong finite one.
   *
   * @throws IllegalArgumentException if the four arrays are not all the same length
   */
  public void transform(double[] longitudes, double[] latitudes, double[] toLongitudes, double[] toLatitudes) {
    int n = checkNotNull(longitudes, "longitudes").length;
    checkArgument(latitudes.length == n && toLongitudes.length == n && toLatitudes.length == n,
        "arrays of %s, %s, %s and %s points; all must be the same length",
        n, latitudes.length, toLongitudes.length, toLatitudes.length);
    if (identity) {
      System.arraycopy(longitudes, 0, toLongitudes, 0, n);
      System.arraycopy(latitudes, 0, toLatitudes, 0, n);
      return;
    }
    for (int k = 0; k < n; k++) {
      double lon = longitudes[k];
      double lat = latitudes[k];
      double fu = lon * NODES_PER_DEGREE;
      double fv = lat * NODES_PER_DEGREE;
      int column = (int) Math.floor(fu);
      int row = (int) Math.floor(fv);
      if (column != cellColumn || row != cellRow) {
        enterCell(column, row);
      }
      if (cellExact) {
        scratch[0] = lon;
        scratch[1] = lat;
        CoordinateTransforms.convert(scratch, source, target);
        toLongitudes[k] = scratch[0];
        toLatitudes[k] = scratch[1];
      } else {
        double u = fu - column;
        double v = fv - row;
        toLongitudes[k] = lon + lon00 + u * lonU + v * lonV + u * v * lonUv;
        toLatitudes[k] = lat + lat00 + u * latU + v * latV + u * v * latUv;
      }
    }
  }

  /** Loads the bilinear coefficients of cell (column, row), from the cache or its corner nodes. */
  private void enterCell(int column, int row) {
    cellColumn = column;
    cellRow = row;
    long key = key(column, row);
    int slot = (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> 56) & (CACHED_CELLS - 1);
    int at = 8 * slot;
    double[] c = cachedCoefficients;
    if (cachedCells[slot] != key) {
      cachedCells[slot] = key;
      computeCell(column, row, c, at);
    }
    cellExact = Double.isNaN(c[at]);
    lon00 = c[at];
    lonU = c[at + 1];
    lonV = c[at + 2];
    lonUv = c[at + 3];
    lat00 = c[at + 4];
    latU = c[at + 5];
    latV = c[at + 6];
    latUv = c[at + 7];
  }

  /** Writes cell (column, row)'s eight coefficients at {@code c[at]}, or NaN first if it is exact. */
  private void computeCell(int column, int row, double[] c, int at) {
    double west = (double) column / NODES_PER_DEGREE;
    double south = (double) row / NODES_PER_DEGREE;
    double east = (double) (column + 1) / NODES_PER_DEGREE;
    double north = (double) (row + 1) / NODES_PER_DEGREE;
    if (nearChinaEdge(west, south, east, north)) {
      c[at] = Double.NaN;
      return;
    }
    double[] sw = node(column, row);
    double[] se = node(column + 1, row);
    double[] nw = node(column, row + 1);
    double[] ne = node(column + 1, row + 1);
    for (int d = 0; d < 2; d++) {
      c[at + 4 * d] = sw[d];
      c[at + 4 * d + 1] = se[d] - sw[d];
      c[at + 4 * d + 2] = nw[d] - sw[d];
      c[at + 4 * d + 3] = ne[d] - se[d] - nw[d] + sw[d];
    }
  }

  private static long key(int column, int row) {
    return (long) column << 32 | (row & 0xFFFF_FFFFL);
  }

  private double[] node(int column, int row) {
    long key = key(column, row);
    double[] offset = nodes.get(key);
    if (offset == null) {
      double lon = (double) column / NODES_PER_DEGREE;
      double lat = (double) row / NODES_PER_DEGREE;
      scratch[0] = lon;
      scratch[1] = lat;
      CoordinateTransforms.convert(scratch, source, target);
      offset = new double[] {scratch[0] - lon, scratch[1] - lat};
      nodes.put(key, offset);
    }
    return offset;
  }

  /** True when the cell, widened by the margin, reaches an edge of China's rectangle. */
  private static boolean nearChinaEdge(double west, double south, double east, double north) {
    double m = EDGE_MARGIN_DEGREES;
    return crosses(west - m, east + m, ChinaOffsets.MIN_LON) || crosses(west - m, east + m, ChinaOffsets.MAX_LON)
        || crosses(south - m, north + m, ChinaOffsets.MIN_LAT) || crosses(south - m, north + m, ChinaOffsets.MAX_LAT);
  }

  private static boolean crosses(double from, double to, double edge) {
    return from <= edge && edge <= to;
  }

  @Override
  public String toString() {
    return "LatticeTransform[" + source + " → " + target + ", " + nodes.size() + " nodes]";
  }
}
