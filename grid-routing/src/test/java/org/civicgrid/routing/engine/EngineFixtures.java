package org.civicgrid.routing.engine;

import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.SUBDISTRICT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.layer.Department;
import org.civicgrid.core.layer.Departments;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.routing.access.AccessPolicy;
import org.civicgrid.routing.access.Authorizer;
import org.civicgrid.routing.access.Reach;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.category.CategoryCatalogue;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.locate.GridLocator;
import org.civicgrid.core.locate.Location;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.category.CategoryCatalogues;
import org.civicgrid.routing.dispatch.CaseRouter;
import org.civicgrid.routing.dispatch.RoutingRule;
import org.civicgrid.routing.dispatch.RoutingTable;
import org.civicgrid.routing.escalation.EscalationPolicies;
import org.civicgrid.routing.escalation.EscalationPolicy;
import org.civicgrid.routing.escalation.RungUnits;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Notifier;
import org.civicgrid.routing.notify.Outbox;
import org.civicgrid.routing.store.CaseQuery;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStore;
import org.civicgrid.routing.store.CaseSummary;

/**
 * Changyuan community of {@link FuxinGrids} staffed for the engine's scenarios: 刘洋 is building 1's
 * full-time grid worker, 张伟 Changyuan's grid leader; every case goes to the smallest grid's worker.
 * The escalation ladder climbs building grid → community → subdistrict → district centre → justice
 * bureau on China's national calendar (2025 holidays and make-up days).
 */
final class EngineFixtures {
  static final PersonId ZHANG_WEI = PersonId.of("p-001");
  static final PersonId LIU_YANG = PersonId.of("p-006");
  static final PersonId CHEN_JING = PersonId.of("p-005");
  static final Actor PLATFORM = Actor.of("platform");
  static final Actor OPERATOR = Actor.of("op-003");
  static final HandlingUnit BUILDING_GRID = HandlingUnit.grid(BUILDING_1);
  static final HandlingUnit COMMUNITY = HandlingUnit.grid(CHANGYUAN);
  static final HandlingUnit SUBDISTRICT_CENTRE = HandlingUnit.grid(SUBDISTRICT);
  static final HandlingUnit DISTRICT_CENTRE = HandlingUnit.department("district-governance-centre");
  static final HandlingUnit JUSTICE = HandlingUnit.department("justice");
  static final HandlingUnit HOUSING = HandlingUnit.department("housing");
  static final HandlingUnit WATER = HandlingUnit.department("water-supply");

  static final EscalationPolicy POLICY = EscalationPolicies.standard(WorkingCalendar.chinaNational());

  private EngineFixtures() {}

  /** {@code "2025-09-26 10:00"} in Asia/Shanghai. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime.replace(' ', 'T')).atZone(WorkingCalendar.CHINA_ZONE).toInstant();
  }

  /** The local date of an instant in Asia/Shanghai. */
  static LocalDate dateOf(Instant instant) {
    return instant.atZone(WorkingCalendar.CHINA_ZONE).toLocalDate();
  }

  static final GridHierarchy HIERARCHY = GridHierarchy.of(LevelSchemes.fuxin(), FuxinGrids.nodes(), List.of());
  static final CategoryCatalogue CATALOGUE = CategoryCatalogues.socialGovernance();
  static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  static final RungUnits RUNG_UNITS = RungUnits.inHierarchy(HIERARCHY, CATALOGUE, DISTRICT_CENTRE);

  /**
   * 刘洋 and 张伟 in their grids; the water utility's and the justice bureau's duty staff; the
   * housing bureau's inspector.
   */
  static Staffing staffing() {
    return Staffing.of(HIERARCHY, RoleCatalogues.fuxin(), members(),
        List.of(Assignment.of(LIU_YANG, BUILDING_1, Roles.FULL_TIME_WORKER.id(), Period.from(JAN_1)),
            Assignment.of(ZHANG_WEI, CHANGYUAN, Roles.GRID_LEADER.id(), Period.from(JAN_1))),
        List.of());
  }

  /** {@link #staffing()} with 陈静 as 刘洋's backup, and 刘洋 on leave on Tuesday 18 March 2025. */
  static Staffing staffingWithBackupOnLeave() {
    List<StaffMember> members = new ArrayList<>(members());
    members.add(StaffMember.builder("p-005", "陈静", Employment.FULL_TIME).build());
    return Staffing.of(HIERARCHY, RoleCatalogues.fuxin(), members,
        List.of(Assignment.of(LIU_YANG, BUILDING_1, Roles.FULL_TIME_WORKER.id(), Period.from(JAN_1))
                .withBackup(CHEN_JING),
            Assignment.of(ZHANG_WEI, CHANGYUAN, Roles.GRID_LEADER.id(), Period.from(JAN_1))),
        List.of(Absence.days(LIU_YANG, LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 19), "annual leave")));
  }

  private static List<StaffMember> members() {
    Department water = department("0401");
    Department justice = department("0101");
    return List.of(StaffMember.builder("p-001", "张伟", Employment.PART_TIME).build(),
        StaffMember.builder("p-006", "刘洋", Employment.FULL_TIME).build(),
        StaffMember.builder("ws-duty-01", "赵强", Employment.FULL_TIME).department(water).build(),
        StaffMember.builder("ws-01", "钱军", Employment.FULL_TIME).department(water).build(),
        StaffMember.builder("jb-mediator-02", "孙丽", Employment.FULL_TIME).department(justice).build(),
        StaffMember.builder("jb-duty", "周涛", Employment.FULL_TIME).department(justice).build(),
        StaffMember.builder("hb-inspector", "吴磊", Employment.FULL_TIME).department(Departments.HOUSING).build());
  }

  /**
   * Building workers report, handle, check and send back in their grid; the community leader accepts, dispatches
   * and summons departments over Changyuan; departments handle their cases and answer summonses; the
   * centre's operator accepts or rejects, files, dispatches, checks, holds and resumes, closes and
   * records the rating visit; the
   * resident app and phone line report.
   */
  static AccessPolicy accessPolicy() {
    return AccessPolicy.builder()
        .grant(Roles.FULL_TIME_WORKER.id(), "building-grid", Reach.GRID, CommandKind.REPORT,
            CommandKind.START_HANDLING, CommandKind.REPORT_BACK, CommandKind.HANDLE_ON_SPOT, CommandKind.PASS_CHECK,
            CommandKind.SEND_BACK)
        .grant(Roles.GRID_LEADER.id(), "community", Reach.SUBTREE, CommandKind.ACCEPT, CommandKind.FILE,
            CommandKind.DISPATCH, CommandKind.WHISTLE)
        .departments(CommandKind.START_HANDLING, CommandKind.REPORT_BACK, CommandKind.ACKNOWLEDGE_SUMMONS,
            CommandKind.ARRIVE_ON_SUMMONS)
        .platform(PLATFORM.person(), CaseEngine.PLATFORM_KINDS.toArray(new CommandKind[0]))
        .platform(OPERATOR.person(), CommandKind.ACCEPT, CommandKind.REJECT, CommandKind.FILE, CommandKind.DISPATCH,
            CommandKind.PASS_CHECK, CommandKind.FAIL_CHECK, CommandKind.CLOSE, CommandKind.RATE, CommandKind.HOLD,
            CommandKind.RESUME, CommandKind.ME_TOO)
        .platform(PersonId.of("resident-app"), CommandKind.REPORT)
        .platform(PersonId.of("resident-phone"), CommandKind.REPORT)
        .revealTo(Roles.FULL_TIME_WORKER.id())
        .build();
  }

  static CaseRouter router() {
    return router(staffing());
  }

  static CaseRouter router(Staffing staffing) {
    RoutingTable table = RoutingTable.of(List.of(
        RoutingRule.smallestGrid(RoutingRule.ANY_CATEGORY, Roles.FULL_TIME_WORKER.id())));
    return new CaseRouter(new NoPoints(), staffing, CATALOGUE, table);
  }

  static CaseEngine engine(CaseStorage storage, Clock clock) {
    return engine(storage, clock, staffing());
  }

  static CaseEngine engine(CaseStorage storage, Clock clock, Staffing staffing) {
    return CaseEngine.builder().storage(storage).router(router(staffing)).escalation(POLICY).rungUnits(RUNG_UNITS)
        .access(Authorizer.of(accessPolicy(), staffing, CATALOGUE)).platform(PLATFORM).clock(clock).build();
  }

  private static Department department(String subcategory) {
    return CATALOGUE.findSubcategory(subcategory).orElseThrow().department();
  }

  /** Every deadline check from {@code from} to {@code to}, hour by hour, the engine restarted each day. */
  static List<CaseEvent> checkHourly(CaseStorage storage, Clock clock,
      Instant from, Instant to) {
    List<CaseEvent> recorded = new ArrayList<>();
    CaseEngine engine = engine(storage, clock);
    for (Instant now = from; !now.isAfter(to); now = now.plus(Duration.ofHours(1))) {
      if (Duration.between(from, now).toHours() % 24 == 0) {
        engine = engine(storage, clock);
      }
      recorded.addAll(engine.checkDeadlines(now));
    }
    return recorded;
  }

  /** Cases here are placed by grid code; the scenarios never locate a point. */
  static final class NoPoints implements GridLocator {
    @Override
    public CoordinateSystem coordinateSystem() {
      return CoordinateSystem.GCJ02;
    }

    @Override
    public Location locate(GeoPoint point) {
      throw new IllegalArgumentException("the scenarios place cases by grid code, not " + point);
    }
  }

  /** A notifier that keeps what it was given, in order. Thread-safe. */
  static final class RecordingNotifier implements Notifier {
    private final List<Notification> delivered = new ArrayList<>();

    @Override
    public synchronized void deliver(Notification notification) {
      delivered.add(notification);
    }

    synchronized List<Notification> delivered() {
      return List.copyOf(delivered);
    }

    @Override
    public void close() {}
  }

  /**
   * A storage whose case store passes every call to {@code storage}'s, letting {@link #around} watch
   * or disturb each write (append or save).
   */
  abstract static class WatchedStorage implements CaseStorage {
    final CaseStorage storage;

    WatchedStorage(CaseStorage storage) {
      this.storage = storage;
    }

    /** Runs {@code write}, a write of {@code caseId} with {@code outbox} to {@code real}, returning its version. */
    abstract long around(CaseId caseId, List<Notification> outbox, CaseStore real, LongSupplier write);

    @Override
    public CaseStore cases() {
      CaseStore real = storage.cases();
      return new CaseStore() {
        @Override
        public long append(CaseId caseId, long expectedVersion, List<CaseEvent> events, List<Notification> outbox) {
          return around(caseId, outbox, real, () -> real.append(caseId, expectedVersion, events, outbox));
        }

        @Override
        public long save(CaseFile file, long expectedVersion, List<Notification> outbox) {
          return around(file.id(), outbox, real, () -> real.save(file, expectedVersion, outbox));
        }

        @Override
        public Optional<CaseFile> load(CaseId caseId) {
          return real.load(caseId);
        }

        @Override
        public long version(CaseId caseId) {
          return real.version(caseId);
        }

        @Override
        public ImmutableList<CaseSummary> find(CaseQuery query, Optional<CaseId> after, int limit) {
          return real.find(query, after, limit);
        }
      };
    }

    @Override
    public Outbox outbox() {
      return storage.outbox();
    }

    @Override
    public void close() {
      storage.close();
    }
  }

  /**
   * A storage where another writer records a "me too" on the case just before each of the engine's
   * first {@code limit} writes, so those writes meet a version conflict.
   */
  static final class RacingStorage extends WatchedStorage {
    private final int limit;
    int races;

    RacingStorage(CaseStorage storage, int limit) {
      super(storage);
      this.limit = limit;
    }

    @Override
    long around(CaseId caseId, List<Notification> outbox, CaseStore real, LongSupplier write) {
      if (races < limit) {
        races++;
        CaseFile file = real.load(caseId).orElseThrow();
        real.save(file.execute(new CaseCommand.MeToo(OPERATOR, file.state().lastAt(), Reporter.anonymous(),
            Channel.HOTLINE)), file.version(), List.of());
      }
      return write.getAsLong();
    }
  }

  /**
   * A storage that remembers the key of every notification its store accepted and counts the version
   * conflicts it refused. Thread-safe.
   */
  static final class RecordingStorage extends WatchedStorage {
    private final Set<NotificationKey> accepted = ConcurrentHashMap.newKeySet();
    private final LongAdder conflicts = new LongAdder();

    RecordingStorage(CaseStorage storage) {
      super(storage);
    }

    Set<NotificationKey> acceptedKeys() {
      return Set.copyOf(accepted);
    }

    long conflicts() {
      return conflicts.sum();
    }

    @Override
    long around(CaseId caseId, List<Notification> outbox, CaseStore real, LongSupplier write) {
      long version;
      try {
        version = write.getAsLong();
      } catch (VersionConflictException e) {
        conflicts.increment();
        throw e;
      }
      outbox.forEach(notification -> accepted.add(notification.key()));
      return version;
    }
  }
}
