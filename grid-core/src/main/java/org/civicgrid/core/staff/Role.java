package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A post in a grid's team, as data: id, names, kind, duties, and whether the post has at most one
 * holder per grid at a time (a grid leader) or any number (volunteers). {@link Roles} has the roles
 * shared by the presets; {@link RoleCatalogue} collects a city's roles. Which levels need which roles,
 * and how many, is a staffing policy, not part of the role. Immutable.
 *
 * @param singleHolder true when a grid has at most one holder of this role on any day; {@link
 *     Staffing} rejects overlapping assignments to such a role in one grid
 */
public record Role(
    RoleId id, String nameZh, String nameEn, RoleKind kind, ImmutableList<Duty> duties, boolean singleHolder) {

  public Role {
    checkNotNull(id, "id");
    checkArgument(nameZh != null && !nameZh.isBlank(), "role %s has no Chinese name", id);
    checkArgument(nameEn != null && !nameEn.isBlank(), "role %s has no English name", id);
    checkNotNull(kind, "role %s has no kind", id);
    duties = ImmutableList.copyOf(duties);
    checkArgument(duties.stream().map(Duty::id).distinct().count() == duties.size(),
        "role %s lists a duty twice: %s", id, duties);
  }

  /** Starts a role with this id; see {@link RoleId} for the form. */
  public static Builder builder(String id) {
    return new Builder(RoleId.of(id));
  }

  /** The same role (same id) under the names a city uses for it: Dongcheng's 网格警员 is the community police officer. */
  public Role withNames(String zh, String en) {
    return new Role(id, zh, en, kind, duties, singleHolder);
  }

  /** The same role with these duties instead, as one city assigns them. */
  public Role withDuties(List<Duty> duties) {
    return new Role(id, nameZh, nameEn, kind, ImmutableList.copyOf(duties), singleHolder);
  }

  @Override
  public String toString() {
    return id + " (" + nameZh + ", " + kind + (singleHolder ? ", single holder" : "") + ")";
  }

  /** Builds a {@link Role}. Not thread-safe. */
  public static final class Builder {
    private final RoleId id;
    private String nameZh;
    private String nameEn;
    private RoleKind kind;
    private final ImmutableList.Builder<Duty> duties = ImmutableList.builder();
    private boolean singleHolder;

    private Builder(RoleId id) {
      this.id = id;
    }

    public Builder names(String zh, String en) {
      this.nameZh = zh;
      this.nameEn = en;
      return this;
    }

    public Builder kind(RoleKind kind) {
      this.kind = checkNotNull(kind, "kind");
      return this;
    }

    public Builder duties(List<Duty> duties) {
      this.duties.addAll(duties);
      return this;
    }

    /** At most one holder per grid at a time. */
    public Builder singleHolder() {
      this.singleHolder = true;
      return this;
    }

    public Role build() {
      checkState(nameZh != null, "role %s has no names", id);
      checkState(kind != null, "role %s has no kind", id);
      return new Role(id, nameZh, nameEn, kind, duties.build(), singleHolder);
    }
  }
}
