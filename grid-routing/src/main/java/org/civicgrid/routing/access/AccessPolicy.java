package org.civicgrid.routing.access;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.routing.cases.CommandKind;

/**
 * Who may do what to a case, as data: the {@link Grant}s of roles held at levels, the commands a
 * department's staff ({@code StaffMember.department()}) may give on cases of their categories, the
 * platform actors (intake, automatic escalation) that may give their commands on any case, and the roles
 * whose holders may read a reporter's raw contact data. An {@link Authorizer} applies it to a staffing.
 * Immutable and thread-safe.
 */
public final class AccessPolicy {
  private final ImmutableList<Grant> grants;
  private final ImmutableSet<CommandKind> departmentKinds;
  private final ImmutableMap<PersonId, ImmutableSet<CommandKind>> platform;
  private final ImmutableSet<RoleId> revealRoles;

  private AccessPolicy(Builder builder) {
    this.grants = ImmutableList.copyOf(builder.grants);
    this.departmentKinds = Sets.immutableEnumSet(builder.departmentKinds);
    ImmutableMap.Builder<PersonId, ImmutableSet<CommandKind>> platform = ImmutableMap.builder();
    builder.platform.forEach((person, kinds) -> platform.put(person, Sets.immutableEnumSet(kinds)));
    this.platform = platform.build();
    this.revealRoles = ImmutableSet.copyOf(builder.revealRoles);
  }

  /** An empty policy to fill; nobody may do anything until granted. */
  public static Builder builder() {
    return new Builder();
  }

  /** The grants of roles at levels, in the order added. */
  public ImmutableList<Grant> grants() {
    return grants;
  }

  /** What a department's staff may do on cases of the department's categories. */
  public ImmutableSet<CommandKind> departmentKinds() {
    return departmentKinds;
  }

  /** The platform actors (intake, the escalation checker) and what each may do on any case. */
  public ImmutableMap<PersonId, ImmutableSet<CommandKind>> platform() {
    return platform;
  }

  /** The roles whose holders may read the raw contact data of the reporters of cases they cover. */
  public ImmutableSet<RoleId> revealRoles() {
    return revealRoles;
  }

  @Override
  public String toString() {
    return "AccessPolicy[" + grants.size() + " grants, departments " + departmentKinds + ", platform "
        + platform.keySet() + ", reveal to " + revealRoles + "]";
  }

  /** Collects a policy; not thread-safe. */
  public static final class Builder {
    private final List<Grant> grants = new ArrayList<>();
    private final Set<CommandKind> departmentKinds = EnumSet.noneOf(CommandKind.class);
    private final Map<PersonId, Set<CommandKind>> platform = new LinkedHashMap<>();
    private final Set<RoleId> revealRoles = new LinkedHashSet<>();

    private Builder() {}

    /** Holders of {@code role} in grids of {@code level} may give {@code kinds} within {@code reach}. */
    public Builder grant(RoleId role, String level, Reach reach, CommandKind... kinds) {
      grants.add(new Grant(role, level, reach, Sets.immutableEnumSet(Arrays.asList(kinds))));
      return this;
    }

    /** A department's staff may give {@code kinds} on cases of the department's categories. */
    public Builder departments(CommandKind... kinds) {
      departmentKinds.addAll(Arrays.asList(kinds));
      return this;
    }

    /** The platform actor {@code person} (intake, escalation checker) may give {@code kinds} on any case. */
    public Builder platform(PersonId person, CommandKind... kinds) {
      checkNotNull(person, "person");
      checkArgument(kinds.length > 0, "platform actor %s allowed no command", person);
      platform.computeIfAbsent(person, p -> EnumSet.noneOf(CommandKind.class)).addAll(Arrays.asList(kinds));
      return this;
    }

    /** Holders of these roles may read the reporter's raw contact of the cases their posts cover. */
    public Builder revealTo(RoleId... roles) {
      for (RoleId role : roles) {
        revealRoles.add(checkNotNull(role, "role"));
      }
      return this;
    }

    /** The policy. */
    public AccessPolicy build() {
      return new AccessPolicy(this);
    }
  }
}
