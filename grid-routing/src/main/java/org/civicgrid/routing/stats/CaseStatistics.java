package org.civicgrid.routing.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CaseState;

/**
 * Measures the standard {@link Indicator}s over a set of cases as they stand at an as-of instant: for
 * all of them, per group of a {@link Grouping}, or per {@link Period}. Each indicator places a case in
 * a period by its own instant (acceptance, first dispatch, due instant, first report back, rating), so
 * a period's row counts each case where its definition says. Immutable and thread-safe.
 *
 * <pre>{@code
 * CaseStatistics stats = CaseStatistics.of(states, dueDates, endOfMay);
 * Rate onTime = stats.indicators(may).rate(Indicator.ON_TIME_CLOSING);   // 37 / 40 (92.5 %)
 * }</pre>
 */
public final class CaseStatistics {
  private final ImmutableList<CaseState> cases;
  private final DueDates due;
  private final Instant asOf;

  private CaseStatistics(ImmutableList<CaseState> cases, DueDates due, Instant asOf) {
    this.cases = cases;
    this.due = due;
    this.asOf = asOf;
  }

  /**
   * Statistics over the cases as they stand at {@code asOf}: a due instant after it has not passed yet.
   *
   * @throws IllegalArgumentException when a case is given twice, or a case's last event is after
   *     {@code asOf} (its state would tell the future of the as-of instant)
   */
  public static CaseStatistics of(Collection<CaseState> cases, DueDates due, Instant asOf) {
    checkNotNull(cases, "cases");
    checkNotNull(due, "due");
    checkNotNull(asOf, "asOf");
    Set<CaseId> seen = new HashSet<>();
    for (CaseState state : cases) {
      checkNotNull(state, "a case state is null");
      checkArgument(seen.add(state.id()), "case %s is given twice", state.id());
      checkArgument(!state.lastAt().isAfter(asOf), "case %s has an event at %s, after the as-of instant %s",
          state.id(), state.lastAt(), asOf);
    }
    return new CaseStatistics(ImmutableList.copyOf(cases), due, asOf);
  }

  /** The instant the cases are taken as standing at. */
  public Instant asOf() {
    return asOf;
  }

  /** The cases measured. */
  public ImmutableList<CaseState> cases() {
    return cases;
  }

  /** Every indicator over all the cases, in the period. */
  public IndicatorSet indicators(Period period) {
    checkNotNull(period, "period");
    return measure(cases, period);
  }

  /**
   * Every indicator per group, in the period: the groups in the order of their keys, then {@link
   * Grouping#NONE} for cases the grouping places in no group, if there are any.
   *
   * @throws org.civicgrid.core.CivicGridException when the grouping cannot place a case (for example
   *     a case in a grid the hierarchy does not have)
   */
  public ImmutableMap<String, IndicatorSet> by(Grouping grouping, Period period) {
    checkNotNull(grouping, "grouping");
    checkNotNull(period, "period");
    Map<String, List<CaseState>> groups = new TreeMap<>();
    List<CaseState> none = new ArrayList<>();
    for (CaseState state : cases) {
      Optional<String> key = grouping.groupOf(state);
      if (key.isPresent()) {
        groups.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(state);
      } else {
        none.add(state);
      }
    }
    ImmutableMap.Builder<String, IndicatorSet> rows = ImmutableMap.builder();
    groups.forEach((key, members) -> rows.put(key, measure(members, period)));
    if (!none.isEmpty()) {
      rows.put(Grouping.NONE, measure(none, period));
    }
    return rows.buildOrThrow();
  }

  /** Every indicator over all the cases, per period, in the order given. */
  public ImmutableMap<Period, IndicatorSet> byPeriod(List<Period> periods) {
    checkNotNull(periods, "periods");
    ImmutableMap.Builder<Period, IndicatorSet> rows = ImmutableMap.builder();
    for (Period period : periods) {
      rows.put(checkNotNull(period, "a period is null"), measure(cases, period));
    }
    return rows.buildOrThrow();
  }

  private IndicatorSet measure(List<CaseState> members, Period period) {
    Tally tally = new Tally();
    for (CaseState state : members) {
      tally.add(state, period);
    }
    return tally.indicators();
  }

  /** The counts behind every indicator for one group and period. */
  private final class Tally {
    long accepted;
    long filed;
    Duration acceptance = Duration.ZERO;
    long dispatched;
    long dispatchedRight;
    long sentBack;
    long dueHandling;
    long handledOnTime;
    long dueClosing;
    long closed;
    long closedOnTime;
    long reworked;
    long extended;
    long handled;
    Duration handling = Duration.ZERO;
    long rated;
    long satisfied;

    void add(CaseState state, Period period) {
      CaseFacts facts = new CaseFacts(state);
      facts.firstAccepted().filter(period::contains).ifPresent(at -> {
        accepted++;
        filed += facts.wasFiled() ? 1 : 0;
        acceptance = acceptance.plus(Duration.between(facts.reported(), at));
      });
      if (facts.firstDispatched().filter(period::contains).isPresent()) {
        dispatched++;
        dispatchedRight += state.wrongDispatch() ? 0 : 1;
        sentBack += state.sendBacks() > 0 ? 1 : 0;
      }
      if (facts.countsForDeadlines()) {
        due.handling(state.id()).filter(at -> isDueIn(at, period)).ifPresent(at -> {
          dueHandling++;
          handledOnTime += facts.handledBy(at) ? 1 : 0;
        });
        due.closing(state.id()).filter(at -> isDueIn(at, period)).ifPresent(at -> {
          dueClosing++;
          closed += facts.isClosed() ? 1 : 0;
          closedOnTime += facts.closedBy(at) ? 1 : 0;
          reworked += state.rework() > 0 ? 1 : 0;
          extended += state.extensions().isEmpty() ? 0 : 1;
        });
      }
      facts.handlingTime().filter(t -> period.contains(facts.firstHandled().orElseThrow())).ifPresent(t -> {
        handled++;
        handling = handling.plus(t);
      });
      if (facts.firstRated().filter(period::contains).isPresent()) {
        rated++;
        satisfied += state.satisfaction().orElse(0) >= CaseFacts.SATISFIED ? 1 : 0;
      }
    }

    IndicatorSet indicators() {
      return new IndicatorSet(ImmutableMap.<Indicator, Measure>builder()
          .put(Indicator.FILING_RATE, new Rate(Indicator.FILING_RATE, filed, accepted))
          .put(Indicator.DISPATCH_ACCURACY, new Rate(Indicator.DISPATCH_ACCURACY, dispatchedRight, dispatched))
          .put(Indicator.ON_TIME_HANDLING, new Rate(Indicator.ON_TIME_HANDLING, handledOnTime, dueHandling))
          .put(Indicator.ON_TIME_CLOSING, new Rate(Indicator.ON_TIME_CLOSING, closedOnTime, dueClosing))
          .put(Indicator.COMPLETION_RATE, new Rate(Indicator.COMPLETION_RATE, closed, dueClosing))
          .put(Indicator.REWORK_RATE, new Rate(Indicator.REWORK_RATE, reworked, dueClosing))
          .put(Indicator.EXTENSION_RATE, new Rate(Indicator.EXTENSION_RATE, extended, dueClosing))
          .put(Indicator.SEND_BACK_RATE, new Rate(Indicator.SEND_BACK_RATE, sentBack, dispatched))
          .put(Indicator.AVERAGE_ACCEPTANCE_TIME,
              new MeanDuration(Indicator.AVERAGE_ACCEPTANCE_TIME, acceptance, accepted))
          .put(Indicator.AVERAGE_HANDLING_TIME, new MeanDuration(Indicator.AVERAGE_HANDLING_TIME, handling, handled))
          .put(Indicator.SATISFACTION, new Rate(Indicator.SATISFACTION, satisfied, rated))
          .buildOrThrow());
    }
  }

  /** A due instant counts in a period once it has passed: in the period and not after the as-of instant. */
  private boolean isDueIn(Instant at, Period period) {
    return period.contains(at) && !at.isAfter(asOf);
  }
}
