package org.civicgrid.examples.demo;

import static org.civicgrid.core.report.Severity.ERROR;
import static org.civicgrid.core.report.Severity.WARNING;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.place.PlaceKind;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.staff.Acting;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.ContactKind;
import org.civicgrid.core.staff.LinkKind;
import org.civicgrid.core.staff.Role;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.staff.policy.Capacity;
import org.civicgrid.core.staff.policy.Eligibility;
import org.civicgrid.core.staff.policy.GridSelector;
import org.civicgrid.core.staff.policy.LinkQuota;
import org.civicgrid.core.staff.policy.Presence;
import org.civicgrid.core.staff.policy.RoleCount;
import org.civicgrid.core.staff.policy.StaffingPolicy;
import org.civicgrid.geo.boundary.BoundaryLayer;
import org.civicgrid.geo.patrol.Patrol;
import org.civicgrid.geo.patrol.PatrolAnalyser;
import org.civicgrid.geo.patrol.PatrolArea;
import org.civicgrid.geo.patrol.PatrolDay;
import org.civicgrid.geo.patrol.PatrolReport;
import org.civicgrid.geo.patrol.PatrolRequirement;
import org.civicgrid.geo.patrol.Track;

/**
 * The demo's staffing: staffs the sample county ({@link SampleStaff}), prints one grid's team with
 * contacts masked and who acts for its absent leader, the gap report of a policy after Fuxin's
 * leaders by level, and one full-time worker's patrol compliance for a day from a made-up track
 * ({@link SampleTrack}).
 */
final class StaffingDemo {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  private StaffingDemo() {}

  /** Runs the step; {@code boundaries} is the sample county's boundary layer as imported (GCJ-02). */
  static void run(GridHierarchy county, BoundaryLayer boundaries, PrintStream out) {
    Staffing staffing = SampleStaff.of(county);
    out.printf("%nStaffing on %s: %d members, %d assignments, %d absence; team of %s, contacts masked:%n",
        SampleStaff.DAY, staffing.members().size(), staffing.assignments().size(), staffing.absences().size(),
        label(county.get(SampleStaff.CHANGYUAN)));
    for (Assignment post : staffing.team(SampleStaff.CHANGYUAN, SampleStaff.DAY).assignments()) {
      Role role = staffing.roles().get(post.role());
      StaffMember member = staffing.member(post.person());
      out.printf("  %s %s: %s, %s%s%s%n", role.nameZh(), role.nameEn(), member.label(),
          member.contact(ContactKind.MOBILE).map(Object::toString).orElse("no contact"),
          post.link().isCadreLink() ? ", " + post.link().nameZh() : "",
          post.backup().map(b -> ", backup " + staffing.member(b).label()).orElse(""));
    }
    LocalDateTime morning = SampleStaff.DAY.atTime(10, 0);
    Acting acting = staffing.whoActs(SampleStaff.CHANGYUAN, Roles.GRID_LEADER.id(), morning);
    out.printf("Who acts as grid leader at %s: %s%n  %s%n", morning, acting.basis(), acting.explanation());

    StaffingPolicy policy = fuxinPolicy();
    Report gaps = policy.evaluate(staffing, SampleStaff.DAY);
    out.printf("%nStaffing policy '%s' (%d rules) on %s, gap report (%d findings):%n", policy.id(),
        policy.rules().size(), SampleStaff.DAY, gaps.findings().size());
    gaps.findings().forEach(f -> out.println("  " + f));

    patrols(staffing, boundaries, out);
  }

  /**
   * Fuxin's leaders by level (DOMAIN.md §3): party secretaries lead the level-1 and level-2 grids, a
   * full-time worker serves each compound for up to 300 households, a village cadre each hamlet, a
   * volunteer each building; the district leader linking grids links an urban and a rural one.
   */
  static StaffingPolicy fuxinPolicy() {
    RoleId leader = Roles.GRID_LEADER.id();
    RoleId worker = Roles.FULL_TIME_WORKER.id();
    return StaffingPolicy.builder("fuxin-sample")
        .rule("one-grid-leader", ERROR, RoleCount.exactly(leader, 1), "subdistrict", "township", "community", "village")
        .rule("grid-leader-party-member", ERROR, Eligibility.partyMember(leader))
        .rule("needs-full-time-worker", ERROR, RoleCount.atLeast(worker, 1), "compound")
        .rule("households-per-full-time-worker", WARNING, Capacity.of(worker, 300), "compound")
        .rule("needs-part-time-worker", ERROR, RoleCount.atLeast(Roles.PART_TIME_WORKER.id(), 1), "hamlet")
        .rule("building-leader-per-building", WARNING,
            Presence.atEvery(PlaceKind.BUILDING, Roles.BUILDING_LEADER.id()), "building-grid")
        .rule("district-leader-links-urban-grid", ERROR, districtLeaderLinks("subdistrict"))
        .rule("district-leader-links-rural-grid", ERROR, districtLeaderLinks("township"))
        .build();
  }

  private static LinkQuota districtLeaderLinks(String branch) {
    return LinkQuota.of(Roles.LIAISON_CADRE.id(), LinkKind.LINKED, 1, GridSelector.within(branch))
        .heldBy(LinkKind.LINKED);
  }

  /** 王强's day: a long morning patrol with a noisy position and a short afternoon one. */
  private static void patrols(Staffing staffing, BoundaryLayer boundaries, PrintStream out) {
    PatrolRequirement rule = PatrolRequirement.fullTimeWorker();
    GridCode grid = staffing.assignmentsOf(SampleStaff.WANG_QIANG, SampleStaff.DAY).stream()
        .filter(a -> a.role().equals(rule.role())).findFirst().orElseThrow().grid();
    PatrolAnalyser analyser = PatrolAnalyser.of(rule);
    ZoneId zone = analyser.zone();
    PatrolArea area = PatrolArea.of(boundaries, grid);
    Track track = SampleTrack.of(SampleStaff.WANG_QIANG, boundaries, boundaries.boundary(grid).orElseThrow())
        .patrol(SampleStaff.DAY.atTime(8, 30).atZone(zone), Duration.ofMinutes(70), true)
        .patrol(SampleStaff.DAY.atTime(15, 0).atZone(zone), Duration.ofMinutes(40), false)
        .build();
    PatrolReport report = analyser.analyse(track, area);
    out.printf(Locale.ROOT, "%nPatrols of %s, %s of %s (seed 003: %d a day, each ≥ %d min, ≥ %,.0f m, ≥ %.0f %%"
            + " inside), from %,d %s positions:%n", staffing.member(SampleStaff.WANG_QIANG).label(),
        staffing.roles().get(rule.role()).nameEn(),
        label(staffing.hierarchy().get(grid)), rule.patrolsPerDay(), rule.minDuration().toMinutes(),
        rule.minLengthMetres(), 100 * rule.minInsideShare(), track.size(), track.system());
    for (PatrolDay day : report.days()) {
      for (Patrol patrol : day.patrols()) {
        out.printf(Locale.ROOT, "  patrol %d %s–%s, %d min, %,.0f m, %.0f %% inside: %s%n", patrol.number(),
            CLOCK.format(patrol.start().atZone(zone)), CLOCK.format(patrol.end().atZone(zone)),
            patrol.duration().toMinutes(), patrol.lengthMetres(), 100 * patrol.insideShare(),
            patrol.counts() ? "counts" : "misses " + patrol.shortfalls());
      }
      day.discarded().forEach(fix -> out.printf(Locale.ROOT,
          "  discarded as GPS noise: %,.0f m off at %s, %,.0f km/h%n",
          fix.metres(), fix.time().atZone(zone).toLocalTime(), fix.kmPerHour()));
      out.printf("  %s: %s, %d of %d patrols count%n", day.day(), day.compliant() ? "complies" : "fails",
          day.counted().size(), day.patrols().size());
      day.findings().findings().forEach(f -> out.println("    " + f));
    }
  }

  private static String label(Grid grid) {
    return grid.name() + " (" + grid.code() + ")";
  }
}
