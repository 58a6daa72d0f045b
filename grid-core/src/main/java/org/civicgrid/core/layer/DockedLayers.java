package org.civicgrid.core.layer;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.report.Report;

/**
 * The specialist layers of several departments docked onto one social hierarchy (多网合一, "上面千条线、
 * 下面一张网"): which specialist grids and departments serve a grid, which social grid a specialist
 * grid is docked onto, and a {@link #validate() check} of every docking.
 *
 * <p>Query indexes are built once, when the set is built; a query costs one map lookup per grid on
 * the way to the top, whatever the number of layers. Answers list layers in registration order and
 * each layer's grids in declaration order. Docking is not checked while building, so a set can be
 * inspected whatever its state; call {@link #validate()} for the findings. Immutable and thread-safe.
 */
public final class DockedLayers {
  private final GridHierarchy hierarchy;
  private final ImmutableMap<String, SpecialistLayer> layers;
  private final ImmutableListMultimap<GridCode, Docking> byGrid;
  /** Per layer id, its grids by id; the first declared wins when ids repeat. */
  private final ImmutableMap<String, ImmutableMap<String, SpecialistGrid>> gridsById;

  private DockedLayers(GridHierarchy hierarchy, ImmutableMap<String, SpecialistLayer> layers) {
    this.hierarchy = hierarchy;
    this.layers = layers;
    ImmutableListMultimap.Builder<GridCode, Docking> docked = ImmutableListMultimap.builder();
    ImmutableMap.Builder<String, ImmutableMap<String, SpecialistGrid>> byLayer = ImmutableMap.builder();
    for (SpecialistLayer layer : layers.values()) {
      Map<String, SpecialistGrid> grids = new LinkedHashMap<>();
      for (SpecialistGrid grid : layer.grids()) {
        grids.putIfAbsent(grid.id(), grid);
        if (grid.isDocked()) {
          docked.put(grid.dockedTo(), new Docking(layer, grid));
        }
      }
      byLayer.put(layer.id(), ImmutableMap.copyOf(grids));
    }
    this.byGrid = docked.build();
    this.gridsById = byLayer.buildOrThrow();
  }

  private DockedLayers(DockedLayers indexes, GridHierarchy hierarchy) {
    this.hierarchy = hierarchy;
    this.layers = indexes.layers;
    this.byGrid = indexes.byGrid;
    this.gridsById = indexes.gridsById;
  }

  /**
   * These layers docked onto {@code hierarchy}.
   *
   * @throws IllegalArgumentException naming the id when two layers share an id
   */
  public static DockedLayers of(GridHierarchy hierarchy, List<SpecialistLayer> layers) {
    Builder builder = builder(hierarchy);
    layers.forEach(builder::register);
    return builder.build();
  }

  /** Starts a set of layers docked onto {@code hierarchy}. */
  public static Builder builder(GridHierarchy hierarchy) {
    return new Builder(hierarchy);
  }

  /** The social hierarchy the layers are docked onto. */
  public GridHierarchy hierarchy() {
    return hierarchy;
  }

  /** The layers, in registration order. */
  public ImmutableList<SpecialistLayer> layers() {
    return layers.values().asList();
  }

  public Optional<SpecialistLayer> layer(String id) {
    return Optional.ofNullable(layers.get(id));
  }

  /**
   * The same layers docked onto another snapshot of the territory, typically after a re-division;
   * {@link #validate()} then shows the dockings left on retired grids.
   */
  public DockedLayers withHierarchy(GridHierarchy hierarchy) {
    return new DockedLayers(this, checkNotNull(hierarchy, "hierarchy"));
  }

  /**
   * The specialist grids docked exactly onto {@code code}. Answers for any code, including one the
   * hierarchy does not have, so dangling dockings can be inspected.
   */
  public ImmutableList<Docking> dockedAt(GridCode code) {
    return byGrid.get(checkNotNull(code, "code"));
  }

  /**
   * The specialist grids that serve {@code code}: docked onto it or onto any of its ancestors,
   * nearest first. For a point in a leaf grid, these are every department's grids covering it.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} when the hierarchy has no such grid
   */
  public ImmutableList<Docking> dockedCovering(GridCode code) {
    ImmutableList.Builder<Docking> covering = ImmutableList.builder();
    for (Grid grid : hierarchy.pathToTop(checkNotNull(code, "code"))) {
      covering.addAll(byGrid.get(grid.code()));
    }
    return covering.build();
  }

  /** The departments with a specialist grid docked exactly onto {@code code}. */
  public ImmutableSet<Department> departmentsAt(GridCode code) {
    return dockedAt(code).stream().map(Docking::department).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The departments serving {@code code} through a specialist grid docked onto it or an ancestor,
   * nearest first: who reports in (部门报到) when this grid blows the whistle.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} when the hierarchy has no such grid
   */
  public ImmutableSet<Department> departmentsCovering(GridCode code) {
    return dockedCovering(code).stream().map(Docking::department).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The social grid that specialist grid {@code specialistGridId} of layer {@code layerId} is docked
   * onto; empty while it is undocked. Where a layer repeats an id, the first grid declared answers.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming the layer or grid that does
   *     not exist
   */
  public Optional<GridCode> socialGridOf(String layerId, String specialistGridId) {
    ImmutableMap<String, SpecialistGrid> grids = gridsById.get(layerId);
    if (grids == null) {
      throw new CivicGridException(ErrorCode.NOT_FOUND,
          "no specialist layer " + layerId + " (layers: " + layers.keySet() + ")");
    }
    SpecialistGrid grid = grids.get(specialistGridId);
    if (grid == null) {
      throw new CivicGridException(ErrorCode.NOT_FOUND,
          "no specialist grid " + specialistGridId + " in layer " + layerId);
    }
    return grid.socialGrid();
  }

  /** Every finding about the layers and their docking onto the hierarchy; never throws for bad data. */
  public Report validate() {
    return DockingCheck.check(hierarchy, layers.values());
  }

  @Override
  public String toString() {
    return "DockedLayers[" + layers.keySet() + " onto " + hierarchy + "]";
  }

  /** Registers layers, then builds the set and its indexes once. Not thread-safe. */
  public static final class Builder {
    private final GridHierarchy hierarchy;
    private final Map<String, SpecialistLayer> layers = new LinkedHashMap<>();

    private Builder(GridHierarchy hierarchy) {
      this.hierarchy = checkNotNull(hierarchy, "hierarchy");
    }

    /**
     * Adds a layer.
     *
     * @throws IllegalArgumentException naming the id when a layer with this id is registered already
     */
    public Builder register(SpecialistLayer layer) {
      checkNotNull(layer, "layer");
      checkArgument(!layers.containsKey(layer.id()), "layer %s is registered already", layer.id());
      layers.put(layer.id(), layer);
      return this;
    }

    public DockedLayers build() {
      return new DockedLayers(hierarchy, ImmutableMap.copyOf(layers));
    }
  }
}
