package org.civicgrid.core.scheme;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Size guidance for the grids of one level: the number of households a grid should hold, with a
 * target inside an inclusive band (Fuxin: an urban level-4 grid ≈ 100 households).
 */
public record HouseholdBand(int min, int target, int max) {
  public HouseholdBand {
    checkArgument(0 <= min && min <= target && target <= max, "bad band %s ≤ %s ≤ %s", min, target, max);
  }

  /** A band of {@code target} ± {@code percent} %. */
  public static HouseholdBand around(int target, int percent) {
    checkArgument(target > 0 && percent >= 0 && percent < 100, "bad band %s ± %s %", target, percent);
    int slack = target * percent / 100;
    return new HouseholdBand(target - slack, target, target + slack);
  }

  public static HouseholdBand of(int min, int max) {
    return new HouseholdBand(min, (min + max) / 2, max);
  }

  public boolean contains(long households) {
    return households >= min && households <= max;
  }

  @Override
  public String toString() {
    return min + "–" + max + " households (target " + target + ")";
  }
}
