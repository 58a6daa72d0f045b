package org.civicgrid.routing.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.notify.Notification;

/**
 * Case files in a concurrent sorted map. Files are immutable, so a load returns the stored file and
 * a write replaces it; every write replays the whole new log first, so a stored file always folds
 * from its events and nothing that does not fit is ever stored.
 */
final class InMemoryCaseStore implements CaseStore {
  private final InMemoryCaseStorage storage;
  private final InMemoryOutbox outbox;
  private final ConcurrentSkipListMap<CaseId, CaseFile> files = new ConcurrentSkipListMap<>();

  InMemoryCaseStore(InMemoryCaseStorage storage, InMemoryOutbox outbox) {
    this.storage = storage;
    this.outbox = outbox;
  }

  @Override
  public long append(CaseId caseId, long expectedVersion, List<CaseEvent> events, List<Notification> notifications) {
    checkNotNull(caseId, "caseId");
    checkArgument(expectedVersion >= 0, "case %s: expected version %s is negative", caseId, expectedVersion);
    ImmutableList<CaseEvent> added = ImmutableList.copyOf(checkNotNull(events, "case %s events", caseId));
    ImmutableList<Notification> outgoing =
        ImmutableList.copyOf(checkNotNull(notifications, "case %s notifications", caseId));
    checkArgument(!added.isEmpty(), "case %s: an append needs at least one event", caseId);
    for (int i = 0; i < added.size(); i++) {
      CaseEvent event = added.get(i);
      checkArgument(event.caseId().equals(caseId), "case %s: event %s belongs to case %s", caseId, event, event.caseId());
      checkArgument(event.sequence() == expectedVersion + 1 + i,
          "case %s: event %s should be number %s", caseId, event, expectedVersion + 1 + i);
    }
    storage.checkOpen();
    synchronized (storage.writeLock()) {
      CaseFile stored = files.get(caseId);
      long actual = stored == null ? 0 : stored.version();
      if (actual != expectedVersion) {
        throw new VersionConflictException("case " + caseId, expectedVersion, actual);
      }
      outbox.checkNewKeys(outgoing);
      ImmutableList<CaseEvent> log = stored == null ? added
          : ImmutableList.<CaseEvent>builderWithExpectedSize(stored.version() + added.size())
              .addAll(stored.log()).addAll(added).build();
      CaseFile next = CaseFile.replay(log);
      // Nothing below can fail, so the file and its notifications appear together or not at all.
      files.put(caseId, next);
      outbox.enqueue(caseId, outgoing);
      return next.version();
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
    ConcurrentNavigableMap<CaseId, CaseFile> tail = after.isPresent() ? files.tailMap(after.get(), false) : files;
    ImmutableList.Builder<CaseSummary> page = ImmutableList.builder();
    int found = 0;
    for (CaseFile file : tail.values()) {
      CaseSummary summary = CaseSummary.of(file.state());
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
