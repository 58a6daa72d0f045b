package org.civicgrid.core.hierarchy;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.scheme.Level;

/**
 * A grid in a {@link GridHierarchy}: its declared {@link GridNode}, its {@link Level}, its place in
 * the tree and the households and residents rolled up from everything below it.
 *
 * <p>The ancestor test is O(1): grids are numbered depth-first, so a subtree is the contiguous range
 * {@code [position, end)}. Immutable and thread-safe; belongs to one snapshot.
 */
public final class Grid {
  private final GridHierarchy hierarchy;
  private final GridNode node;
  private final Level level;
  private final int position;
  private final int end;
  private final int depth;
  private final long households;
  private final long residents;

  Grid(GridHierarchy hierarchy, GridNode node, Level level, int position, int end, int depth,
      long households, long residents) {
    this.hierarchy = hierarchy;
    this.node = node;
    this.level = level;
    this.position = position;
    this.end = end;
    this.depth = depth;
    this.households = households;
    this.residents = residents;
  }

  public GridNode node() {
    return node;
  }

  public GridCode code() {
    return node.code();
  }

  public String name() {
    return node.name();
  }

  public Level level() {
    return level;
  }

  /** Number of ancestors: 0 for a top grid. */
  public int depth() {
    return depth;
  }

  /** Households in this grid and everything below it. */
  public long households() {
    return households;
  }

  /** Residents in this grid and everything below it. */
  public long residents() {
    return residents;
  }

  public Optional<Grid> parent() {
    return hierarchy.parentOf(position);
  }

  /** Direct children, ordered by code. */
  public ImmutableList<Grid> children() {
    return hierarchy.childrenOf(position, end);
  }

  /** Every grid below this one, depth-first. */
  public ImmutableList<Grid> descendants() {
    return hierarchy.range(position + 1, end);
  }

  /** The places recorded directly in this grid. */
  public ImmutableList<Place> places() {
    return hierarchy.placesIn(position, position + 1);
  }

  /** The places in this grid and every grid below it. */
  public ImmutableList<Place> placesWithin() {
    return hierarchy.placesIn(position, end);
  }

  public boolean isLeaf() {
    return end == position + 1;
  }

  /** True when {@code other} lies strictly below this grid, in the same snapshot. O(1). */
  public boolean isAncestorOf(Grid other) {
    return other.hierarchy == hierarchy && position < other.position && other.position < end;
  }

  /**
   * This grid's index in {@link GridHierarchy#grids()}, 0 to {@code size() - 1}: a dense key for
   * tables built per snapshot, such as the staffing's posts by grid, that find a grid's entry with one
   * array read instead of a lookup by code. Valid in this grid's hierarchy only.
   */
  public int position() {
    return position;
  }

  int end() {
    return end;
  }

  @Override
  public String toString() {
    return node.code() + " " + node.name() + " (" + level.id() + ", " + households + " households)";
  }
}
