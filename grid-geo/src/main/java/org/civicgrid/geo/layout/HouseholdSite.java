package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Where households live, as the layout generator takes them: a building with its household count,
 * or a single household (count 1), at a position in metres east and north in a planar metric frame,
 * with its residents when known. Immutable.
 *
 * @param east metres east of the frame's origin
 * @param north metres north of the frame's origin
 * @param households how many households live here, at least 1
 * @param residents how many people live here, 0 when unknown
 */
public record HouseholdSite(double east, double north, int households, int residents) {
  public HouseholdSite {
    checkArgument(Double.isFinite(east) && Double.isFinite(north), "site (%s, %s) is not finite", east, north);
    checkArgument(households >= 1, "site (%s, %s) has %s households", east, north, households);
    checkArgument(residents >= 0, "site (%s, %s) has %s residents", east, north, residents);
  }

  /** A site whose residents are unknown. */
  public HouseholdSite(double east, double north, int households) {
    this(east, north, households, 0);
  }
}
