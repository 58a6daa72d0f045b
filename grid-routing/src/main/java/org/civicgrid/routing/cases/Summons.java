package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One department summoned by a whistle (吹哨) and how it answered (报到): when it was summoned, when
 * it acknowledged, when it arrived, and when its missing acknowledgement was escalated. A department
 * is summoned at most once per case. Immutable.
 *
 * @param department the summoned department
 * @param summonedAt when the whistle was blown
 * @param acknowledgedAt when the department acknowledged; an arrival counts as acknowledgement
 * @param arrivedAt when the department arrived on site (到场)
 * @param escalatedAt when the missing acknowledgement was escalated
 */
public record Summons(HandlingUnit department, Instant summonedAt, Optional<Instant> acknowledgedAt,
    Optional<Instant> arrivedAt, Optional<Instant> escalatedAt) {
  public Summons {
    checkNotNull(department, "department");
    checkNotNull(summonedAt, "%s summonedAt", department);
    checkNotNull(acknowledgedAt, "%s acknowledgedAt", department);
    checkNotNull(arrivedAt, "%s arrivedAt", department);
    checkNotNull(escalatedAt, "%s escalatedAt", department);
  }

  static Summons of(HandlingUnit department, Instant at) {
    return new Summons(department, at, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** True once the department acknowledged or arrived. */
  public boolean isAcknowledged() {
    return acknowledgedAt.isPresent();
  }

  /** True when the department has neither acknowledged nor been escalated: its clock still runs. */
  public boolean isAwaitingAcknowledgement() {
    return acknowledgedAt.isEmpty() && escalatedAt.isEmpty();
  }

  Summons acknowledged(Instant at) {
    return new Summons(department, summonedAt, Optional.of(at), arrivedAt, escalatedAt);
  }

  Summons arrived(Instant at) {
    return new Summons(department, summonedAt, acknowledgedAt.or(() -> Optional.of(at)), Optional.of(at),
        escalatedAt);
  }

  Summons escalated(Instant at) {
    return new Summons(department, summonedAt, acknowledgedAt, arrivedAt, Optional.of(at));
  }
}
