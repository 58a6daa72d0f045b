package org.civicgrid.routing.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Outbox;
import org.civicgrid.routing.notify.OutboxEntry;

/**
 * The heap outbox of an {@link InMemoryCaseStorage}. One map holds every key ever accepted, so a key
 * is never reused, with its pending slot while it waits; a queue keeps the pending slots in write
 * order (a slot that has left is skipped and dropped when it reaches the head or the queue is
 * compacted); dead letters are kept by key. Every method holds the storage's write lock, which also
 * serialises appends, so a claim never sees half an append.
 */
final class InMemoryOutbox implements Outbox {
  /** The map's value for a key whose entry was delivered or dead-lettered. */
  private static final Slot GONE = new Slot(null);

  private final InMemoryCaseStorage storage;
  private final HashMap<NotificationKey, Slot> keys = new HashMap<>();
  private final ArrayDeque<Slot> queue = new ArrayDeque<>();
  private final TreeMap<NotificationKey, OutboxEntry> dead = new TreeMap<>();
  private int pending;

  InMemoryOutbox(InMemoryCaseStorage storage) {
    this.storage = storage;
  }

  /** A pending entry and who holds it until when; mutable, guarded by the write lock. */
  private static final class Slot {
    OutboxEntry entry;
    String claimant;
    Instant leaseUntil;
    boolean left;

    Slot(OutboxEntry entry) {
      this.entry = entry;
    }
  }

  /** Called under the write lock by an append, before anything is written. */
  void checkNewKeys(List<Notification> notifications) {
    // Appends carry a handful of notifications, so comparing pairs is cheaper than a set.
    for (int i = 0; i < notifications.size(); i++) {
      NotificationKey key = notifications.get(i).key();
      for (int j = 0; j < i; j++) {
        checkArgument(!key.equals(notifications.get(j).key()), "notification key %s appears twice in one append", key);
      }
      checkArgument(!keys.containsKey(key), "notification key %s is already used in this storage", key);
    }
  }

  /** Called under the write lock by an append, after {@link #checkNewKeys}. */
  void enqueue(CaseId caseId, List<Notification> notifications) {
    for (int i = 0; i < notifications.size(); i++) {
      Notification notification = notifications.get(i);
      queue(notification.key(), OutboxEntry.fresh(caseId, notification));
    }
  }

  private void queue(NotificationKey key, OutboxEntry entry) {
    Slot slot = new Slot(entry);
    keys.put(key, slot);
    queue.addLast(slot);
    pending++;
  }

  /** Takes the key's slot out of the queue; the key stays used. */
  private void leave(NotificationKey key, Slot slot) {
    slot.left = true;
    keys.put(key, GONE);
    pending--;
    while (!queue.isEmpty() && queue.peekFirst().left) {
      queue.pollFirst();
    }
    if (queue.size() > 2 * pending + 1024) {
      queue.removeIf(s -> s.left);
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
      for (Slot slot : queue) {
        if (count == limit) {
          break;
        }
        if (slot.left) {
          continue;
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
      Slot slot = keys.get(key);
      if (slot == null || slot == GONE) {
        return false;
      }
      leave(key, slot);
      return true;
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
      leave(key, slot);
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
      queue(key, new OutboxEntry(entry.caseId(), entry.notification(), 0, OutboxEntry.IMMEDIATELY,
          entry.lastFailure()));
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
      return pending;
    }
  }

  private Slot heldBy(NotificationKey key, String claimant) {
    Slot slot = keys.get(key);
    return slot != null && slot != GONE && claimant.equals(slot.claimant) ? slot : null;
  }
}
