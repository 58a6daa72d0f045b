package org.civicgrid.routing.cases;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of a {@link CaseState} that escalation and supervision read: the rung the case has
 * reached and since when its clock runs, the rungs already warned, the cards issued and the
 * departments summoned by whistle. It is a fold of the log like the rest of the state, so a checker
 * that proposes only what is not in it can never fire a rung, a warning or a card twice. Immutable and
 * thread-safe.
 */
public final class Supervision {
  static final Supervision NONE = new Supervision(null, null, ImmutableList.of(), ImmutableSet.of(),
      ImmutableList.of(), ImmutableMap.of());

  private final EscalationRung rung;
  private final Instant rungSince;
  private final ImmutableList<CaseCommand.Escalate> escalations;
  private final ImmutableSet<EscalationRung> warned;
  private final ImmutableList<CaseCommand.Supervise> cards;
  private final ImmutableMap<HandlingUnit, Summons> summonses;

  private Supervision(EscalationRung rung, Instant rungSince, ImmutableList<CaseCommand.Escalate> escalations,
      ImmutableSet<EscalationRung> warned, ImmutableList<CaseCommand.Supervise> cards,
      ImmutableMap<HandlingUnit, Summons> summonses) {
    this.rung = rung;
    this.rungSince = rungSince;
    this.escalations = escalations;
    this.warned = warned;
    this.cards = cards;
    this.summonses = summonses;
  }

  /** The rung of the last escalation; empty while the case is still on its ladder's first rung. */
  public Optional<EscalationRung> escalatedTo() {
    return Optional.ofNullable(rung);
  }

  /**
   * Since when the current rung's clock runs: the last escalation, or the first dispatch before any;
   * empty before the case was first dispatched.
   */
  public Optional<Instant> rungSince() {
    return Optional.ofNullable(rungSince);
  }

  /** Every escalation, oldest first. */
  public ImmutableList<CaseCommand.Escalate> escalations() {
    return escalations;
  }

  /** True when {@code r} was warned. */
  public boolean wasWarned(EscalationRung r) {
    return warned.contains(r);
  }

  /** The rungs warned, in ladder order. */
  public ImmutableSet<EscalationRung> warned() {
    return warned;
  }

  /** Every supervision notice and card, oldest first. */
  public ImmutableList<CaseCommand.Supervise> cards() {
    return cards;
  }

  /** True when {@code card} was issued on rung {@code r}. */
  public boolean hasCard(EscalationRung r, SupervisionCard card) {
    for (CaseCommand.Supervise issued : cards) {
      if (issued.rung() == r && issued.card() == card) {
        return true;
      }
    }
    return false;
  }

  /** The departments summoned by whistle, in the order they were summoned. */
  public ImmutableMap<HandlingUnit, Summons> summonses() {
    return summonses;
  }

  /** The refusal detail if {@code command} would record a once-only fact twice, else null. */
  String alreadyRecorded(CaseCommand command) {
    switch (command.kind()) {
      case ESCALATE -> {
        EscalationRung to = ((CaseCommand.Escalate) command).rung();
        if (rung != null && !to.isAbove(rung)) {
          return "the case already reached " + rung;
        }
      }
      case WARN -> {
        EscalationRung r = ((CaseCommand.Warn) command).rung();
        if (warned.contains(r)) {
          return r + " was already warned";
        }
      }
      case SUPERVISE -> {
        CaseCommand.Supervise s = (CaseCommand.Supervise) command;
        if (s.card().isOncePerRung() && hasCard(s.rung(), s.card())) {
          return s.card() + " was already issued on " + s.rung();
        }
      }
      case WHISTLE -> {
        for (HandlingUnit d : ((CaseCommand.Whistle) command).departments()) {
          if (summonses.containsKey(d)) {
            return d + " was already summoned";
          }
        }
      }
      case ACKNOWLEDGE_SUMMONS -> {
        Summons s = summonses.get(((CaseCommand.AcknowledgeSummons) command).department());
        if (s != null && s.isAcknowledged()) {
          return s.department() + " already acknowledged";
        }
      }
      case ARRIVE_ON_SUMMONS -> {
        Summons s = summonses.get(((CaseCommand.ArriveOnSummons) command).department());
        if (s != null && s.arrivedAt().isPresent()) {
          return s.department() + " already arrived";
        }
      }
      case ESCALATE_SUMMONS -> {
        Summons s = summonses.get(((CaseCommand.EscalateSummons) command).department());
        if (s != null && !s.isAwaitingAcknowledgement()) {
          return s.department() + (s.isAcknowledged() ? " acknowledged" : "'s summons was already escalated");
        }
      }
      default -> {
        // Not a supervision fact.
      }
    }
    return null;
  }

  /** The department a summons answer or escalation names, when the case never summoned it; else null. */
  HandlingUnit notSummoned(CaseCommand command) {
    HandlingUnit d = switch (command.kind()) {
      case ACKNOWLEDGE_SUMMONS -> ((CaseCommand.AcknowledgeSummons) command).department();
      case ARRIVE_ON_SUMMONS -> ((CaseCommand.ArriveOnSummons) command).department();
      case ESCALATE_SUMMONS -> ((CaseCommand.EscalateSummons) command).department();
      default -> null;
    };
    return d == null || summonses.containsKey(d) ? null : d;
  }

  /**
   * The supervision after an accepted command of {@code kind}, this one itself when the command changes
   * none of it.
   */
  Supervision after(CaseCommand command, CommandKind kind) {
    switch (kind) {
      case DISPATCH -> {
        return rungSince != null ? this
            : new Supervision(rung, command.at(), escalations, warned, cards, summonses);
      }
      case ESCALATE -> {
        CaseCommand.Escalate e = (CaseCommand.Escalate) command;
        return new Supervision(e.rung(), e.at(),
            ImmutableList.<CaseCommand.Escalate>builder().addAll(escalations).add(e).build(), warned, cards,
            summonses);
      }
      case WARN -> {
        EnumSet<EscalationRung> more = EnumSet.of(((CaseCommand.Warn) command).rung());
        more.addAll(warned);
        return new Supervision(rung, rungSince, escalations, Sets.immutableEnumSet(more), cards, summonses);
      }
      case SUPERVISE -> {
        return new Supervision(rung, rungSince, escalations, warned,
            ImmutableList.<CaseCommand.Supervise>builder().addAll(cards).add((CaseCommand.Supervise) command)
                .build(), summonses);
      }
      case WHISTLE -> {
        Map<HandlingUnit, Summons> more = new LinkedHashMap<>(summonses);
        for (HandlingUnit d : ((CaseCommand.Whistle) command).departments()) {
          more.put(d, Summons.of(d, command.at()));
        }
        return withSummonses(more);
      }
      case ACKNOWLEDGE_SUMMONS -> {
        HandlingUnit d = ((CaseCommand.AcknowledgeSummons) command).department();
        return withSummons(d, summonses.get(d).acknowledged(command.at()));
      }
      case ARRIVE_ON_SUMMONS -> {
        HandlingUnit d = ((CaseCommand.ArriveOnSummons) command).department();
        return withSummons(d, summonses.get(d).arrived(command.at()));
      }
      case ESCALATE_SUMMONS -> {
        HandlingUnit d = ((CaseCommand.EscalateSummons) command).department();
        return withSummons(d, summonses.get(d).escalated(command.at()));
      }
      default -> {
        return this;
      }
    }
  }

  private Supervision withSummons(HandlingUnit department, Summons summons) {
    Map<HandlingUnit, Summons> changed = new LinkedHashMap<>(summonses);
    changed.put(department, summons);
    return withSummonses(changed);
  }

  private Supervision withSummonses(Map<HandlingUnit, Summons> changed) {
    return new Supervision(rung, rungSince, escalations, warned, cards, ImmutableMap.copyOf(changed));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Supervision s && rung == s.rung && Objects.equals(rungSince, s.rungSince)
        && escalations.equals(s.escalations) && warned.equals(s.warned) && cards.equals(s.cards)
        && summonses.equals(s.summonses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rung, rungSince, escalations.size(), cards.size(), summonses.size());
  }

  /** {@code supervision[rung COMMUNITY since 2025-09-30T01:00:00Z, 1 escalations, 0 cards, 2 summoned]}. */
  @Override
  public String toString() {
    return "supervision[rung " + (rung == null ? "first" : rung) + " since " + rungSince + ", "
        + escalations.size() + " escalations, " + cards.size() + " cards, " + summonses.size() + " summoned]";
  }
}
