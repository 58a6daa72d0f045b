package org.civicgrid.routing.notify;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each notification at INFO with its key, kind, recipient and masked payload: a log line is
 * read by operators who may not read personal data, whoever the recipient is. Never fails while
 * open. Thread-safe.
 */
public final class LogNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(LogNotifier.class);
  private volatile boolean closed;

  @Override
  public void deliver(Notification notification) {
    checkNotNull(notification, "notification");
    checkState(!closed, "log notifier is closed; cannot deliver %s", notification.key());
    LOG.info("notify {} {} → {} {}", notification.key(), notification.kind(), notification.recipient(),
        notification.maskedPayload());
  }

  @Override
  public void close() {
    closed = true;
  }
}
