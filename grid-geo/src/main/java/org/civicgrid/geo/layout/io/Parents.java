package org.civicgrid.geo.layout.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.civicgrid.geo.crs.LocalFrame;
import org.civicgrid.geo.layout.LayoutParent;

/**
 * The parents read from a parents file, in the file's order, with the frame their areas were
 * converted to metres in; lay out the households in the same frame. Immutable and thread-safe.
 *
 * @param frame the frame the parents' areas are in
 * @param all the parents, in the file's order
 */
public record Parents(LocalFrame frame, ImmutableList<LayoutParent> all) {
  public Parents {
    checkNotNull(frame, "frame");
    all = ImmutableList.copyOf(all);
  }

  /** The parent with {@code id}, if there is one. */
  public Optional<LayoutParent> parent(String id) {
    return all.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
