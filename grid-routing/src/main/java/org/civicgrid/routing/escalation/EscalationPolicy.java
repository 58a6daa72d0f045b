package org.civicgrid.routing.escalation;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.civicgrid.routing.calendar.TimeLimit;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.Tier;

/**
 * Everything the escalation check needs to know besides the case: the working calendar its limits
 * count on, a ladder for every {@link Tier} (whose top rung is that tier's highest), the supervision
 * card thresholds, and how long a summoned department has to acknowledge a whistle and to which rung
 * its silence is escalated. Immutable and thread-safe.
 */
public final class EscalationPolicy {
  private final WorkingCalendar calendar;
  private final Map<Tier, EscalationLadder> ladders;
  private final SupervisionPolicy supervision;
  private final TimeLimit summonsLimit;
  private final EscalationRung summonsEscalatesTo;

  private EscalationPolicy(Builder b) {
    this.calendar = b.calendar;
    this.ladders = Maps.immutableEnumMap(b.ladders);
    this.supervision = b.supervision;
    this.summonsLimit = b.summonsLimit;
    this.summonsEscalatesTo = b.summonsEscalatesTo;
  }

  /** Starts a policy on {@code calendar}; every tier's ladder, the cards and the summons must be set. */
  public static Builder builder(WorkingCalendar calendar) {
    return new Builder(checkNotNull(calendar, "calendar"));
  }

  public WorkingCalendar calendar() {
    return calendar;
  }

  /** The ladder of a tier. */
  public EscalationLadder ladder(Tier tier) {
    return ladders.get(checkNotNull(tier, "tier"));
  }

  public SupervisionPolicy supervision() {
    return supervision;
  }

  /** How long a summoned department has to acknowledge a whistle (报到). */
  public TimeLimit summonsLimit() {
    return summonsLimit;
  }

  /** The rung whose unit a summons goes to when a department does not acknowledge in time. */
  public EscalationRung summonsEscalatesTo() {
    return summonsEscalatesTo;
  }

  @Override
  public String toString() {
    return "escalation policy on " + calendar.id() + " " + ladders + ", " + supervision + ", summons "
        + summonsLimit + " then " + summonsEscalatesTo;
  }

  /** Collects a policy; not thread-safe. */
  public static final class Builder {
    private final WorkingCalendar calendar;
    private final Map<Tier, EscalationLadder> ladders = new EnumMap<>(Tier.class);
    private SupervisionPolicy supervision;
    private TimeLimit summonsLimit;
    private EscalationRung summonsEscalatesTo;

    private Builder(WorkingCalendar calendar) {
      this.calendar = calendar;
    }

    /** The ladder cases of {@code tier} climb. */
    public Builder ladder(Tier tier, EscalationLadder ladder) {
      ladders.put(checkNotNull(tier, "tier"), checkNotNull(ladder, "%s ladder", tier));
      return this;
    }

    public Builder supervision(SupervisionPolicy supervision) {
      this.supervision = checkNotNull(supervision, "supervision");
      return this;
    }

    /** A summoned department must acknowledge within {@code limit}, or the summons goes to {@code escalatesTo}. */
    public Builder summons(TimeLimit limit, EscalationRung escalatesTo) {
      this.summonsLimit = checkNotNull(limit, "summons limit");
      this.summonsEscalatesTo = checkNotNull(escalatesTo, "summons escalatesTo");
      return this;
    }

    /**
     * The policy.
     *
     * @throws IllegalStateException naming the tiers without a ladder, or the missing card or summons
     *     settings
     */
    public EscalationPolicy build() {
      Set<Tier> missing = Sets.difference(Sets.newHashSet(Tier.values()), ladders.keySet());
      checkState(missing.isEmpty(), "escalation policy has no ladder for tiers %s", missing);
      checkState(supervision != null, "escalation policy has no supervision card thresholds");
      checkState(summonsLimit != null, "escalation policy has no summons limit");
      return new EscalationPolicy(this);
    }
  }
}
