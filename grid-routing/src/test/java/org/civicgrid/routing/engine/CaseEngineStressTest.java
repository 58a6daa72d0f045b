package org.civicgrid.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_1;
import static org.civicgrid.core.hierarchy.FuxinGrids.BUILDING_2;
import static org.civicgrid.routing.engine.EngineFixtures.LIU_YANG;
import static org.civicgrid.routing.engine.EngineFixtures.OPERATOR;
import static org.civicgrid.routing.engine.EngineFixtures.at;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.routing.access.AccessDeniedException;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.IllegalTransitionException;
import org.civicgrid.routing.cases.Tier;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationDispatcher;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Notifier;
import org.civicgrid.routing.notify.RetryPolicy;
import org.civicgrid.routing.notify.VirtualClock;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStore;
import org.civicgrid.routing.store.InMemoryCaseStorageFactory;
import org.civicgrid.routing.engine.EngineFixtures.RecordingStorage;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's stress test: 8 writer threads give 100,000 cases random commands — valid, illegal in the
 * case's state, from actors without the right, out of time order — while a deadline checker escalates
 * and a dispatcher delivers through a notifier that fails 30 % of calls; a tenth of the commands go to
 * 64 hot cases, so writers conflict. Afterwards every case's state
 * is the replay of its audit log, every event an engine call acknowledged is in the log where it was
 * written (so no conflict was overwritten), and every notification the store accepted reached the
 * receiver exactly once.
 */
class CaseEngineStressTest {
  private static final int THREADS = 8;
  private static final int CASES = 100_000;
  private static final int COMMANDS_PER_THREAD = 75_000;
  /** One command in ten goes to these few cases, so writers meet on them and conflict. */
  private static final int HOT_CASES = 64;
  private static final Instant START = at("2025-03-17 08:00");
  private static final Actor STRANGER = Actor.of("stranger");

  private final AtomicLong ticks = new AtomicLong();
  private final Queue<CaseEvent> acknowledged = new ConcurrentLinkedQueue<>();
  private final Map<Class<?>, LongAdder> refusals = new ConcurrentHashMap<>();

  @Test
  void eightWritersADeadlineCheckerAndAFailingNotifierLoseNothingAndDuplicateNothing() throws Exception {
    // Hundreds of thousands of refusals are logged at DEBUG and denials at WARN; keep them off the build's output.
    PrintStream console = System.err;
    System.setErr(new PrintStream(OutputStream.nullOutputStream()));
    try {
      run();
    } finally {
      System.setErr(console);
    }
  }

  private void run() throws Exception {
    RecordingStorage storage = new RecordingStorage(new InMemoryCaseStorageFactory().create(Config.empty()));
    VirtualClock clock = new VirtualClock(START);
    CaseEngine engine = EngineFixtures.engine(storage, clock);
    IdempotentReceiver receiver = new IdempotentReceiver(new Random(5), 0.30);
    VirtualClock dispatchClock = new VirtualClock(START);
    NotificationDispatcher dispatcher = new NotificationDispatcher(storage.outbox(), receiver, dispatchClock,
        RetryPolicy.standard(), "stress");

    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 2);
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      writers.add(pool.submit(() -> report(engine, thread)));
    }
    for (Future<?> writer : writers) {
      writer.get(5, TimeUnit.MINUTES);
    }
    writers.clear();
    AtomicBoolean writing = new AtomicBoolean(true);
    for (int t = 0; t < THREADS; t++) {
      long seed = t;
      writers.add(pool.submit(() -> commands(engine, new Random(seed))));
    }
    Future<Integer> checker = pool.submit(() -> checkDeadlines(engine, writing));
    Future<?> delivery = pool.submit(() -> {
      while (writing.get()) {
        dispatcher.dispatchDue();
      }
    });
    for (Future<?> writer : writers) {
      writer.get(10, TimeUnit.MINUTES);
    }
    writing.set(false);
    int sweeps = checker.get(5, TimeUnit.MINUTES);
    delivery.get(5, TimeUnit.MINUTES);
    pool.shutdown();
    drain(storage, dispatcher, dispatchClock);

    assertThat(sweeps).isPositive();
    assertThat(storage.conflicts()).isPositive();
    assertThat(refusals).containsKeys(IllegalTransitionException.class, AccessDeniedException.class);
    assertEveryStateIsTheReplayOfItsLog(storage.cases());
    assertEveryAcknowledgedEventIsStoredWhereItWasWritten(storage.cases());
    Set<NotificationKey> accepted = storage.acceptedKeys();
    assertThat(accepted).hasSizeGreaterThan(CASES / 10);
    assertThat(receiver.deliveries().keySet()).isEqualTo(accepted);
    assertThat(receiver.deliveries().values()).allSatisfy(count -> assertThat(count.sum()).isOne());
    assertThat(receiver.failures()).isPositive();
    System.out.printf("stress: %d acknowledged events, %d notifications each delivered once after %d failed calls,"
        + " %d deadline sweeps, %d version conflicts met, refusals %s%n", acknowledged.size(), accepted.size(),
        receiver.failures(), sweeps, storage.conflicts(),
        refusals.entrySet().stream().map(e -> e.getKey().getSimpleName() + "=" + e.getValue().sum()).sorted().toList());
  }

  /** Reports this thread's share of the cases: odd ones in building 1, even ones in building 2's grid. */
  private void report(CaseEngine engine, int thread) {
    for (int i = thread; i < CASES; i += THREADS) {
      Case intake = Case.builder(caseId(i)).category(i % 3 == 0 ? "0101" : "0202")
          .place(CasePlace.in(i % 2 == 1 ? BUILDING_1 : BUILDING_2)).channel(Channel.HOTLINE)
          .tier(i % 5 == 0 ? Tier.NETWORK : Tier.GRID)
          .description("stress case " + i).build();
      acknowledged.add(engine.report(intake, Actor.of("resident-phone")).file().lastEvent());
    }
  }

  /**
   * Random commands on random cases, four in five of them the next step the case's state allows as
   * the writer read it (other writers may have moved it on since), the rest any command at all; every
   * refusal must be a typed one.
   */
  private void commands(CaseEngine engine, Random random) {
    for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
      CaseId id = caseId(random.nextInt(10) == 0 ? random.nextInt(HOT_CASES) : random.nextInt(CASES));
      Instant at = START.plusSeconds(ticks.incrementAndGet() - random.nextInt(60));
      CaseStatus read = engine.find(id).orElseThrow().state().status();
      CaseCommand command = random.nextInt(5) == 0 ? anyCommand(random, at) : nextStep(random, read, at);
      try {
        CaseFile file = engine.execute(id, command);
        acknowledged.add(file.lastEvent());
      } catch (IllegalTransitionException | AccessDeniedException | VersionConflictException e) {
        refusals.computeIfAbsent(e.getClass(), c -> new LongAdder()).increment();
      }
    }
  }

  private static CaseCommand nextStep(Random random, CaseStatus status, Instant at) {
    Actor worker = Actor.of(LIU_YANG);
    boolean side = random.nextInt(4) == 0;
    return switch (status) {
      case REPORTED -> side ? new CaseCommand.HandleOnSpot(worker, at, "solved on the spot", List.of())
          : new CaseCommand.Accept(OPERATOR, at);
      case ACCEPTED -> new CaseCommand.File(OPERATOR, at);
      case FILED -> new CaseCommand.Dispatch(OPERATOR, at, List.of(HandlingUnit.grid(BUILDING_1)),
          Optional.of(LIU_YANG), "to the building's grid worker");
      case DISPATCHED -> side ? new CaseCommand.SendBack(worker, at, "not this grid's matter")
          : new CaseCommand.StartHandling(worker, at);
      case HANDLING -> side ? new CaseCommand.Hold(OPERATOR, at, "waiting for parts")
          : new CaseCommand.ReportBack(worker, at, "done", List.of());
      case ON_HOLD -> new CaseCommand.Resume(OPERATOR, at);
      case HANDLED -> side ? new CaseCommand.FailCheck(OPERATOR, at, "not fixed") : new CaseCommand.PassCheck(OPERATOR, at);
      case CHECKED -> new CaseCommand.Close(OPERATOR, at);
      case CLOSED -> new CaseCommand.Rate(OPERATOR, at, 1 + random.nextInt(5), "visit");
      default -> anyCommand(random, at);
    };
  }

  private static CaseCommand anyCommand(Random random, Instant at) {
    Actor worker = random.nextInt(4) == 0 ? STRANGER : Actor.of(LIU_YANG);
    Actor operator = random.nextInt(4) == 0 ? STRANGER : OPERATOR;
    return switch (random.nextInt(14)) {
      case 0 -> new CaseCommand.Accept(operator, at);
      case 1 -> new CaseCommand.File(operator, at);
      case 2 -> new CaseCommand.Dispatch(operator, at, List.of(HandlingUnit.grid(BUILDING_1)),
          Optional.of(LIU_YANG), "to the building's grid worker");
      case 3 -> new CaseCommand.StartHandling(worker, at);
      case 4 -> new CaseCommand.ReportBack(worker, at, "done", List.of());
      case 5 -> new CaseCommand.PassCheck(operator, at);
      case 6 -> new CaseCommand.FailCheck(operator, at, "not fixed");
      case 7 -> new CaseCommand.Close(operator, at);
      case 8 -> new CaseCommand.Rate(operator, at, 1 + random.nextInt(5), "visit");
      case 9 -> new CaseCommand.Hold(operator, at, "waiting for parts");
      case 10 -> new CaseCommand.Resume(operator, at);
      case 11 -> new CaseCommand.HandleOnSpot(worker, at, "solved on the spot", List.of());
      case 12 -> new CaseCommand.Reject(operator, at, "not a public matter");
      default -> new CaseCommand.SendBack(worker, at, "not this grid's matter");
    };
  }

  /** Sweeps the deadlines at the writers' virtual time until they stop. */
  private int checkDeadlines(CaseEngine engine, AtomicBoolean writing) {
    int sweeps = 0;
    while (writing.get()) {
      for (CaseEvent event : engine.checkDeadlines(START.plusSeconds(ticks.get()))) {
        acknowledged.add(event);
      }
      sweeps++;
    }
    return sweeps;
  }

  /** Delivers what is left, replaying dead letters, until the outbox is empty. */
  private static void drain(CaseStorage storage, NotificationDispatcher dispatcher, VirtualClock clock) {
    for (int round = 0; round < 1_000 && storage.outbox().pendingCount() + deadLetters(storage) > 0; round++) {
      clock.advance(Duration.ofDays(1));
      dispatcher.dispatchDue();
      dispatcher.replayDeadLetters();
    }
    assertThat(storage.outbox().pendingCount()).isZero();
  }

  private static int deadLetters(CaseStorage storage) {
    return storage.outbox().deadLetters(Optional.empty(), 1).size();
  }

  private static void assertEveryStateIsTheReplayOfItsLog(CaseStore store) {
    for (int i = 0; i < CASES; i++) {
      CaseFile stored = store.load(caseId(i)).orElseThrow();
      assertThat(CaseState.replay(stored.log())).isEqualTo(stored.state());
    }
  }

  private void assertEveryAcknowledgedEventIsStoredWhereItWasWritten(CaseStore store) {
    assertThat(acknowledged).hasSizeGreaterThan(CASES);
    for (CaseEvent event : acknowledged) {
      List<CaseEvent> log = store.load(event.caseId()).orElseThrow().log();
      assertThat(log.get(event.sequence() - 1)).isEqualTo(event);
    }
  }

  private static CaseId caseId(int i) {
    return CaseId.of("stress-" + i);
  }

  /** Counts successful deliveries by key, failing a share of calls at random. Thread-safe. */
  private static final class IdempotentReceiver implements Notifier {
    private final Random random;
    private final double failureRate;
    private final Map<NotificationKey, LongAdder> deliveries = new ConcurrentHashMap<>();
    private final LongAdder failures = new LongAdder();

    IdempotentReceiver(Random random, double failureRate) {
      this.random = random;
      this.failureRate = failureRate;
    }

    @Override
    public void deliver(Notification notification) {
      boolean fails;
      synchronized (random) {
        fails = random.nextDouble() < failureRate;
      }
      if (fails) {
        failures.increment();
        throw new CivicGridException(ErrorCode.PLUGIN_FAILED, "receiver unavailable");
      }
      deliveries.computeIfAbsent(notification.key(), k -> new LongAdder()).increment();
    }

    Map<NotificationKey, LongAdder> deliveries() {
      return deliveries;
    }

    long failures() {
      return failures.sum();
    }

    @Override
    public void close() {}
  }
}
