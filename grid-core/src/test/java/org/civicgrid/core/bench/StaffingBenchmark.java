package org.civicgrid.core.bench;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.staff.Acting;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.staff.Team;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The staffing snapshot of a 12,000-grid county with about 80,000 assignments ({@link StaffedCity}):
 * building and validating it (target well under a second), and the queries a staffing-policy
 * evaluator or the case engine makes per grid — holders of a post, a grid's team, all grids a person
 * serves, who acts — each a hash lookup plus a look at a few assignments. {@link #teamsOfLevel} is
 * every level-3 grid with its team, one whole pass of a policy evaluation's input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StaffingBenchmark {
  private static final RoleId GRID_LEADER = Roles.GRID_LEADER.id();
  private static final int QUERIES = 1 << 14;

  private StaffedCity.Data data;
  private Staffing staffing;
  private org.civicgrid.core.scheme.Level gridLevel;
  private GridCode[] grids;
  private LocalDate[] dates;
  private LocalDateTime[] times;
  private PersonId[] persons;
  private int next;

  @Setup(Level.Trial)
  public void generate() {
    data = StaffedCity.generate(11);
    staffing = Staffing.of(data.hierarchy(), data.roles(), data.members(), data.assignments(), data.absences());
    gridLevel = data.hierarchy().scheme().level("grid");
    Random random = new Random(5);
    List<GridCode> leaves = data.leafGrids();
    grids = new GridCode[QUERIES];
    dates = new LocalDate[QUERIES];
    times = new LocalDateTime[QUERIES];
    persons = new PersonId[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      grids[i] = GridCode.of(new String(leaves.get(random.nextInt(leaves.size())).value().toCharArray()));
      dates[i] = StaffedCity.CHANGE_DAY.plusDays(random.nextInt(60) - 30);
      times[i] = dates[i].atTime(random.nextInt(24), random.nextInt(60));
      persons[i] = data.members().get(random.nextInt(data.members().size())).id();
    }
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Staffing build() {
    return Staffing.of(data.hierarchy(), data.roles(), data.members(), data.assignments(), data.absences());
  }

  @Benchmark
  public ImmutableList<PersonId> holders() {
    int i = next++ & (QUERIES - 1);
    return staffing.holders(grids[i], GRID_LEADER, dates[i]);
  }

  @Benchmark
  public Team team() {
    int i = next++ & (QUERIES - 1);
    return staffing.team(grids[i], dates[i]);
  }

  @Benchmark
  public ImmutableSet<GridCode> gridsOf() {
    int i = next++ & (QUERIES - 1);
    return staffing.gridsOf(persons[i], dates[i]);
  }

  @Benchmark
  public Acting whoActs() {
    int i = next++ & (QUERIES - 1);
    return staffing.whoActs(grids[i], GRID_LEADER, times[i]);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ImmutableList<Team> teamsOfLevel() {
    return staffing.teams(gridLevel, dates[next++ & (QUERIES - 1)]);
  }
}
