package org.civicgrid.routing.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.notify.Notification;

/**
 * Case files in a concurrent hash map, each in a holder of its own that a write updates in place (one
 * volatile store instead of a map insert per step); for paging, their ids in a sorted array that takes in the ids
 * added since the last page when the next page is asked for (a sorted set would order every new case
 * on the write path, which pages are rare beside). Files are
 * immutable, so a load returns the stored file and a write replaces it; every write checks its new
 * events against the stored state as a replay does ({@link CaseFile#followedBy}), so a stored file
 * always folds from its events and nothing that does not fit is ever stored.
 */
final class InMemoryCaseStore implements CaseStore {
  private final InMemoryCaseStorage storage;
  private final InMemoryOutbox outbox;
  private final ConcurrentHashMap<CaseId, Held> files = new ConcurrentHashMap<>();
  private final List<CaseId> unsorted = new ArrayList<>(); // guarded by the write lock
  private CaseId[] sorted = new CaseId[0]; // guarded by the write lock

  /** A case's current file: written under the write lock, read without it. */
  private static final class Held {
    volatile CaseFile file;

    Held(CaseFile file) {
      this.file = file;
    }
  }

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
      Held held = files.get(caseId);
      CaseFile stored = held == null ? null : held.file;
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
      if (held == null) {
        files.put(caseId, new Held(file));
        unsorted.add(caseId);
      } else {
        held.file = file;
      }
      outbox.enqueue(caseId, outgoing);
      return file.version();
    }
  }

  @Override
  public Optional<CaseFile> load(CaseId caseId) {
    checkNotNull(caseId, "caseId");
    storage.checkOpen();
    Held held = files.get(caseId);
    return held == null ? Optional.empty() : Optional.of(held.file);
  }

  @Override
  public long version(CaseId caseId) {
    checkNotNull(caseId, "caseId");
    storage.checkOpen();
    Held held = files.get(caseId);
    return held == null ? 0 : held.file.version();
  }

  @Override
  public ImmutableList<CaseSummary> find(CaseQuery query, Optional<CaseId> after, int limit) {
    checkNotNull(query, "query");
    checkNotNull(after, "after");
    checkArgument(limit >= 1, "limit %s must be at least 1", limit);
    storage.checkOpen();
    CaseId[] ids = sortedIds();
    int from = 0;
    if (after.isPresent()) {
      int at = Arrays.binarySearch(ids, after.get());
      from = at >= 0 ? at + 1 : -at - 1;
    }
    ImmutableList.Builder<CaseSummary> page = ImmutableList.builder();
    int found = 0;
    for (int i = from; i < ids.length; i++) {
      CaseSummary summary = CaseSummary.of(files.get(ids[i]).file.state());
      if (query.matches(summary)) {
        page.add(summary);
        if (++found == limit) {
          break;
        }
      }
    }
    return page.build();
  }

  /** Every stored id in order, merging in those added since the last call. */
  private CaseId[] sortedIds() {
    synchronized (storage.writeLock()) {
      if (!unsorted.isEmpty()) {
        CaseId[] all = Arrays.copyOf(sorted, sorted.length + unsorted.size());
        for (int i = 0; i < unsorted.size(); i++) {
          all[sorted.length + i] = unsorted.get(i);
        }
        Arrays.sort(all); // a merge sort that finds the sorted prefix as one run
        sorted = all;
        unsorted.clear();
      }
      return sorted;
    }
  }
}
