package org.civicgrid.routing.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.notify.Notification;

/**
 * Keeps each case's append-only audit log, event-sourced: a case is stored as its events, loaded by
 * replaying them, and versioned by their number, so a writer names the version it read and a write
 * based on a stale version fails with {@link VersionConflictException} instead of overwriting.
 *
 * <p><b>Atomicity (outbox).</b> {@link #append} writes a case's new events and the notifications they
 * cause in one step: either all of them are stored, the notifications then waiting in the storage's
 * {@link org.civicgrid.routing.notify.Outbox}, or none. A JDBC plugin does it in one transaction:
 * insert the events under a unique key {@code (case_id, sequence)}, so the loser of two concurrent
 * writers fails on the key (or lock the case's row with {@code SELECT … FOR UPDATE} and compare the
 * version), update the case's summary row, insert the outbox rows under a unique notification key,
 * commit; any failure rolls all of it back and surfaces as {@code VersionConflictException} or as a
 * {@link org.civicgrid.core.CivicGridException} with {@code STORAGE_FAILED} wrapping the {@code
 * SQLException}.
 *
 * <p>Stores are safe for concurrent use. A store need not check that events fit the lifecycle (the
 * caller made them with {@link CaseFile#execute}), but must keep them bit for bit: every field of
 * every command, in sequence order; {@link #load} replays them and so checks them again.
 */
public interface CaseStore {

  /**
   * Appends a case's new events and stores its notifications in the outbox, atomically.
   *
   * @param caseId the case
   * @param expectedVersion the version read before the change: the number of events loaded, 0 for a
   *     new case
   * @param events the new events, at least one, all of {@code caseId}, numbered {@code
   *     expectedVersion + 1} onwards without gaps
   * @param outbox the notifications the change causes, possibly none, each with a key not yet used
   *     in this storage
   * @return the new version, {@code expectedVersion + events.size()}
   * @throws VersionConflictException when the stored version is not {@code expectedVersion}; nothing
   *     is written
   * @throws IllegalArgumentException when the events are empty, of another case or misnumbered, or a
   *     notification key is repeated or already used; nothing is written
   * @throws org.civicgrid.core.CivicGridException with {@code MALFORMED_INPUT} when a store that
   *     replays on write finds that the events do not fit the log; nothing is written
   */
  long append(CaseId caseId, long expectedVersion, List<CaseEvent> events, List<Notification> outbox);

  /**
   * Appends the events {@code file} has beyond {@code expectedVersion}: the usual way to store the
   * result of {@link CaseFile#execute} on a loaded file.
   *
   * <pre>{@code
   * CaseFile loaded = store.load(id).orElseThrow();
   * CaseFile next = loaded.execute(command);
   * store.save(next, loaded.version(), notifications);
   * }</pre>
   *
   * @return the new version, {@code file.version()}
   * @throws IllegalArgumentException when {@code file} has no events beyond {@code expectedVersion}
   * @throws VersionConflictException as {@link #append} does
   */
  default long save(CaseFile file, long expectedVersion, List<Notification> outbox) {
    checkNotNull(file, "file");
    checkArgument(expectedVersion >= 0 && expectedVersion < file.version(),
        "case %s: file version %s has no events after expected version %s", file.id(), file.version(),
        expectedVersion);
    return append(file.id(), expectedVersion, file.eventsAfter((int) expectedVersion), outbox);
  }

  /**
   * The case's file, replayed from its stored events.
   *
   * @return empty when no case has this id
   */
  Optional<CaseFile> load(CaseId caseId);

  /** The case's stored version, 0 when no case has this id. */
  long version(CaseId caseId);

  /**
   * The cases matching {@code query} in ascending id order strictly after {@code after} (empty for the
   * first page), at most {@code limit}; a page shorter than {@code limit} is the last.
   *
   * @throws IllegalArgumentException when {@code limit} is below 1
   */
  ImmutableList<CaseSummary> find(CaseQuery query, Optional<CaseId> after, int limit);
}
