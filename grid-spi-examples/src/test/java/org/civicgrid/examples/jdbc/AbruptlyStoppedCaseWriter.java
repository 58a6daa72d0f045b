package org.civicgrid.examples.jdbc;

import static org.civicgrid.routing.store.CaseStoreFixtures.next;
import static org.civicgrid.routing.store.CaseStoreFixtures.noticeOf;
import static org.civicgrid.routing.store.CaseStoreFixtures.reported;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStore;

/**
 * Run in a child JVM by {@link PostgresCaseDurabilityTest}: {@value #WRITERS} threads write cases
 * {@code d-00000}, {@code d-00001}, … to PostgreSQL schema {@code args[0]} — each reported, accepted,
 * filed and dispatched with {@link CaseFile#execute} and saved in one append with a notification —
 * and print {@code <case> <version>} for each save the store acknowledged. When {@code args[1]}
 * cases have been acknowledged the JVM halts at once, the other threads in the middle of their
 * transactions: no close, no shutdown hooks, as if the process were killed. The halt is taken under
 * the print lock, so every printed line is whole.
 */
public final class AbruptlyStoppedCaseWriter {
  private static final int WRITERS = 8;
  private static final Object PRINT = new Object();

  private AbruptlyStoppedCaseWriter() {}

  public static void main(String[] args) throws InterruptedException {
    CaseStorage storage =
        PostgresTestServer.caseStorage(args[0], Map.of("pool.max-size", Integer.toString(WRITERS)));
    int target = Integer.parseInt(args[1]);
    AtomicInteger nextCase = new AtomicInteger();
    int[] acknowledged = {0};
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      Thread writer = new Thread(() -> {
        CaseStore store = storage.cases();
        while (true) {
          CaseFile reported = reported(CaseId.of(String.format("d-%05d", nextCase.getAndIncrement())));
          CaseFile dispatched = next(next(next(reported)));
          store.save(dispatched, 0, List.of(noticeOf(dispatched)));
          synchronized (PRINT) {
            System.out.println(dispatched.id() + " " + dispatched.version());
            System.out.flush();
            if (++acknowledged[0] == target) {
              Runtime.getRuntime().halt(3);
            }
          }
        }
      });
      writers.add(writer);
      writer.start();
    }
    for (Thread writer : writers) {
      writer.join();
    }
  }
}
