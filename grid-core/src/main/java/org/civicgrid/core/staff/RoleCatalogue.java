package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * The roles one city uses, looked up by id: a preset from {@link RoleCatalogues}, possibly {@link
 * #plus} the city's own roles. Every role id appears once; a second role with an id the catalogue has
 * is rejected ({@link DuplicateRoleException}), so a city role can never silently replace a preset
 * role that policies rely on. Immutable and thread-safe.
 */
public final class RoleCatalogue {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String id;
  private final ImmutableMap<RoleId, Role> roles;

  private RoleCatalogue(String id, ImmutableMap<RoleId, Role> roles) {
    this.id = id;
    this.roles = roles;
  }

  /**
   * A catalogue of these roles, in this order.
   *
   * @param id lower-kebab name of the catalogue, for example {@code tongnan}
   * @throws DuplicateRoleException naming the first id that appears twice; no catalogue is made
   */
  public static RoleCatalogue of(String id, Collection<Role> roles) {
    checkArgument(id != null && ID.matcher(id).matches(), "catalogue id %s is not lower-kebab", id);
    return new RoleCatalogue(id, add(id, new LinkedHashMap<>(), roles));
  }

  /** A catalogue of these roles; see {@link #of(String, Collection)}. */
  public static RoleCatalogue of(String id, Role... roles) {
    return of(id, Arrays.asList(roles));
  }

  /**
   * This catalogue followed by a city's own roles.
   *
   * @throws DuplicateRoleException naming the first id this catalogue has already, or that appears
   *     twice among {@code cityRoles}; this catalogue is unchanged
   */
  public RoleCatalogue plus(Collection<Role> cityRoles) {
    return new RoleCatalogue(id, add(id, new LinkedHashMap<>(roles), cityRoles));
  }

  /** This catalogue followed by a city's own roles; see {@link #plus(Collection)}. */
  public RoleCatalogue plus(Role... cityRoles) {
    return plus(Arrays.asList(cityRoles));
  }

  public String id() {
    return id;
  }

  /** Every role, in the order declared. */
  public ImmutableList<Role> roles() {
    return roles.values().asList();
  }

  /** The roles of one kind, in the order declared. */
  public ImmutableList<Role> roles(RoleKind kind) {
    checkNotNull(kind, "kind");
    return roles.values().stream().filter(r -> r.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  public int size() {
    return roles.size();
  }

  public boolean contains(RoleId role) {
    return roles.containsKey(role);
  }

  public Optional<Role> find(RoleId role) {
    return Optional.ofNullable(roles.get(role));
  }

  /**
   * The role with this id.
   *
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming the id and this catalogue
   */
  public Role get(RoleId role) {
    Role found = roles.get(checkNotNull(role, "role"));
    if (found == null) {
      throw new CivicGridException(ErrorCode.NOT_FOUND, "no role " + role + " in catalogue " + id);
    }
    return found;
  }

  private static ImmutableMap<RoleId, Role> add(String id, Map<RoleId, Role> into, Collection<Role> roles) {
    for (Role role : roles) {
      checkNotNull(role, "role");
      if (into.putIfAbsent(role.id(), role) != null) {
        throw new DuplicateRoleException(role.id(), id);
      }
    }
    return ImmutableMap.copyOf(into);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RoleCatalogue other && id.equals(other.id) && roles.equals(other.roles);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + roles.hashCode();
  }

  @Override
  public String toString() {
    return "RoleCatalogue[" + id + ", " + roles.keySet() + "]";
  }
}
