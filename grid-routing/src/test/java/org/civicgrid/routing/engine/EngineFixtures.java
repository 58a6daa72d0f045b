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
import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.locate.GridLocator;
import org.civicgrid.core.locate.Location;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.routing.calendar.TimeLimit;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.cases.EscalationRung;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Tier;
import org.civicgrid.routing.category.CategoryCatalogues;
import org.civicgrid.routing.dispatch.CaseRouter;
import org.civicgrid.routing.dispatch.RoutingRule;
import org.civicgrid.routing.dispatch.RoutingTable;
import org.civicgrid.routing.escalation.EscalationLadder;
import org.civicgrid.routing.escalation.EscalationPolicy;
import org.civicgrid.routing.escalation.RungLimit;
import org.civicgrid.routing.escalation.RungUnits;
import org.civicgrid.routing.escalation.SupervisionPolicy;
import org.civicgrid.routing.notify.Notification;
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
  static final Actor PLATFORM = Actor.of("platform");
  static final Actor OPERATOR = Actor.of("op-003");
  static final HandlingUnit BUILDING_GRID = HandlingUnit.grid(BUILDING_1);
  static final HandlingUnit COMMUNITY = HandlingUnit.grid(CHANGYUAN);
  static final HandlingUnit SUBDISTRICT_CENTRE = HandlingUnit.grid(SUBDISTRICT);
  static final HandlingUnit DISTRICT_CENTRE = HandlingUnit.department("district-governance-centre");
  static final HandlingUnit JUSTICE = HandlingUnit.department("justice");
  static final HandlingUnit HOUSING = HandlingUnit.department("housing");
  static final HandlingUnit WATER = HandlingUnit.department("water-supply");

  static final RungUnits RUNG_UNITS = (state, rung) -> Map.of(EscalationRung.GRID_WORKER, BUILDING_GRID,
      EscalationRung.COMMUNITY, COMMUNITY, EscalationRung.SUBDISTRICT, SUBDISTRICT_CENTRE,
      EscalationRung.DISTRICT_CENTRE, DISTRICT_CENTRE, EscalationRung.DEPARTMENT, JUSTICE).get(rung);

  static final EscalationLadder FULL = EscalationLadder.of(
      RungLimit.of(EscalationRung.GRID_WORKER, TimeLimit.workingDays(1)),
      RungLimit.of(EscalationRung.COMMUNITY, TimeLimit.workingDays(1)),
      RungLimit.of(EscalationRung.SUBDISTRICT, TimeLimit.workingDays(2)),
      RungLimit.of(EscalationRung.DISTRICT_CENTRE, TimeLimit.workingDays(2)),
      RungLimit.of(EscalationRung.DEPARTMENT, TimeLimit.workingDays(5)));

  static final EscalationPolicy POLICY = EscalationPolicy.builder(WorkingCalendar.chinaNational())
      .ladder(Tier.NETWORK, FULL)
      .ladder(Tier.GRID, FULL.cappedAt(EscalationRung.SUBDISTRICT))
      .ladder(Tier.HOUSEHOLD, FULL.cappedAt(EscalationRung.COMMUNITY))
      .supervision(SupervisionPolicy.of(TimeLimit.workingHours(4), TimeLimit.workingDays(2)))
      .summons(TimeLimit.workingHours(2), EscalationRung.DISTRICT_CENTRE)
      .build();

  private EngineFixtures() {}

  /** {@code "2025-09-26 10:00"} in Asia/Shanghai. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime.replace(' ', 'T')).atZone(WorkingCalendar.CHINA_ZONE).toInstant();
  }

  /** The local date of an instant in Asia/Shanghai. */
  static LocalDate dateOf(Instant instant) {
    return instant.atZone(WorkingCalendar.CHINA_ZONE).toLocalDate();
  }

  static CaseRouter router() {
    GridHierarchy hierarchy = GridHierarchy.of(LevelSchemes.fuxin(), FuxinGrids.nodes(), List.of());
    LocalDate jan1 = LocalDate.of(2025, 1, 1);
    Staffing staffing = Staffing.of(hierarchy, RoleCatalogues.fuxin(),
        List.of(StaffMember.builder("p-001", "张伟", Employment.PART_TIME).build(),
            StaffMember.builder("p-006", "刘洋", Employment.FULL_TIME).build()),
        List.of(Assignment.of(LIU_YANG, BUILDING_1, Roles.FULL_TIME_WORKER.id(), Period.from(jan1)),
            Assignment.of(ZHANG_WEI, CHANGYUAN, Roles.GRID_LEADER.id(), Period.from(jan1))),
        List.of());
    RoutingTable table = RoutingTable.of(List.of(
        RoutingRule.smallestGrid(RoutingRule.ANY_CATEGORY, Roles.FULL_TIME_WORKER.id())));
    return new CaseRouter(new NoPoints(), staffing, CategoryCatalogues.socialGovernance(), table);
  }

  static CaseEngine engine(CaseStorage storage, Clock clock) {
    return new CaseEngine(storage, router(), POLICY, RUNG_UNITS, clock, NotificationPlanner.standard(), PLATFORM);
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
   * A storage where another writer records a "me too" on the case just before each of the engine's
   * first {@code races} appends, so those appends meet a version conflict.
   */
  static final class RacingStorage implements CaseStorage {
    private final CaseStorage storage;
    private final int limit;
    int races;

    RacingStorage(CaseStorage storage, int limit) {
      this.storage = storage;
      this.limit = limit;
    }

    @Override
    public CaseStore cases() {
      CaseStore real = storage.cases();
      return new CaseStore() {
        @Override
        public long append(CaseId caseId, long expectedVersion, List<CaseEvent> events, List<Notification> outbox) {
          if (races < limit) {
            races++;
            CaseFile file = real.load(caseId).orElseThrow();
            real.save(file.execute(new CaseCommand.MeToo(OPERATOR, file.state().lastAt(), Reporter.anonymous(),
                Channel.HOTLINE)), file.version(), List.of());
          }
          return real.append(caseId, expectedVersion, events, outbox);
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
    public void close() {}
  }
}
