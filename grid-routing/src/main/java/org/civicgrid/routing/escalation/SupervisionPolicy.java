package org.civicgrid.routing.escalation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.EnumMap;
import java.util.Map;
import org.civicgrid.routing.calendar.TimeLimit;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.SupervisionCard;

/**
 * When supervision cards (督办) are issued and what they cost: a yellow card once a rung's deadline is
 * overdue by {@link #yellowAfter()}, a red card once overdue by {@link #redAfter()}, both measured on
 * the ladder's working calendar, and points per card for the unit's score. The default points are
 * TianQue's: a yellow card costs 5 points, a red card 10, a normal notice nothing. Immutable and
 * thread-safe.
 */
public final class SupervisionPolicy {
  private final TimeLimit yellowAfter;
  private final TimeLimit redAfter;
  private final Map<SupervisionCard, Integer> points;

  private SupervisionPolicy(TimeLimit yellowAfter, TimeLimit redAfter, Map<SupervisionCard, Integer> points) {
    this.yellowAfter = yellowAfter;
    this.redAfter = redAfter;
    this.points = Maps.immutableEnumMap(points);
  }

  /**
   * Cards at the given overdue thresholds, with TianQue's points.
   *
   * @throws IllegalArgumentException if both thresholds have the same unit and red is not later
   */
  public static SupervisionPolicy of(TimeLimit yellowAfter, TimeLimit redAfter) {
    checkNotNull(yellowAfter, "yellowAfter");
    checkNotNull(redAfter, "redAfter");
    checkArgument(yellowAfter.unit() != redAfter.unit() || redAfter.amount() > yellowAfter.amount(),
        "red card threshold %s must be later than yellow card threshold %s", redAfter, yellowAfter);
    Map<SupervisionCard, Integer> points = new EnumMap<>(SupervisionCard.class);
    points.put(SupervisionCard.NORMAL, 0);
    points.put(SupervisionCard.YELLOW, -5);
    points.put(SupervisionCard.RED, -10);
    return new SupervisionPolicy(yellowAfter, redAfter, points);
  }

  /** This policy with {@code card} worth {@code value} points (negative for a deduction). */
  public SupervisionPolicy withPoints(SupervisionCard card, int value) {
    checkNotNull(card, "card");
    Map<SupervisionCard, Integer> changed = new EnumMap<>(points);
    changed.put(card, value);
    return new SupervisionPolicy(yellowAfter, redAfter, changed);
  }

  /** How far past a rung's deadline a yellow card is issued. */
  public TimeLimit yellowAfter() {
    return yellowAfter;
  }

  /** How far past a rung's deadline a red card is issued. */
  public TimeLimit redAfter() {
    return redAfter;
  }

  /** The points a card adds to its unit's score. */
  public int points(SupervisionCard card) {
    return points.get(checkNotNull(card, "card"));
  }

  /** What each card issued on the case costs, oldest first. */
  public ImmutableList<ScoreEffect> scoreEffects(CaseState state) {
    checkNotNull(state, "state");
    ImmutableList.Builder<ScoreEffect> effects = ImmutableList.builder();
    for (CaseCommand.Supervise card : state.supervision().cards()) {
      effects.add(new ScoreEffect(card.unit(), card.card(), card.rung(), card.at(), points(card.card())));
    }
    return effects.build();
  }

  /** The sum of the points the case's cards add to {@code unit}'s score. */
  public int points(CaseState state, HandlingUnit unit) {
    checkNotNull(unit, "unit");
    int sum = 0;
    for (ScoreEffect effect : scoreEffects(state)) {
      if (effect.unit().equals(unit)) {
        sum += effect.points();
      }
    }
    return sum;
  }

  @Override
  public String toString() {
    return "supervision[yellow after " + yellowAfter + ", red after " + redAfter + ", points " + points + "]";
  }
}
