package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What a layout aims for: the target households per grid, the band around it every grid must keep
 * (±{@code band}, a fraction), how far a grid may stray from its parent's mean ({@code
 * meanTolerance}), the seed for everything random, and whether a building with more households than
 * the band allows may be split into several units. Immutable; the {@code with…} methods return
 * copies.
 *
 * @param target households per grid, e.g. 100 urban (Fuxin), 50 rural, 300 Beipiao-style
 * @param band the allowed relative deviation from the target, e.g. 0.10 for 90–110 households
 * @param meanTolerance the allowed relative deviation from the parent's mean grid size, at most band
 * @param seed the seed for splitting buildings
 * @param splitBuildings whether buildings above the band may be split into units of about the target
 */
public record LayoutSettings(int target, double band, double meanTolerance, long seed, boolean splitBuildings) {
  public LayoutSettings {
    checkArgument(target >= 1, "target %s households is not positive", target);
    checkArgument(band > 0 && band < 1, "band ±%s is not between 0 and 1", band);
    checkArgument(meanTolerance > 0 && meanTolerance <= band, "mean tolerance %s is not in (0, band %s]",
        meanTolerance, band);
  }

  /** {@code target} households ±10 %, within 5 % of the parent's mean, seed 1, buildings atomic. */
  public static LayoutSettings of(int target) {
    return new LayoutSettings(target, 0.10, 0.05, 1, false);
  }

  public LayoutSettings withBand(double band) {
    return new LayoutSettings(target, band, Math.min(meanTolerance, band), seed, splitBuildings);
  }

  public LayoutSettings withMeanTolerance(double meanTolerance) {
    return new LayoutSettings(target, band, meanTolerance, seed, splitBuildings);
  }

  public LayoutSettings withSeed(long seed) {
    return new LayoutSettings(target, band, meanTolerance, seed, splitBuildings);
  }

  public LayoutSettings withSplitBuildings(boolean splitBuildings) {
    return new LayoutSettings(target, band, meanTolerance, seed, splitBuildings);
  }

  /** The fewest households a grid may hold. */
  public double minimum() {
    return rounded(target * (1 - band));
  }

  /** The most households a grid may hold. */
  public double maximum() {
    return rounded(target * (1 + band));
  }

  /** Rounded to 1e-9 so that 100 ±10 % is 90–110 exactly, not 110.00000000000001. */
  private static double rounded(double households) {
    return Math.rint(households * 1e9) / 1e9;
  }
}
