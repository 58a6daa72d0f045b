package org.civicgrid.core.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.civicgrid.core.report.Report;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.staff.policy.Capacity;
import org.civicgrid.core.staff.policy.Eligibility;
import org.civicgrid.core.staff.policy.PolicyEvaluator;
import org.civicgrid.core.staff.policy.StaffingPolicies;
import org.civicgrid.core.staff.policy.StaffingPolicy;
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
 * The gap report of a 12,000-grid county with about 80,000 assignments ({@link StaffedCity}) under
 * Tongnan's 1+6+N policy for its level-3 grids, with Wuhua's party rule for grid leaders and at most 300
 * households per full-time worker added: 11 rules. The city's teams lack the instructor, mediator, police
 * officer and medical worker, two grid leaders in three are not party members and its district leaders'
 * grids carry no urban or rural tags, so the report holds some 60,000 gaps — the cost of writing them is
 * measured too. Target: well under a second ({@link #evaluate}); {@link #evaluateOnce} adds the checks of
 * roles and levels made when a policy is prepared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StaffingPolicyBenchmark {
  private static final LocalDate DAY = StaffedCity.CHANGE_DAY.plusDays(10);

  private Staffing staffing;
  private StaffingPolicy policy;
  private PolicyEvaluator evaluator;

  @Setup(Level.Trial)
  public void generate() {
    StaffedCity.Data data = StaffedCity.generate(11);
    staffing = Staffing.of(data.hierarchy(), data.roles(), data.members(), data.assignments(), data.absences());
    policy = StaffingPolicy.builder("staffed-city")
        .include(StaffingPolicies.tongnan("grid"))
        .rule("grid-leader-party-member", Severity.ERROR, Eligibility.partyMember(Roles.GRID_LEADER.id()))
        .rule("households-per-full-time-worker", Severity.WARNING, Capacity.of(Roles.FULL_TIME_WORKER.id(), 300),
            "grid")
        .build();
    evaluator = policy.evaluatorFor(staffing);
  }

  @Benchmark
  public Report evaluate() {
    return evaluator.evaluate(staffing, DAY);
  }

  @Benchmark
  public Report evaluateOnce() {
    return policy.evaluate(staffing, DAY);
  }
}
