package org.civicgrid.routing.engine;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.category.DispatchTo;
import org.civicgrid.routing.dispatch.CaseRouter;
import org.civicgrid.routing.dispatch.RoutingDecision;
import org.civicgrid.routing.escalation.EscalationCheck;
import org.civicgrid.routing.escalation.EscalationPolicy;
import org.civicgrid.routing.escalation.RungUnits;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.store.CaseQuery;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStore;
import org.civicgrid.routing.store.CaseSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service façade an application calls: {@link #report} opens and routes a case, {@link #execute}
 * records a command on it, {@link #checkDeadlines} escalates what is due. Every change is one {@link
 * CaseStore#append} of its events and the notifications the {@link NotificationPlanner} plans for
 * them, based on the version loaded, so a change and its notifications are stored together or not at
 * all, and a refused command writes nothing.
 *
 * <p><b>Version conflicts.</b> When another writer changed the case between load and append, the
 * engine reloads the case and decides the command again, up to {@link #MAX_ATTEMPTS} times in all;
 * this is safe because the lifecycle checks the command against the fresh state (a rung another
 * checker already fired is refused, not fired twice). Once the attempts are used up the last {@link
 * VersionConflictException} reaches the caller. A new case whose id is already stored is such a
 * conflict at once, never retried.
 *
 * <p>The engine holds no mutable state: several engines over one storage, in one process or several,
 * and restarts between calls are all safe. Thread-safe.
 */
public final class CaseEngine {
  /** How many times a change is decided and appended before a version conflict is given up. */
  public static final int MAX_ATTEMPTS = 3;

  private static final Logger LOG = LoggerFactory.getLogger(CaseEngine.class);
  private static final int PAGE = 256;

  private final CaseStore store;
  private final CaseRouter router;
  private final EscalationCheck check;
  private final ZoneId zone;
  private final Clock clock;
  private final NotificationPlanner planner;
  private final Actor platform;

  /**
   * @param storage where cases, their audit events and the outbox live
   * @param router routes new cases
   * @param policy the escalation ladders; its calendar's zone gives the local time routing sees
   * @param units which unit stands at a rung for a case
   * @param clock the time {@link #report} stamps on new cases
   * @param planner who hears of which event
   * @param platform the platform's own account, which accepts, files and dispatches department cases
   *     and gives the commands the deadline check proposes
   */
  public CaseEngine(CaseStorage storage, CaseRouter router, EscalationPolicy policy, RungUnits units, Clock clock,
      NotificationPlanner planner, Actor platform) {
    this.store = checkNotNull(storage, "storage").cases();
    this.router = checkNotNull(router, "router");
    this.zone = checkNotNull(policy, "policy").calendar().zone();
    this.check = new EscalationCheck(policy, checkNotNull(units, "units"), checkNotNull(platform, "platform"));
    this.clock = checkNotNull(clock, "clock");
    this.planner = checkNotNull(planner, "planner");
    this.platform = platform;
  }

  /**
   * Opens the case now, by the engine's clock, and routes it. A subcategory that goes straight to a
   * department or utility (定人、定岗、定责) is accepted, filed and dispatched to it at once by the
   * platform; any other case stays reported for its grid, the decision saying who acts there.
   *
   * @throws org.civicgrid.routing.dispatch.UnknownCategoryException when the catalogue lacks the
   *     case's category; nothing is stored
   * @throws VersionConflictException when a case with this id is already stored; nothing is stored
   */
  public Reported report(Case intake, Actor reporter) {
    checkNotNull(intake, "case");
    checkNotNull(reporter, "reporter");
    Instant at = clock.instant();
    RoutingDecision routing = router.route(intake, LocalDateTime.ofInstant(at, zone));
    CaseFile file = CaseFile.open(new CaseCommand.Report(reporter, at, intake));
    if (routing.isRouted() && routing.subcategory().dispatchTo() == DispatchTo.DEPARTMENT) {
      file = file.execute(new CaseCommand.Accept(platform, at))
          .execute(new CaseCommand.File(platform, at))
          .execute(routing.toDispatch(platform, at));
    }
    store.append(intake.id(), 0, file.log(), notices(file, 0));
    return new Reported(file, routing);
  }

  /**
   * Records {@code command} on the case, retrying version conflicts as the class says.
   *
   * @return the case's file with the command recorded
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming the id when no such case is stored
   * @throws org.civicgrid.routing.cases.IllegalTransitionException when the command does not apply;
   *     nothing is stored
   * @throws VersionConflictException when every attempt met a concurrent change
   */
  public CaseFile execute(CaseId id, CaseCommand command) {
    checkNotNull(id, "id");
    checkNotNull(command, "command");
    return change(id, state -> List.of(command)).orElseThrow();
  }

  /**
   * Executes on every open case the commands {@link EscalationCheck#due} finds due at {@code now}:
   * escalations, warnings, cards and unacknowledged summonses. A case that cannot be changed (its
   * conflicts outlast the attempts, or the lifecycle refuses a proposal) is logged and skipped; the
   * next check finds it again, and since a check proposes nothing already recorded, checks may be
   * repeated, restarted or run concurrently.
   *
   * @return the events recorded, case by case in id order
   */
  public ImmutableList<CaseEvent> checkDeadlines(Instant now) {
    checkNotNull(now, "now");
    ImmutableList.Builder<CaseEvent> recorded = ImmutableList.builder();
    Optional<CaseId> after = Optional.empty();
    while (true) {
      ImmutableList<CaseSummary> page = store.find(CaseQuery.open(), after, PAGE);
      for (CaseSummary summary : page) {
        try {
          Optional<CaseFile> changed = change(summary.id(), state -> check.due(state, now));
          if (changed.isPresent()) {
            CaseFile file = changed.get();
            recorded.addAll(file.log().subList((int) summary.version(), file.version()));
          }
        } catch (CivicGridException e) {
          LOG.warn("Deadline check at {} skipped case {}: {}", now, summary.id(), e.getMessage());
        }
      }
      if (page.size() < PAGE) {
        return recorded.build();
      }
      after = Optional.of(page.get(page.size() - 1).id());
    }
  }

  /** The case's file as stored. */
  public Optional<CaseFile> find(CaseId id) {
    return store.load(checkNotNull(id, "id"));
  }

  /**
   * Loads the case, executes the commands {@code decide} gives for its state and appends them with
   * their notifications; on a version conflict starts again from the load.
   *
   * @return the new file, empty when {@code decide} gave no command
   */
  private Optional<CaseFile> change(CaseId id, Function<CaseState, List<? extends CaseCommand>> decide) {
    for (int attempt = 1; ; attempt++) {
      CaseFile loaded = store.load(id)
          .orElseThrow(() -> new CivicGridException(ErrorCode.NOT_FOUND, "no case " + id));
      List<? extends CaseCommand> commands = decide.apply(loaded.state());
      if (commands.isEmpty()) {
        return Optional.empty();
      }
      CaseFile next = loaded;
      for (CaseCommand command : commands) {
        next = next.execute(command);
      }
      try {
        store.save(next, loaded.version(), notices(next, loaded.version()));
        return Optional.of(next);
      } catch (VersionConflictException conflict) {
        if (attempt == MAX_ATTEMPTS) {
          throw conflict;
        }
        LOG.debug("Case {} changed under attempt {}; reloading", id, attempt);
      }
    }
  }

  /** The notifications of {@code file}'s events after {@code since}. */
  private List<Notification> notices(CaseFile file, int since) {
    if (file.version() == since + 1) {
      return planner.plan(file.lastEvent(), file.state());
    }
    ImmutableList<CaseEvent> log = file.log();
    ImmutableList.Builder<Notification> all = ImmutableList.builder();
    for (int i = since; i < log.size(); i++) {
      all.addAll(planner.plan(log.get(i), file.state()));
    }
    return all.build();
  }

  @Override
  public String toString() {
    return "case engine over " + router + ", " + check;
  }
}
