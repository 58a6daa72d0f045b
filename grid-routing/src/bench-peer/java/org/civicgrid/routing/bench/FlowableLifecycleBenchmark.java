package org.civicgrid.routing.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.Task;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 5's peer for {@link CaseEngineBenchmark}: the same case lifecycle in an embedded BPMN engine,
 * Flowable 7 with audit history on an in-memory H2 database, which the issue puts at some 200–300
 * lifecycles per second; run both in one JMH run so the ratio is measured on the same machine at the
 * same moment. One op starts a process instance of {@code case-lifecycle.bpmn20.xml} with the case id,
 * category and grid (the report), then finds the instance's open task and completes it for each of
 * accept, file, dispatch (naming the grid worker, the assignee of the next two tasks), take, report
 * back (the text and photo), check (passed), close and rate (score and comment); every step writes its
 * runtime rows and audit history through MyBatis into H2. Flowable does less domain work per case than
 * the case engine — no routing through a staffed hierarchy, no authorization, no deadline clock — so
 * the comparison favours Flowable. Some 220 JDBC statements run per lifecycle (the definition lookup,
 * the task queries, the inserts, updates and deletes of runtime and history rows). History
 * accumulates over the trial (one engine, created once); the async executor is off, so nothing runs
 * beside the measured thread. The warmup is long because a short one measures the JIT, not Flowable.
 * The benchmark state is confined to JMH's thread, so thread-safety does not arise.
 *
 * <p>Flowable and H2 are on the classpath only in the {@code bench} profile, which adds this source
 * directory ({@code src/bench-peer}) to the test sources; the normal build neither compiles nor
 * resolves them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Flowable, MyBatis and H2 take the JIT about a minute to compile: on the 2-core build machine the score
// climbed from 7 to 25 ops/s over 12 x 10 s and held from the sixth 10 s iteration on.
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 4)
// Flowable logs its engine start at INFO; the fork's output should show the scores.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Dorg.slf4j.simpleLogger.log.org.flowable=warn"})
public class FlowableLifecycleBenchmark {
  private static final String PROCESS = "caseLifecycle";
  private static final String INTAKE = "hotline-12345";
  private static final String OPERATOR = "centre-operator";
  private static final int GRIDS = 4096;
  private static final String[] CATEGORIES = {"0101", "0201", "0202", "0203", "0303"};
  private static final String PHOTO = "https://files.example.org/after.jpg";

  private ProcessEngine engine;
  private RuntimeService runtime;
  private TaskService tasks;
  private String[] grids;
  private long serial;

  @Setup(Level.Trial)
  public void setUp() {
    ProcessEngineConfiguration configuration = ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:flowable-peer;DB_CLOSE_DELAY=-1")
        // The database dies with the fork; create-drop's drop fails on H2 2 and only adds noise.
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistoryLevel(HistoryLevel.AUDIT)
        .setAsyncExecutorActivate(false);
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .addClasspathResource("org/civicgrid/routing/bench/case-lifecycle.bpmn20.xml")
        .deploy();
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    grids = new String[GRIDS];
    for (int i = 0; i < GRIDS; i++) {
      grids[i] = String.format("210902%06d", i * 7919 % 12_096);
    }
    requireClosedAndRated(completeLifecycle(), engine.getHistoryService());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
  }

  @Benchmark
  public String completeLifecycle() {
    long n = serial++;
    String grid = grids[(int) (n % GRIDS)];
    Map<String, Object> report = new HashMap<>();
    report.put("caseId", "c-" + n);
    report.put("category", CATEGORIES[(int) (n % CATEGORIES.length)]);
    report.put("grid", grid);
    report.put("description", "A car has blocked the fire lane at building 3 since last night.");
    Authentication.setAuthenticatedUserId(INTAKE);
    String instance = runtime.startProcessInstanceByKey(PROCESS, "c-" + n, report).getId();
    Authentication.setAuthenticatedUserId(OPERATOR);
    complete(instance, Map.of());
    complete(instance, Map.of());
    complete(instance, Map.of("worker", "worker-" + grid));
    Authentication.setAuthenticatedUserId("worker-" + grid);
    complete(instance, Map.of());
    complete(instance, Map.of("reportBack", "car moved", "photo", PHOTO));
    Authentication.setAuthenticatedUserId(OPERATOR);
    complete(instance, Map.of("checkPassed", true));
    complete(instance, Map.of());
    complete(instance, Map.of("rating", 5, "ratingComment", "quick"));
    Authentication.setAuthenticatedUserId(null);
    return instance;
  }

  private void complete(String instance, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    tasks.complete(task.getId(), variables);
  }

  /** Fails the trial, before anything is measured, if the process does not run to its end. */
  private static void requireClosedAndRated(String instance, HistoryService history) {
    HistoricProcessInstance done = history.createHistoricProcessInstanceQuery()
        .processInstanceId(instance).includeProcessVariables().singleResult();
    if (done == null || done.getEndTime() == null
        || !Integer.valueOf(5).equals(done.getProcessVariables().get("rating"))) {
      throw new IllegalStateException("case lifecycle did not end rated: " + instance);
    }
  }
}
