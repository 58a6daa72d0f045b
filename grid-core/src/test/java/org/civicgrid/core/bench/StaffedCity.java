package org.civicgrid.core.bench;

import static org.civicgrid.core.staff.Roles.FULL_TIME_WORKER;
import static org.civicgrid.core.staff.Roles.GRID_LEADER;
import static org.civicgrid.core.staff.Roles.LIAISON_CADRE;
import static org.civicgrid.core.staff.Roles.PART_TIME_WORKER;
import static org.civicgrid.core.staff.Roles.VOLUNTEER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.staff.Absence;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Contact;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.LinkKind;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.Role;
import org.civicgrid.core.staff.RoleCatalogue;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.StaffMember;

/**
 * A seeded, Wuhua-shaped county at the size issue 4 benchmarks: 16 townships × 28 communities × 3
 * areas × 9 grids (12,096 level-3 grids, 13,905 in all) staffed with Tongnan's roles — about 80,000
 * assignments. Each level-3 grid has a grid leader who changed on {@link #CHANGE_DAY} (the new one with
 * the full-time worker as backup), a full-time and a part-time worker and two volunteers; areas,
 * communities and townships have leaders, communities two linked cadres, and every third grid a cadre
 * registered there and at its area (双报到). One member in a hundred has a day's absence.
 */
public final class StaffedCity {
  /** The day every level-3 grid's leader changed. */
  public static final LocalDate CHANGE_DAY = LocalDate.of(2024, 7, 1);
  static final LocalDate SINCE = LocalDate.of(2023, 1, 1);

  /** The generated data, ready for {@link org.civicgrid.core.staff.Staffing#of}. */
  public record Data(GridHierarchy hierarchy, RoleCatalogue roles, List<StaffMember> members,
      List<Assignment> assignments, List<Absence> absences, List<GridCode> leafGrids) {}

  private final List<GridNode> nodes = new ArrayList<>();
  private final List<StaffMember> members = new ArrayList<>();
  private final List<Assignment> assignments = new ArrayList<>();
  private final List<Absence> absences = new ArrayList<>();
  private final List<GridCode> leaves = new ArrayList<>();
  private final Random random;

  private StaffedCity(long seed) {
    this.random = new Random(seed);
  }

  public static Data generate(long seed) {
    StaffedCity city = new StaffedCity(seed);
    city.build();
    return new Data(GridHierarchy.of(LevelSchemes.wuhua(), city.nodes, List.of()), RoleCatalogues.tongnan(),
        city.members, city.assignments, city.absences, city.leaves);
  }

  private void build() {
    nodes.add(GridNode.of("441424", "五华县", "county", null));
    for (int t = 1; t <= 16; t++) {
      String township = "441424" + (100 + t);
      nodes.add(GridNode.of(township, "镇" + t, "township", "441424"));
      lead(township, GRID_LEADER);
      for (int c = 1; c <= 28; c++) {
        String community = township + three(c);
        nodes.add(GridNode.of(community, "社区" + t + "-" + c, "community", township));
        lead(community, GRID_LEADER);
        cadre(community, LinkKind.LINKED);
        cadre(community, LinkKind.CONTRACTED);
        for (int a = 1; a <= 3; a++) {
          String area = community + three(a);
          nodes.add(GridNode.of(area, "片区" + a, "area", community));
          lead(area, GRID_LEADER);
          lead(area, FULL_TIME_WORKER);
          for (int g = 1; g <= 9; g++) {
            grid(area, area + three(g), g);
          }
        }
      }
    }
  }

  private void grid(String area, String code, int g) {
    nodes.add(GridNode.of(code, "网格" + g, "grid", area).withCounts(280 + random.nextInt(60), 800));
    leaves.add(GridCode.of(code));
    PersonId worker = lead(code, FULL_TIME_WORKER);
    PersonId old = member(Employment.PART_TIME);
    assignments.add(Assignment.of(old, GridCode.of(code), GRID_LEADER.id(), Period.of(SINCE, CHANGE_DAY)));
    assignments.add(Assignment.of(member(Employment.PART_TIME), GridCode.of(code), GRID_LEADER.id(),
        Period.from(CHANGE_DAY)).withBackup(worker));
    lead(code, PART_TIME_WORKER);
    lead(code, VOLUNTEER);
    lead(code, VOLUNTEER);
    if (g % 3 == 0) {
      PersonId cadre = member(Employment.PART_TIME);
      assignments.add(Assignment.of(cadre, GridCode.of(area), LIAISON_CADRE.id(), Period.from(SINCE))
          .withLink(LinkKind.WORKPLACE_REGISTRATION));
      assignments.add(Assignment.of(cadre, GridCode.of(code), LIAISON_CADRE.id(), Period.from(SINCE))
          .withLink(LinkKind.RESIDENCE_REGISTRATION));
    }
  }

  private PersonId lead(String grid, Role role) {
    PersonId person = member(role == VOLUNTEER ? Employment.VOLUNTEER
        : role == FULL_TIME_WORKER ? Employment.FULL_TIME : Employment.PART_TIME);
    assignments.add(Assignment.of(person, GridCode.of(grid), role.id(), Period.from(SINCE)));
    return person;
  }

  private void cadre(String grid, LinkKind link) {
    assignments.add(Assignment.of(member(Employment.PART_TIME), GridCode.of(grid), LIAISON_CADRE.id(),
        Period.from(SINCE)).withLink(link));
  }

  private PersonId member(Employment employment) {
    String id = "p-" + (members.size() + 1);
    StaffMember.Builder member = StaffMember.builder(id, "员" + (members.size() + 1), employment)
        .contact(Contact.mobile("139" + String.format("%08d", members.size())));
    if (random.nextInt(3) == 0) {
      member.partyMember();
    }
    members.add(member.build());
    PersonId person = PersonId.of(id);
    if (random.nextInt(100) == 0) {
      LocalDate day = SINCE.plusDays(random.nextInt(730));
      absences.add(Absence.days(person, day, day.plusDays(1), "leave"));
    }
    return person;
  }

  private static String three(int n) {
    return String.format("%03d", n);
  }
}
