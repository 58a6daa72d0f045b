package org.civicgrid.geo.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.locate.GridLocator;
import org.civicgrid.core.locate.Location;
import org.civicgrid.geo.boundary.BoundaryLayer;

/**
 * A {@link GridLocator} that follows boundary changes copy-on-write: each change builds a complete
 * new {@link FlatGridLocator} off to the side and publishes it through a volatile reference, so
 * readers never wait and never see a half-built index; a query in flight finishes on the index it
 * started with. Thread-safe: any number of threads may locate while another replaces; when
 * replacements race, the last one published wins.
 */
public final class LiveGridLocator implements GridLocator {
  private volatile FlatGridLocator current;

  private LiveGridLocator(FlatGridLocator initial) {
    this.current = initial;
  }

  /** A live locator serving {@code initial} until it is replaced. */
  public static LiveGridLocator of(FlatGridLocator initial) {
    return new LiveGridLocator(checkNotNull(initial, "initial"));
  }

  /** A live locator serving the index of {@code layer} (see {@link GridIndex#build}). */
  public static LiveGridLocator of(GridHierarchy hierarchy, BoundaryLayer layer) {
    return of(GridIndex.build(hierarchy, layer));
  }

  /** The index being served now. */
  public FlatGridLocator current() {
    return current;
  }

  /**
   * Serves {@code next} from now on.
   *
   * @throws IllegalArgumentException if {@code next} is in another coordinate system (naming both):
   *     callers chose their points' system by this locator's
   */
  public void replace(FlatGridLocator next) {
    checkNotNull(next, "next");
    checkArgument(next.coordinateSystem() == current.coordinateSystem(),
        "the new boundaries are in %s but this locator serves %s", next.coordinateSystem(),
        current.coordinateSystem());
    current = next;
  }

  /**
   * Builds the index of the changed boundaries and serves it from now on; until then, and if
   * building fails, the previous index keeps serving.
   *
   * @return the index now served
   * @throws IllegalArgumentException as {@link GridIndex#build} and {@link #replace} do
   */
  public FlatGridLocator rebuild(GridHierarchy hierarchy, BoundaryLayer layer) {
    FlatGridLocator next = GridIndex.build(hierarchy, layer);
    replace(next);
    return next;
  }

  @Override
  public CoordinateSystem coordinateSystem() {
    return current.coordinateSystem();
  }

  @Override
  public Location locate(GeoPoint point) {
    return current.locate(point);
  }

  @Override
  public String toString() {
    return "LiveGridLocator[" + current + "]";
  }
}
