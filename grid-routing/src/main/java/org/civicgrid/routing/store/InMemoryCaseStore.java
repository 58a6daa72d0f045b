package org.civicgrid.routing.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.notify.Notification;

/**
 * Case files in a concurrent hash map, their ids also in a sorted set for paging. Files are
 * immutable, so a load returns the stored file and a write replaces it; every write checks its new
 * events against the stored state as a replay does ({@link CaseFile#followedBy}), so a stored file
 * always folds from its events and nothing that does not fit is ever stored.
 */
final class InMemoryCaseStore implements CaseStore {
  private final InMemoryCaseStorage storage;
  private final InMemoryOutbox outbox;
  private final ConcurrentHashMap<CaseId, CaseFile> files = new ConcurrentHashMap<>();
  private final ConcurrentSkipListSet<CaseId> ids = new ConcurrentSkipListSet<>();

  InMemoryCaseStore(InMemoryCaseStorage storage, InMemoryOutbox outbox) {
    this.storage = storage;
    this.outbox = outbox;
  }

  @Override
  public long append(CaseId caseId, long expectedVersion, List<CaseEvent> events, List<Notification> notifications) {
    checkNotNull(caseId, "caseId");
    checkArgument(expectedVersion >= 0, "case %s: expected version %s is negative", caseId, expectedVersion);
    ImmutableList<CaseEvent> added = ImmutableList.copyOf(checkNotNull(events, "case %s events", caseId));
    checkArgument(!added.isEmpty(), "case %s: an append needs at least one event", caseId);
    for (int i = 0; i < added.size(); i++) {
      CaseEvent event = added.get(i);
      checkArgument(event.caseId().equals(caseId), "case %s: event %s belongs to case %s", caseId, event, event.caseId());
      checkArgument(event.sequence() == expectedVersion + 1 + i,
          "case %s: event %s should be number %s", caseId, event, expectedVersion + 1 + i);
    }
    return write(caseId, expectedVersion, notifications, null, added);
  }

  /**
   * Stores {@code file} itself when it is a new case's or was made by executing commands on the stored
   * file: a file's own state checked every event it holds, so only its history must match the stored
   * one. Anything else is appended as its events and checked as a replay.
   */
  @Override
  public long save(CaseFile file, long expectedVersion, List<Notification> notifications) {
    checkNotNull(file, "file");
    checkArgument(expectedVersion >= 0 && expectedVersion < file.version(),
        "case %s: file version %s has no events after expected version %s", file.id(), file.version(),
        expectedVersion);
    return write(file.id(), expectedVersion, notifications, file, null);
  }

  /**
   * Under the write lock: checks the version and the keys, makes the next file — {@code made} itself
   * when it is new or extends the stored file, else the stored file followed by {@code added} (or by
   * {@code made}'s events after it), checked — and stores it with the notifications.
   */
  private long write(CaseId caseId, long expectedVersion, List<Notification> notifications, CaseFile made,
      List<CaseEvent> added) {
    ImmutableList<Notification> outgoing =
        ImmutableList.copyOf(checkNotNull(notifications, "case %s notifications", caseId));
    storage.checkOpen();
    synchronized (storage.writeLock()) {
      CaseFile stored = files.get(caseId);
      long actual = stored == null ? 0 : stored.version();
      if (actual != expectedVersion) {
        throw new VersionConflictException("case " + caseId, expectedVersion, actual);
      }
      outbox.checkNewKeys(outgoing);
      CaseFile file;
      if (made != null && (stored == null || made.derivesFrom(stored))) {
        file = made;
      } else {
        List<CaseEvent> events = added != null ? added : made.eventsAfter((int) expectedVersion);
        file = stored == null ? CaseFile.replay(events) : stored.followedBy(events);
      }
      // Nothing below can fail, so the file and its notifications appear together or not at all.
      files.put(caseId, file);
      if (stored == null) {
        ids.add(caseId);
      }
      outbox.enqueue(caseId, outgoing);
      return file.version();
    }
  }

  @Override
  public Optional<CaseFile> load(CaseId caseId) {
    checkNotNull(caseId, "caseId");
    storage.checkOpen();
    return Optional.ofNullable(files.get(caseId));
  }

  @Override
  public long version(CaseId caseId) {
    checkNotNull(caseId, "caseId");
    storage.checkOpen();
    CaseFile file = files.get(caseId);
    return file == null ? 0 : file.version();
  }

  @Override
  public ImmutableList<CaseSummary> find(CaseQuery query, Optional<CaseId> after, int limit) {
    checkNotNull(query, "query");
    checkNotNull(after, "after");
    checkArgument(limit >= 1, "limit %s must be at least 1", limit);
    storage.checkOpen();
    NavigableSet<CaseId> tail = after.isPresent() ? ids.tailSet(after.get(), false) : ids;
    ImmutableList.Builder<CaseSummary> page = ImmutableList.builder();
    int found = 0;
    for (CaseId id : tail) {
      CaseSummary summary = CaseSummary.of(files.get(id).state());
      if (query.matches(summary)) {
        page.add(summary);
        if (++found == limit) {
          break;
        }
      }
    }
    return page.build();
  }
}
