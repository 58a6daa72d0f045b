package org.civicgrid.core.layer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.civicgrid.core.code.LowerKebab;

/**
 * One department's specialist grids as a layer over the territory, and the levels of the social
 * hierarchy they may dock onto (Fuxin docks every specialist grid onto a level-1 or level-2 social
 * grid: a subdistrict or township, a community or village). A layer may hold grids with the same id
 * or grids docked where they should not be; {@link DockedLayers#validate()} reports those. Immutable.
 *
 * @param id lower-kebab, unique among the layers docked onto one hierarchy, for example
 *     {@code police-beats}
 * @param allowedLevels ids of the social levels its grids may dock onto; never empty
 * @param grids in declaration order
 */
public record SpecialistLayer(
    String id, Department department, String name, ImmutableSet<String> allowedLevels,
    ImmutableList<SpecialistGrid> grids) {

  public SpecialistLayer {
    checkArgument(LowerKebab.matches(id), "layer id %s is not lower-kebab", id);
    checkNotNull(department, "layer %s has no department", id);
    checkArgument(name != null && !name.isBlank(), "layer %s has no name", id);
    allowedLevels = ImmutableSet.copyOf(allowedLevels);
    checkArgument(!allowedLevels.isEmpty(), "layer %s docks onto no level", id);
    grids = ImmutableList.copyOf(grids);
  }

  /** Starts the layer {@code id} of {@code department}, for example 警务区 of public security. */
  public static Builder builder(String id, Department department, String name) {
    return new Builder(id, department, name);
  }

  /** The first grid declared with this id, if any. */
  public Optional<SpecialistGrid> grid(String gridId) {
    return grids.stream().filter(g -> g.id().equals(gridId)).findFirst();
  }

  @Override
  public String toString() {
    return "SpecialistLayer " + id + " (" + department.id() + ", " + grids.size() + " grids onto "
        + allowedLevels + ")";
  }

  /** Collects a layer's docking levels and grids. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final Department department;
    private final String name;
    private final ImmutableSet.Builder<String> allowedLevels = ImmutableSet.builder();
    private final ImmutableList.Builder<SpecialistGrid> grids = ImmutableList.builder();

    private Builder(String id, Department department, String name) {
      this.id = id;
      this.department = department;
      this.name = name;
    }

    /** The layer's grids may dock onto grids of each of these social levels. */
    public Builder docksOnto(String... levelIds) {
      for (String levelId : levelIds) {
        allowedLevels.add(checkNotNull(levelId, "layer %s: null level id", id));
      }
      return this;
    }

    public Builder add(SpecialistGrid grid) {
      grids.add(checkNotNull(grid, "layer %s: null grid", id));
      return this;
    }

    public Builder addAll(Iterable<SpecialistGrid> grids) {
      grids.forEach(this::add);
      return this;
    }

    public SpecialistLayer build() {
      return new SpecialistLayer(id, department, name, allowedLevels.build(), grids.build());
    }
  }
}
