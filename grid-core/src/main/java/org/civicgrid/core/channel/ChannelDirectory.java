package org.civicgrid.core.channel;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.scheme.Level;

/**
 * Which online channel serves which grid (一格一群): a channel serves exactly one grid, a grid may
 * have several channels (a WeChat group and a WeCom group). Finds the grid of a group a message was
 * posted in, the grids still without a channel, and the channels left on grids a re-division retired.
 *
 * <p>The directory does not hold a hierarchy, because bindings outlive re-divisions: checks take the
 * current {@link GridHierarchy}. Changes return a new directory and copy the bindings, so load many
 * at once with {@link #of}. Immutable and thread-safe.
 */
public final class ChannelDirectory {
  private static final ChannelDirectory EMPTY = new ChannelDirectory(ImmutableMap.of());

  private final ImmutableMap<ChannelId, ChannelBinding> byChannel;
  private final ImmutableListMultimap<GridCode, ChannelBinding> byGrid;

  private ChannelDirectory(ImmutableMap<ChannelId, ChannelBinding> byChannel) {
    this.byChannel = byChannel;
    ImmutableListMultimap.Builder<GridCode, ChannelBinding> grids = ImmutableListMultimap.builder();
    byChannel.values().forEach(b -> grids.put(b.grid(), b));
    this.byGrid = grids.build();
  }

  public static ChannelDirectory empty() {
    return EMPTY;
  }

  /**
   * A directory of these bindings, in this order.
   *
   * @throws CivicGridException with {@link ErrorCode#ILLEGAL_CHANGE} naming the channel and both
   *     grids when a channel is bound twice; no directory is made
   */
  public static ChannelDirectory of(Collection<ChannelBinding> bindings) {
    Map<ChannelId, ChannelBinding> byChannel = new LinkedHashMap<>();
    for (ChannelBinding binding : bindings) {
      checkNotNull(binding, "binding");
      ChannelBinding earlier = byChannel.putIfAbsent(binding.channel().id(), binding);
      if (earlier != null) {
        throw alreadyBound(earlier, binding.grid());
      }
    }
    return byChannel.isEmpty() ? EMPTY : new ChannelDirectory(ImmutableMap.copyOf(byChannel));
  }

  /**
   * This directory with {@code channel} serving {@code grid} since {@code since}.
   *
   * @throws CivicGridException with {@link ErrorCode#ILLEGAL_CHANGE} naming the channel and both
   *     grids when the channel is bound already; unbind it first to move it
   */
  public ChannelDirectory bind(OnlineChannel channel, GridCode grid, LocalDate since) {
    return bind(new ChannelBinding(channel, grid, since));
  }

  /**
   * This directory with {@code binding} added.
   *
   * @throws CivicGridException with {@link ErrorCode#ILLEGAL_CHANGE} naming the channel and both
   *     grids when the channel is bound already; unbind it first to move it
   */
  public ChannelDirectory bind(ChannelBinding binding) {
    checkNotNull(binding, "binding");
    ChannelBinding earlier = byChannel.get(binding.channel().id());
    if (earlier != null) {
      throw alreadyBound(earlier, binding.grid());
    }
    return new ChannelDirectory(ImmutableMap.<ChannelId, ChannelBinding>builder()
        .putAll(byChannel).put(binding.channel().id(), binding).buildOrThrow());
  }

  /**
   * This directory without the channel {@code id}.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming the channel when it is not bound
   */
  public ChannelDirectory unbind(ChannelId id) {
    checkNotNull(id, "id");
    if (!byChannel.containsKey(id)) {
      throw new CivicGridException(ErrorCode.NOT_FOUND, "channel " + id + " is not bound to any grid");
    }
    Map<ChannelId, ChannelBinding> rest = new LinkedHashMap<>(byChannel);
    rest.remove(id);
    return rest.isEmpty() ? EMPTY : new ChannelDirectory(ImmutableMap.copyOf(rest));
  }

  /** This directory without group {@code groupId} of {@code platform}; see {@link #unbind(ChannelId)}. */
  public ChannelDirectory unbind(String platform, String groupId) {
    return unbind(new ChannelId(platform, groupId));
  }

  /** Every binding, in the order bound. */
  public ImmutableList<ChannelBinding> bindings() {
    return byChannel.values().asList();
  }

  public int size() {
    return byChannel.size();
  }

  public Optional<ChannelBinding> binding(ChannelId id) {
    return Optional.ofNullable(byChannel.get(id));
  }

  /** The channels serving {@code grid}, in the order bound. */
  public ImmutableList<OnlineChannel> channels(GridCode grid) {
    return byGrid.get(checkNotNull(grid, "grid")).stream().map(ChannelBinding::channel)
        .collect(ImmutableList.toImmutableList());
  }

  /** The grid served by group {@code groupId} of {@code platform}: where a post in that group belongs. */
  public Optional<GridCode> grid(String platform, String groupId) {
    return binding(new ChannelId(platform, groupId)).map(ChannelBinding::grid);
  }

  /**
   * The grids of {@code level} in {@code hierarchy} that no channel serves, depth-first. The level
   * is matched by id, so a level of an equal scheme built elsewhere works too.
   *
   * @throws IllegalArgumentException when the hierarchy's scheme has no level with that id
   */
  public ImmutableList<Grid> gridsWithoutChannel(GridHierarchy hierarchy, Level level) {
    checkNotNull(level, "level");
    String levelId = hierarchy.scheme().level(level.id()).id();
    return unserved(hierarchy, g -> g.level().id().equals(levelId));
  }

  /** The bindings whose grid {@code current} does not have (retired in a re-division, or mistyped). */
  public ImmutableList<ChannelBinding> orphanedChannels(GridHierarchy current) {
    checkNotNull(current, "current");
    return byChannel.values().stream().filter(b -> !current.contains(b.grid()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every finding against {@code current}, expecting a channel on every leaf grid (the smallest
   * grids, where residents are): leaf grids without a channel ({@link ChannelRule#GRID_WITHOUT_CHANNEL})
   * and channels of grids it does not have ({@link ChannelRule#CHANNEL_OF_UNKNOWN_GRID}).
   */
  public Report validate(GridHierarchy current) {
    checkNotNull(current, "current");
    return check(current, Grid::isLeaf);
  }

  /**
   * As {@link #validate(GridHierarchy)}, but expecting a channel on every grid of {@code levels},
   * for example on communities too where each has a community-wide service group as well.
   *
   * @throws IllegalArgumentException when the hierarchy's scheme has no level with one of their ids
   */
  public Report validate(GridHierarchy current, Collection<Level> levels) {
    checkNotNull(current, "current");
    ImmutableSet<String> ids = levels.stream().map(l -> current.scheme().level(l.id()).id())
        .collect(ImmutableSet.toImmutableSet());
    return check(current, g -> ids.contains(g.level().id()));
  }

  private Report check(GridHierarchy current, Predicate<Grid> expectsChannel) {
    List<Finding> findings = new ArrayList<>();
    for (Grid grid : unserved(current, expectsChannel)) {
      findings.add(Finding.of(ChannelRule.GRID_WITHOUT_CHANNEL, grid.code().value(),
          grid.name() + " (" + grid.level().id() + ") has no online channel"));
    }
    for (ChannelBinding orphan : orphanedChannels(current)) {
      findings.add(Finding.of(ChannelRule.CHANNEL_OF_UNKNOWN_GRID, orphan.channel().id().toString(),
          "'" + orphan.channel().displayName() + "' is bound to grid " + orphan.grid() + " since " + orphan.since()
              + ", which the hierarchy does not have (retired in a re-division, or mistyped)"));
    }
    return Report.of(findings);
  }

  private ImmutableList<Grid> unserved(GridHierarchy hierarchy, Predicate<Grid> expectsChannel) {
    return hierarchy.grids().stream().filter(expectsChannel).filter(g -> !byGrid.containsKey(g.code()))
        .collect(ImmutableList.toImmutableList());
  }

  private static CivicGridException alreadyBound(ChannelBinding earlier, GridCode grid) {
    return new CivicGridException(ErrorCode.ILLEGAL_CHANGE, "channel " + earlier.channel().id() + " '"
        + earlier.channel().displayName() + "' is bound to grid " + earlier.grid() + " since " + earlier.since()
        + "; it cannot also be bound to grid " + grid);
  }

  @Override
  public String toString() {
    return "ChannelDirectory[" + byChannel.size() + " channels on " + byGrid.keySet().size() + " grids]";
  }
}
