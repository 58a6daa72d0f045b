package org.civicgrid.routing.engine;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.routing.access.AccessDeniedException;
import org.civicgrid.routing.access.Authorizer;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.CommandKind;
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
 * <p><b>Authorization.</b> Every report and command is checked by the {@link Authorizer} against the
 * case as loaded, at the command's local time, before anything is written; a denial is an {@link
 * AccessDeniedException}, logged by the authorizer. The engine's own commands (accepting, filing and
 * dispatching a department's case, the deadline check's escalations, warnings, cards) carry the
 * platform actor, whose policy must grant it {@link #PLATFORM_KINDS}; {@link Builder#build} checks that
 * once instead of every time.
 *
 * <p><b>Version conflicts.</b> When another writer changed the case between load and append, the
 * engine reloads the case and decides the command again, up to {@link #MAX_ATTEMPTS} times in all;
 * this is safe because the lifecycle checks the command against the fresh state (a rung another
 * checker already fired is refused, not fired twice). Once the attempts are used up the last {@link
 * VersionConflictException} reaches the caller. A new case whose id is already stored is such a
 * conflict at once, never retried.
 *
 * <p>The engine holds no mutable state: several engines over one storage, in one process or several,
 * and restarts between calls are all safe. Build a new engine when the staffing changes, since the
 * router and the authorizer read one staffing snapshot. Thread-safe.
 */
public final class CaseEngine {
  /** How many times a change is decided and appended before a version conflict is given up. */
  public static final int MAX_ATTEMPTS = 3;

  /** The commands the engine gives as the platform actor, which the access policy must grant it. */
  public static final ImmutableSet<CommandKind> PLATFORM_KINDS = Sets.immutableEnumSet(CommandKind.ACCEPT,
      CommandKind.FILE, CommandKind.DISPATCH, CommandKind.ESCALATE, CommandKind.ESCALATE_SUMMONS, CommandKind.WARN,
      CommandKind.SUPERVISE);

  private static final Logger LOG = LoggerFactory.getLogger(CaseEngine.class);
  private static final int PAGE = 256;

  private final CaseStore store;
  private final CaseRouter router;
  private final EscalationCheck check;
  private final Authorizer access;
  private final ZoneId zone;
  private final Clock clock;
  private final NotificationPlanner planner;
  private final Actor platform;

  private CaseEngine(Builder builder) {
    this.store = builder.storage.cases();
    this.router = builder.router;
    this.zone = builder.escalation.calendar().zone();
    this.check = new EscalationCheck(builder.escalation, builder.rungUnits, builder.platform);
    this.access = builder.access;
    this.clock = builder.clock;
    this.planner = builder.planner;
    this.platform = builder.platform;
  }

  /** A builder; storage, router, escalation policy, rung units, access and platform must be given. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Opens the case now, by the engine's clock, and routes it. A subcategory that goes straight to a
   * department or utility (定人、定岗、定责) is accepted, filed and dispatched to it at once by the
   * platform; any other case stays reported for its grid, the decision saying who acts there.
   *
   * @throws AccessDeniedException when {@code reporter} may not report the case; nothing is stored
   * @throws org.civicgrid.routing.dispatch.UnknownCategoryException when the catalogue lacks the
   *     case's category; nothing is stored
   * @throws VersionConflictException when a case with this id is already stored; nothing is stored
   */
  public Reported report(Case intake, Actor reporter) {
    checkNotNull(intake, "case");
    checkNotNull(reporter, "reporter");
    Instant at = clock.instant();
    LocalDateTime local = LocalDateTime.ofInstant(at, zone);
    CaseCommand.Report report = new CaseCommand.Report(reporter, at, intake);
    access.check(report, local);
    RoutingDecision routing = router.route(intake, local);
    CaseFile file = CaseFile.open(report);
    if (routing.isRouted() && routing.subcategory().dispatchTo() == DispatchTo.DEPARTMENT) {
      file = file.execute(new CaseCommand.Accept(platform, at))
          .execute(new CaseCommand.File(platform, at))
          .execute(routing.toDispatch(platform, at));
    }
    store.save(file, 0, notices(file, 0));
    return new Reported(file, routing);
  }

  /**
   * Records {@code command} on the case, retrying version conflicts as the class says.
   *
   * @return the case's file with the command recorded
   * @throws CivicGridException with {@link ErrorCode#NOT_FOUND} naming the id when no such case is stored
   * @throws AccessDeniedException when the command's actor may not give it on the case; nothing is stored
   * @throws org.civicgrid.routing.cases.IllegalTransitionException when the command does not apply;
   *     nothing is stored
   * @throws VersionConflictException when every attempt met a concurrent change
   */
  public CaseFile execute(CaseId id, CaseCommand command) {
    checkNotNull(id, "id");
    checkNotNull(command, "command");
    for (int attempt = 1; ; attempt++) {
      CaseFile loaded = load(id);
      access.check(loaded.state(), command, zone);
      CaseFile next = loaded.execute(command);
      if (saved(next, loaded.version(), attempt)) {
        return next;
      }
    }
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
      CaseFile loaded = load(id);
      List<? extends CaseCommand> commands = decide.apply(loaded.state());
      if (commands.isEmpty()) {
        return Optional.empty();
      }
      CaseFile next = loaded;
      for (CaseCommand command : commands) {
        next = next.execute(command);
      }
      if (saved(next, loaded.version(), attempt)) {
        return Optional.of(next);
      }
    }
  }

  private CaseFile load(CaseId id) {
    return store.load(id).orElseThrow(() -> new CivicGridException(ErrorCode.NOT_FOUND, "no case " + id));
  }

  /**
   * Appends {@code next}'s events after {@code loaded} with their notifications: false after a version
   * conflict when attempts are left, so the caller decides again on a fresh load.
   *
   * @throws VersionConflictException when this was the last attempt
   */
  private boolean saved(CaseFile next, int loaded, int attempt) {
    try {
      store.save(next, loaded, notices(next, loaded));
      return true;
    } catch (VersionConflictException conflict) {
      if (attempt == MAX_ATTEMPTS) {
        throw conflict;
      }
      LOG.debug("Case {} changed under attempt {}; reloading", next.id(), attempt);
      return false;
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

  /** Collects an engine's parts; not thread-safe. */
  public static final class Builder {
    private CaseStorage storage;
    private CaseRouter router;
    private EscalationPolicy escalation;
    private RungUnits rungUnits;
    private Authorizer access;
    private Actor platform;
    private Clock clock = Clock.systemUTC();
    private NotificationPlanner planner = NotificationPlanner.standard();

    private Builder() {}

    /** Where cases, their audit events and the outbox live. */
    public Builder storage(CaseStorage storage) {
      this.storage = checkNotNull(storage, "storage");
      return this;
    }

    /** Routes new cases. */
    public Builder router(CaseRouter router) {
      this.router = checkNotNull(router, "router");
      return this;
    }

    /** The escalation ladders; its calendar's zone gives the local time routing and access see. */
    public Builder escalation(EscalationPolicy escalation) {
      this.escalation = checkNotNull(escalation, "escalation");
      return this;
    }

    /** Which unit stands at a rung for a case; see {@link RungUnits#inHierarchy}. */
    public Builder rungUnits(RungUnits rungUnits) {
      this.rungUnits = checkNotNull(rungUnits, "rungUnits");
      return this;
    }

    /** Who may report and give which command on which case. */
    public Builder access(Authorizer access) {
      this.access = checkNotNull(access, "access");
      return this;
    }

    /**
     * The platform's own account, which accepts, files and dispatches department cases and gives the
     * commands the deadline check proposes.
     */
    public Builder platform(Actor platform) {
      this.platform = checkNotNull(platform, "platform");
      return this;
    }

    /** The time {@link #report} stamps on new cases; the system clock in UTC unless given. */
    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock");
      return this;
    }

    /** Who hears of which event; {@link NotificationPlanner#standard()} unless given. */
    public Builder planner(NotificationPlanner planner) {
      this.planner = checkNotNull(planner, "planner");
      return this;
    }

    /**
     * The engine.
     *
     * @throws IllegalStateException naming every required part not given
     * @throws CivicGridException with {@link ErrorCode#INVALID_POLICY} naming the platform actor and the
     *     {@link #PLATFORM_KINDS} its access policy does not grant it
     */
    public CaseEngine build() {
      List<String> missing = new ArrayList<>();
      if (storage == null) {
        missing.add("storage");
      }
      if (router == null) {
        missing.add("router");
      }
      if (escalation == null) {
        missing.add("escalation");
      }
      if (rungUnits == null) {
        missing.add("rungUnits");
      }
      if (access == null) {
        missing.add("access");
      }
      if (platform == null) {
        missing.add("platform");
      }
      checkState(missing.isEmpty(), "a case engine needs %s", missing);
      Set<CommandKind> granted = access.policy().platform().getOrDefault(platform.person(), ImmutableSet.of());
      Set<CommandKind> lacking = Sets.difference(PLATFORM_KINDS, granted);
      if (!lacking.isEmpty() || platform.actingFor().isPresent()) {
        throw new CivicGridException(ErrorCode.INVALID_POLICY, "platform actor " + platform
            + " must be a platform account of the access policy granted " + PLATFORM_KINDS + "; it lacks " + lacking);
      }
      return new CaseEngine(this);
    }
  }
}
