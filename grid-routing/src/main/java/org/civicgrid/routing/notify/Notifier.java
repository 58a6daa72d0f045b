package org.civicgrid.routing.notify;

/**
 * Delivers notifications to their recipients: the working object of a {@code notifier} plugin (SMS,
 * a messaging app's robot, a webhook, the console). A {@link NotificationDispatcher} calls it at least
 * once per notification, so a notifier passes the {@link Notification#key() key} on (as a message id
 * or an {@code Idempotency-Key} header) for the receiver to drop repeats.
 *
 * <p>{@link #deliver} returns when the receiver has taken the message and throws any runtime
 * exception when it may not have; the dispatcher then retries with back-off. When the receiver
 * refused the message for good, so that a retry cannot help, it throws {@link
 * NotificationRefusedException} and the dispatcher makes it a dead letter at once. It must not swallow a
 * failure, and it never sees the case store, so its failure cannot touch a case. Implementations
 * state their thread-safety; the dispatcher calls one notifier from one thread at a time unless
 * several dispatchers share it. Every plugin must pass {@code NotifierContract} in grid-routing's
 * test-jar.
 */
public interface Notifier extends AutoCloseable {

  /**
   * Hands the notification to its recipient.
   *
   * @throws NotificationRefusedException when the receiver refused it for good
   * @throws RuntimeException when delivery failed or its outcome is unknown and a retry may succeed;
   *     preferably a {@link org.civicgrid.core.CivicGridException} with {@code PLUGIN_FAILED} naming
   *     the key
   * @throws IllegalStateException when the notifier is closed
   */
  void deliver(Notification notification);

  /** Releases connections; idempotent. */
  @Override
  void close();
}
