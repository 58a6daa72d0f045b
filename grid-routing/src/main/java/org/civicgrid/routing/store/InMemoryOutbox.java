package org.civicgrid.routing.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Outbox;
import org.civicgrid.routing.notify.OutboxEntry;

/**
 * The heap outbox of an {@link InMemoryCaseStorage}: pending entries in write order with their
 * leases, dead letters by key, and every key ever accepted, so a key is never reused. Every method
 * holds the storage's write lock, which also serialises appends, so a claim never sees half an
 * append.
 */
final class InMemoryOutbox implements Outbox {
  private final InMemoryCaseStorage storage;
  private final LinkedHashMap<NotificationKey, Slot> pending = new LinkedHashMap<>();
  private final TreeMap<NotificationKey, OutboxEntry> dead = new TreeMap<>();
  private final Set<NotificationKey> accepted = new HashSet<>();

  InMemoryOutbox(InMemoryCaseStorage storage) {
    this.storage = storage;
  }

  /** A pending entry and who holds it until when; mutable, guarded by the write lock. */
  private static final class Slot {
    OutboxEntry entry;
    String claimant;
    Instant leaseUntil;

    Slot(OutboxEntry entry) {
      this.entry = entry;
    }
  }

  /** Called under the write lock by an append, before anything is written. */
  void checkNewKeys(List<Notification> notifications) {
    Set<NotificationKey> keys = notifications.size() > 1 ? new HashSet<>() : null;
    for (Notification notification : notifications) {
      NotificationKey key = notification.key();
      checkArgument(keys == null || keys.add(key), "notification key %s appears twice in one append", key);
      checkArgument(!accepted.contains(key), "notification key %s is already used in this storage", key);
    }
  }

  /** Called under the write lock by an append, after {@link #checkNewKeys}. */
  void enqueue(CaseId caseId, List<Notification> notifications) {
    for (Notification notification : notifications) {
      accepted.add(notification.key());
      pending.put(notification.key(), new Slot(OutboxEntry.fresh(caseId, notification)));
    }
  }

  @Override
  public ImmutableList<OutboxEntry> claim(String claimant, Instant now, Duration lease, int limit) {
    checkArgument(claimant != null && !claimant.isBlank(), "claimant %s must not be blank", claimant);
    checkNotNull(now, "now");
    checkArgument(checkNotNull(lease, "lease").compareTo(Duration.ZERO) > 0, "lease %s must be positive", lease);
    checkArgument(limit >= 1, "limit %s must be at least 1", limit);
    storage.checkOpen();
    Instant until = now.plus(lease);
    ImmutableList.Builder<OutboxEntry> claimed = ImmutableList.builder();
    int count = 0;
    synchronized (storage.writeLock()) {
      for (Slot slot : pending.values()) {
        if (count == limit) {
          break;
        }
        boolean free = slot.leaseUntil == null || !slot.leaseUntil.isAfter(now);
        if (free && !slot.entry.dueAt().isAfter(now)) {
          OutboxEntry entry = slot.entry;
          slot.entry = new OutboxEntry(entry.caseId(), entry.notification(), entry.attempts() + 1, entry.dueAt(),
              entry.lastFailure());
          slot.claimant = claimant;
          slot.leaseUntil = until;
          claimed.add(slot.entry);
          count++;
        }
      }
    }
    return claimed.build();
  }

  @Override
  public boolean delivered(NotificationKey key) {
    checkNotNull(key, "key");
    storage.checkOpen();
    synchronized (storage.writeLock()) {
      return pending.remove(key) != null;
    }
  }

  @Override
  public boolean retryLater(NotificationKey key, String claimant, Instant dueAt, String failure) {
    checkNotNull(key, "key");
    checkNotNull(claimant, "claimant");
    checkNotNull(dueAt, "dueAt");
    checkNotNull(failure, "failure");
    storage.checkOpen();
    synchronized (storage.writeLock()) {
      Slot slot = heldBy(key, claimant);
      if (slot == null) {
        return false;
      }
      OutboxEntry entry = slot.entry;
      slot.entry = new OutboxEntry(entry.caseId(), entry.notification(), entry.attempts(), dueAt, Optional.of(failure));
      slot.claimant = null;
      slot.leaseUntil = null;
      return true;
    }
  }

  @Override
  public boolean deadLetter(NotificationKey key, String claimant, String failure) {
    checkNotNull(key, "key");
    checkNotNull(claimant, "claimant");
    checkNotNull(failure, "failure");
    storage.checkOpen();
    synchronized (storage.writeLock()) {
      Slot slot = heldBy(key, claimant);
      if (slot == null) {
        return false;
      }
      pending.remove(key);
      OutboxEntry entry = slot.entry;
      dead.put(key, new OutboxEntry(entry.caseId(), entry.notification(), entry.attempts(), entry.dueAt(),
          Optional.of(failure)));
      return true;
    }
  }

  @Override
  public boolean replay(NotificationKey key) {
    checkNotNull(key, "key");
    storage.checkOpen();
    synchronized (storage.writeLock()) {
      OutboxEntry entry = dead.remove(key);
      if (entry == null) {
        return false;
      }
      pending.put(key, new Slot(new OutboxEntry(entry.caseId(), entry.notification(), 0, OutboxEntry.IMMEDIATELY,
          entry.lastFailure())));
      return true;
    }
  }

  @Override
  public ImmutableList<OutboxEntry> deadLetters(Optional<NotificationKey> after, int limit) {
    checkNotNull(after, "after");
    checkArgument(limit >= 1, "limit %s must be at least 1", limit);
    storage.checkOpen();
    synchronized (storage.writeLock()) {
      var tail = after.isPresent() ? dead.tailMap(after.get(), false) : dead;
      return tail.values().stream().limit(limit).collect(ImmutableList.toImmutableList());
    }
  }

  @Override
  public long pendingCount() {
    storage.checkOpen();
    synchronized (storage.writeLock()) {
      return pending.size();
    }
  }

  private Slot heldBy(NotificationKey key, String claimant) {
    Slot slot = pending.get(key);
    return slot != null && claimant.equals(slot.claimant) ? slot : null;
  }
}
