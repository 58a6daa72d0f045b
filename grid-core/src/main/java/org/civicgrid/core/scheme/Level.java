package org.civicgrid.core.scheme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicgrid.core.code.CodeSegment;

/**
 * One level of a {@link LevelScheme}: its names, the total length of its codes, the segment it adds
 * (the last characters of the code), optional household guidance, and the levels it may hang under.
 *
 * <p>When a grid hangs under a parent whose code is shorter than {@code codeLength - segment
 * length} (a township directly under a city with no county level, NBS 441900003 under 4419), the
 * characters in between must be zeros. Immutable.
 */
public final class Level {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String id;
  private final String nameZh;
  private final String nameEn;
  private final int codeLength;
  private final CodeSegment segment;
  private final HouseholdBand households;
  private final ImmutableSet<String> parents;

  private Level(Builder b) {
    this.id = b.id;
    this.nameZh = b.nameZh;
    this.nameEn = b.nameEn;
    this.codeLength = b.codeLength;
    this.segment = b.segment;
    this.households = b.households;
    this.parents = b.parents.build();
  }

  /** Starts a level with a lower-kebab id such as {@code community}. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  public String id() {
    return id;
  }

  /** The Chinese name, for example 社区. */
  public String nameZh() {
    return nameZh;
  }

  /** The English name, for example community. */
  public String nameEn() {
    return nameEn;
  }

  /** The total length of this level's codes. */
  public int codeLength() {
    return codeLength;
  }

  /** The segment this level adds: the last {@code segment().length()} characters of its codes. */
  public CodeSegment segment() {
    return segment;
  }

  public Optional<HouseholdBand> households() {
    return Optional.ofNullable(households);
  }

  /** Ids of the levels a grid of this level may hang under; empty for a top level. */
  public ImmutableSet<String> parents() {
    return parents;
  }

  public boolean isTop() {
    return parents.isEmpty();
  }

  /** Position of this level's own segment in its codes. */
  public int segmentStart() {
    return codeLength - segment.length();
  }

  /** Equal when every attribute is equal: id, names, code length, segment, household band and parents. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Level other && id.equals(other.id) && nameZh.equals(other.nameZh)
        && nameEn.equals(other.nameEn) && codeLength == other.codeLength && segment.equals(other.segment)
        && Objects.equals(households, other.households) && parents.equals(other.parents);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, nameZh, nameEn, codeLength, segment, households, parents);
  }

  @Override
  public String toString() {
    return id + " (" + nameZh + ", " + codeLength + " characters)";
  }

  /** Builds a {@link Level}. */
  public static final class Builder {
    private final String id;
    private String nameZh;
    private String nameEn;
    private int codeLength;
    private CodeSegment segment;
    private HouseholdBand households;
    private final ImmutableSet.Builder<String> parents = ImmutableSet.builder();

    private Builder(String id) {
      checkArgument(id != null && ID.matcher(id).matches(), "level id %s is not lower-kebab", id);
      this.id = id;
    }

    public Builder names(String zh, String en) {
      this.nameZh = checkNotNull(zh, "zh");
      this.nameEn = checkNotNull(en, "en");
      return this;
    }

    /** Codes of this level have {@code length} characters, ending with {@code segment}. */
    public Builder code(int length, CodeSegment segment) {
      checkArgument(length >= segment.length(), "level %s: code length %s shorter than its segment", id, length);
      this.codeLength = length;
      this.segment = segment;
      return this;
    }

    public Builder households(HouseholdBand band) {
      this.households = checkNotNull(band, "band");
      return this;
    }

    /** This level may hang under each of the given levels. */
    public Builder under(String... parentIds) {
      parents.add(parentIds);
      return this;
    }

    public Level build() {
      checkState(nameZh != null, "level %s has no names", id);
      checkState(segment != null, "level %s has no code", id);
      return new Level(this);
    }
  }
}
