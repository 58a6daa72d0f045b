package org.civicgrid.core.staff.policy;

import com.google.common.collect.ImmutableSet;
import org.civicgrid.core.staff.RoleId;

/**
 * What a {@link PolicyRule} asks of the teams it applies to, as data: one of a few small kinds, each
 * configured with values rather than subclassed per city. {@link RoleCount} — how many hold a role;
 * {@link Eligibility} — what holders must be (a party member, full-time, skilled); {@link SameHolder} —
 * one person holds two posts (一肩挑); {@link Capacity} — households per holder; {@link Presence} — a
 * holder at every place of a kind (a building leader per building); {@link LinkQuota} — how many grids
 * of a kind a cadre links. Each kind's {@code toString()} says the requirement in a few words. All
 * implementations are immutable records.
 */
public sealed interface Requirement permits RoleCount, Eligibility, SameHolder, Capacity, Presence, LinkQuota {

  /** The roles this requirement names, which the catalogue a policy is evaluated with must have. */
  ImmutableSet<RoleId> rolesNamed();

  /** The level ids this requirement names itself (a quota's target grids), which the scheme must have. */
  default ImmutableSet<String> levelsNamed() {
    return ImmutableSet.of();
  }
}
