package org.civicgrid.core.scheme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.civicgrid.core.code.CodeRule;
import org.civicgrid.core.code.CodeSegment;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.code.InvalidCodeException;
import org.civicgrid.core.code.SegmentRange;

/**
 * How a territory is divided: its {@link Level}s from the top down, which level may hang under which,
 * and the code rules that follow. Branches may share a top level (a county with urban subdistricts
 * and rural townships). Schemes are configuration; {@link LevelSchemes} has presets.
 *
 * <p>Immutable and thread-safe.
 */
public final class LevelScheme {
  private final String id;
  private final String name;
  private final ImmutableMap<String, Level> levels;
  private final ImmutableMap<Integer, ImmutableList<Level>> levelsByCodeLength;

  private LevelScheme(String id, String name, ImmutableMap<String, Level> levels) {
    this.id = id;
    this.name = name;
    this.levels = levels;
    Map<Integer, ImmutableList.Builder<Level>> byLength = new LinkedHashMap<>();
    levels.values().forEach(l -> byLength.computeIfAbsent(l.codeLength(), k -> ImmutableList.builder()).add(l));
    ImmutableMap.Builder<Integer, ImmutableList<Level>> index = ImmutableMap.builder();
    byLength.forEach((k, v) -> index.put(k, v.build()));
    this.levelsByCodeLength = index.build();
  }

  /**
   * A scheme of {@code levels}, listed from the top down: each level's parents must come before it,
   * and a parent's codes must be shorter than the start of the child's own segment.
   */
  public static LevelScheme of(String id, String name, List<Level> levels) {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkArgument(!levels.isEmpty(), "scheme %s has no levels", id);
    Map<String, Level> byId = new LinkedHashMap<>();
    for (Level level : levels) {
      checkArgument(!byId.containsKey(level.id()), "scheme %s: level %s declared twice", id, level.id());
      for (String parentId : level.parents()) {
        Level parent = byId.get(parentId);
        checkArgument(parent != null, "scheme %s: level %s hangs under %s, which is not declared before it",
            id, level.id(), parentId);
        checkArgument(parent.codeLength() <= level.segmentStart(),
            "scheme %s: level %s codes (%s) do not fit before the segment of %s (from %s)",
            id, parentId, parent.codeLength(), level.id(), level.segmentStart());
      }
      byId.put(level.id(), level);
    }
    return new LevelScheme(id, name, ImmutableMap.copyOf(byId));
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** All levels, from the top down. */
  public ImmutableList<Level> levels() {
    return levels.values().asList();
  }

  public Optional<Level> findLevel(String levelId) {
    return Optional.ofNullable(levels.get(levelId));
  }

  /** The level with this id; a caller mistake if there is none. */
  public Level level(String levelId) {
    Level level = levels.get(levelId);
    checkArgument(level != null, "scheme %s has no level %s (levels: %s)", id, levelId, levels.keySet());
    return level;
  }

  /** The levels a grid may hang under directly. */
  public ImmutableList<Level> childLevels(Level parent) {
    return levels.values().stream().filter(l -> l.parents().contains(parent.id())).collect(ImmutableList.toImmutableList());
  }

  public boolean allowsUnder(Level child, Level parent) {
    return child.parents().contains(parent.id());
  }

  /**
   * Checks that {@code code} is a valid code of {@code level} hanging under {@code parent} (null for
   * a top-level grid): its length, its own segment, the parent prefix and the zero padding between.
   *
   * @throws InvalidCodeException naming the code and the first rule it breaks
   */
  public void checkCode(GridCode code, Level level, GridCode parent) {
    String value = code.value();
    if (value.length() != level.codeLength()) {
      throw new InvalidCodeException(value, CodeRule.LENGTH,
          "a " + level.id() + " code has " + level.codeLength() + " characters, not " + value.length());
    }
    int start = level.segmentStart();
    level.segment().check(value, value.substring(start));
    int from = 0;
    if (parent != null) {
      if (!parent.isPrefixOf(code) || parent.length() > start) {
        throw new InvalidCodeException(value, CodeRule.PREFIX, "does not extend its parent's code " + parent);
      }
      from = parent.length();
    } else if (!level.isTop()) {
      return; // A detached grid: only its own segment can be checked.
    }
    for (int i = from; i < start; i++) {
      if (parent != null && value.charAt(i) != '0') {
        throw new InvalidCodeException(value, CodeRule.PADDING,
            "characters " + (from + 1) + "–" + start + " between parent " + parent + " and the " + level.id()
                + " segment must be zeros");
      }
    }
  }

  /**
   * The level a code belongs to, told by its length and, where levels share a length, by the ranges
   * its segments fall in all the way up: a 9-digit code ending 001–099 is a subdistrict, 100–399 a
   * township; a 15-digit Fuxin code is a compound when its community segment is 001–199 and a hamlet
   * when its village segment is 200–399.
   *
   * @throws InvalidCodeException with {@link CodeRule#NO_LEVEL} when no level, or more than one, fits
   */
  public Level levelOf(GridCode code) {
    ImmutableList<Level> sameLength = levelsByCodeLength.getOrDefault(code.length(), ImmutableList.of());
    List<Level> fitting = sameLength.stream().filter(l -> fitsChain(code, l)).toList();
    if (fitting.size() == 1) {
      return fitting.get(0);
    }
    String detail = fitting.isEmpty()
        ? "no level of scheme " + id + " has " + code.length() + "-character codes with this segment"
        : "ambiguous between levels " + fitting.stream().map(Level::id).toList();
    throw new InvalidCodeException(code.value(), CodeRule.NO_LEVEL, detail);
  }

  /** The code's own segment fits {@code level} and its prefix fits one of the level's parents. */
  private boolean fitsChain(GridCode code, Level level) {
    return fits(code, level) && (level.isTop() || level.parents().stream()
        .map(levels::get)
        .anyMatch(parent -> fitsChain(code.prefix(parent.codeLength()), parent)));
  }

  private static boolean fits(GridCode code, Level level) {
    String segment = code.segment(level.segmentStart(), code.length());
    CodeSegment s = level.segment();
    return s.isNumeric() ? s.classify(segment).isPresent() : true;
  }

  /**
   * The next free code for a child of {@code parent} at {@code level}, after the highest of the
   * {@code siblings} already used; zeros pad a parent code shorter than the level's segment start.
   *
   * @throws InvalidCodeException with {@link CodeRule#SEQUENCE_OVERFLOW} when the segment is full
   */
  public GridCode nextChildCode(GridCode parent, Level level, Collection<GridCode> siblings) {
    CodeSegment segment = level.segment();
    checkArgument(segment.isNumeric(), "level %s has a non-numeric segment; choose its codes yourself", level.id());
    checkArgument(parent.length() <= level.segmentStart(), "parent %s is too long for level %s", parent, level.id());
    int start = level.segmentStart();
    OptionalLong highest = siblings.stream()
        .filter(c -> c.length() == level.codeLength() && parent.isPrefixOf(c))
        .map(c -> c.segment(start, c.length()))
        .filter(s -> segment.classify(s).isPresent())
        .mapToLong(Long::parseLong)
        .max();
    long next = highest.isPresent() ? highest.getAsLong() + 1 : segment.ranges().get(0).from();
    long candidate = next;
    Optional<SegmentRange> range = segment.ranges().stream().filter(r -> r.to() >= candidate).findFirst();
    if (range.isEmpty()) {
      throw new InvalidCodeException(parent.value(), CodeRule.SEQUENCE_OVERFLOW,
          "no free " + level.id() + " code under " + parent + ": " + segment.name() + " is full at "
              + segment.format(segment.maxAllowed()));
    }
    next = Math.max(next, range.get().from());
    return GridCode.of(parent.value() + "0".repeat(start - parent.length()) + segment.format(next));
  }

  /** Equal when id, name and the levels, in their order, are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof LevelScheme other && id.equals(other.id) && name.equals(other.name)
        && levels().equals(other.levels());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, levels());
  }

  @Override
  public String toString() {
    return "LevelScheme " + id + " " + levels.keySet();
  }
}
