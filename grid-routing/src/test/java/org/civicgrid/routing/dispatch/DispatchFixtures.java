package org.civicgrid.routing.dispatch;

import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;
import static org.civicgrid.core.hierarchy.FuxinGrids.COMPOUND;
import static org.civicgrid.core.hierarchy.FuxinGrids.HAMLET_1;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.FuxinGrids;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.locate.GridLocator;
import org.civicgrid.core.locate.Location;
import org.civicgrid.core.place.Place;
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
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.category.CategoryCatalogues;

/**
 * Changyuan community of {@link FuxinGrids} staffed for routing tests: building 1 has a full-time worker
 * (刘洋) with a backup (陈静); building 2 has none, so the compound's worker (赵磊) covers it; Xinhua's
 * building and compound have none at all; Changyuan's grid leader is 张伟. 刘洋 is on leave on {@link
 * #LEAVE_DAY}.
 */
final class DispatchFixtures {
  static final PersonId ZHANG_WEI = PersonId.of("p-001");
  static final PersonId ZHAO_LEI = PersonId.of("p-004");
  static final PersonId CHEN_JING = PersonId.of("p-005");
  static final PersonId LIU_YANG = PersonId.of("p-006");

  static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  /** A Monday morning when everyone is at work. */
  static final LocalDateTime MONDAY = LocalDateTime.of(2025, 3, 17, 10, 0);
  /** The Tuesday 刘洋 is on annual leave. */
  static final LocalDate LEAVE_DAY = LocalDate.of(2025, 3, 18);

  /** Building 3 of the first compound, in building grid 1 (its households are counted on the grid). */
  static final Place BUILDING_3 = Place.building("b-0003", "3号楼", BUILDING_1, 0, 0);

  static final GeoPoint IN_BUILDING_1 = GeoPoint.gcj02(121.6702, 42.0153);
  static final GeoPoint IN_BUILDING_2 = GeoPoint.gcj02(121.6710, 42.0150);
  static final GeoPoint IN_XINHUA = GeoPoint.gcj02(121.6800, 42.0200);
  /** In the fields east of the hamlets, 350 m from hamlet 1. */
  static final GeoPoint IN_THE_FIELDS = GeoPoint.gcj02(121.9000, 42.1000);
  /** A Baidu point, which the fake locator cannot read. */
  static final GeoPoint BAIDU = new GeoPoint(121.6702, 42.0153, CoordinateSystem.BD09);

  private DispatchFixtures() {}

  static GridHierarchy hierarchy() {
    return GridHierarchy.of(LevelSchemes.fuxin(), FuxinGrids.nodes(), List.of(BUILDING_3));
  }

  static Staffing staffing() {
    return Staffing.of(hierarchy(), RoleCatalogues.fuxin(),
        List.of(StaffMember.builder("p-001", "张伟", Employment.PART_TIME).build(),
            StaffMember.builder("p-004", "赵磊", Employment.FULL_TIME).build(),
            StaffMember.builder("p-005", "陈静", Employment.FULL_TIME).build(),
            StaffMember.builder("p-006", "刘洋", Employment.FULL_TIME).build()),
        List.of(Assignment.of(LIU_YANG, BUILDING_1, Roles.FULL_TIME_WORKER.id(), Period.from(JAN_1))
                .withBackup(CHEN_JING),
            Assignment.of(ZHAO_LEI, COMPOUND, Roles.FULL_TIME_WORKER.id(), Period.from(JAN_1)),
            Assignment.of(ZHANG_WEI, CHANGYUAN, Roles.GRID_LEADER.id(), Period.from(JAN_1))),
        List.of(Absence.days(LIU_YANG, LEAVE_DAY, LEAVE_DAY.plusDays(1), "annual leave")));
  }

  /** Disputes and the rest to the smallest grid's full-time worker; safety hazards to the community's leader. */
  static RoutingTable table() {
    return RoutingTable.of(List.of(
        RoutingRule.smallestGrid(RoutingRule.ANY_CATEGORY, Roles.FULL_TIME_WORKER.id()),
        RoutingRule.atLevel("02", "community", Roles.GRID_LEADER.id())));
  }

  static CaseRouter router() {
    return new CaseRouter(new FakeLocator(), staffing(), CategoryCatalogues.socialGovernance(), table());
  }

  static Case reported(String category, CasePlace place) {
    return Case.builder(CaseId.of("c-" + category))
        .category(category)
        .place(place)
        .channel(Channel.GRID_GROUP)
        .description("reported in the grid group")
        .build();
  }

  /** Knows four points of Haizhou; every other GCJ-02 point is in the fields; Baidu points are unreadable. */
  static final class FakeLocator implements GridLocator {
    private static final ImmutableMap<GeoPoint, GridCode> LEAVES = ImmutableMap.of(
        IN_BUILDING_1, BUILDING_1, IN_BUILDING_2, FuxinGrids.BUILDING_2, IN_XINHUA, FuxinGrids.XINHUA_BUILDING);

    @Override
    public CoordinateSystem coordinateSystem() {
      return CoordinateSystem.GCJ02;
    }

    @Override
    public Location locate(GeoPoint point) {
      if (point.system() == CoordinateSystem.BD09) {
        throw new IllegalArgumentException("cannot convert " + point + " from BD09");
      }
      GridCode leaf = LEAVES.get(point);
      if (leaf == null) {
        return Location.uncovered(point, HAMLET_1, 350.4);
      }
      return Location.inside(point, hierarchy().pathToTop(leaf).stream().map(g -> g.code()).toList());
    }
  }
}
