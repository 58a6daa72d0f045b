package org.civicgrid.geo.layout;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a {@link LayoutReport} measures of one grid (layout anchors §3): households and residents of the
 * sites inside it and how far the households are from the target, its area and compactness, its
 * neighbours, its staff workload, how long a patrol through its sites is, and how far its households
 * live from its service point. Distances are straight lines in the layout's metric frame. Immutable.
 *
 * @param code the grid's code
 * @param parent the parent's id
 * @param households households of the sites inside the grid
 * @param residents residents of those sites, counting only sites whose residents are known
 * @param sites sites inside the grid
 * @param deviation (households − target) / target: −0.1 is 10 % below the target
 * @param areaSquareMetres the grid's area, m²
 * @param polsbyPopper 4πA/P², see {@link LayoutGrid#polsbyPopper()}
 * @param hullRatio A / A(hull), see {@link LayoutGrid#hullRatio()}
 * @param neighbours grids, of any parent, whose boundaries share an edge of positive length with this one
 * @param fullTimeWorkers the full-time workers the grid is staffed with, when a staffing was given
 * @param householdsPerFullTimeWorker households per full-time worker, when the grid has any
 * @param patrolMetres a closed tour from the service point through every site and back (nearest
 *     neighbour, then 2-opt)
 * @param bhhMetres the Beardwood–Halton–Hammersley estimate of that tour, 0.7124·√(sites·area)
 * @param serviceEast the service point, metres east
 * @param serviceNorth the service point, metres north
 * @param meanDistance household-weighted mean distance from the sites to the service point, metres
 * @param p95Distance household-weighted 95th percentile of that distance (nearest rank), metres
 */
public record GridFigures(String code, String parent, int households, long residents, int sites, double deviation,
    double areaSquareMetres, double polsbyPopper, double hullRatio, int neighbours, OptionalInt fullTimeWorkers,
    OptionalDouble householdsPerFullTimeWorker, double patrolMetres, double bhhMetres, double serviceEast,
    double serviceNorth, double meanDistance, double p95Distance) {

  /** The Beardwood–Halton–Hammersley constant for a tour through uniform random points in a plane. */
  public static final double BHH = 0.7124;

  public GridFigures {
    checkNotNull(code, "code");
    checkNotNull(parent, "parent");
    checkNotNull(fullTimeWorkers, "fullTimeWorkers");
    checkNotNull(householdsPerFullTimeWorker, "householdsPerFullTimeWorker");
  }
}
