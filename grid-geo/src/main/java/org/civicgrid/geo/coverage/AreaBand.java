package org.civicgrid.geo.coverage;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How large the grids of one level should be, in m², inclusive at both ends. Level schemes carry
 * household bands only, so area bands are given to a {@link SizingCheck} per level. Immutable.
 *
 * @param minSquareMetres the smallest acceptable area
 * @param maxSquareMetres the largest acceptable area
 */
public record AreaBand(double minSquareMetres, double maxSquareMetres) {
  public AreaBand {
    checkArgument(Double.isFinite(minSquareMetres) && Double.isFinite(maxSquareMetres)
        && 0 <= minSquareMetres && minSquareMetres <= maxSquareMetres,
        "bad area band %s–%s m²", minSquareMetres, maxSquareMetres);
  }

  /** A band from {@code min} to {@code max} hectares (10,000 m² each). */
  public static AreaBand hectares(double min, double max) {
    return new AreaBand(min * 10_000, max * 10_000);
  }

  public boolean contains(double squareMetres) {
    return squareMetres >= minSquareMetres && squareMetres <= maxSquareMetres;
  }

  @Override
  public String toString() {
    return SquareMetres.format(minSquareMetres) + "–" + SquareMetres.format(maxSquareMetres);
  }
}
