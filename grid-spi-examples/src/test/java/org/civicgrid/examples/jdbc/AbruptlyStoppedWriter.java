package org.civicgrid.examples.jdbc;

import java.nio.file.Path;
import java.time.Instant;
import org.civicgrid.core.points.Contribution;
import org.civicgrid.core.points.LedgerEntry;
import org.civicgrid.core.points.Posting;
import org.civicgrid.core.points.SourceEventId;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.store.Storage;

/**
 * Run in a child JVM by {@link EmbeddedStorageFactoryTest}: appends awards to the embedded file
 * {@code args[0]}, prints the event of each append the store acknowledged, and after {@code args[1]}
 * of them halts the JVM at once — no close, no shutdown hooks, as if the process were killed.
 */
public final class AbruptlyStoppedWriter {
  private AbruptlyStoppedWriter() {}

  public static void main(String[] args) {
    Storage storage = EmbeddedTestFile.storage(Path.of(args[0]));
    int count = Integer.parseInt(args[1]);
    for (int i = 0; i < count; i++) {
      LedgerEntry entry = storage.ledger().append(new Posting.Award(PersonId.of("bp-v-0021"), 1,
          Contribution.tasks("hazard-report", 1), SourceEventId.of("report-" + i),
          Instant.parse("2024-03-01T01:00:00Z").plusSeconds(i), ""));
      System.out.println(entry.event());
      System.out.flush();
    }
    Runtime.getRuntime().halt(3);
  }
}
