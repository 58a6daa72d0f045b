package org.civicgrid.routing.notify;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;

/**
 * Thrown by a {@link Notifier} when the receiver refused a notification for good (a webhook's
 * {@code 400 Bad Request}, an SMS gateway's "no such number"): sending it again cannot succeed, so
 * the {@link NotificationDispatcher} makes it a dead letter at once instead of retrying. Any other
 * runtime exception from a notifier is a transient failure. {@link ErrorCode#PLUGIN_FAILED}; the
 * message names the notification's key and never its payload. Immutable.
 */
public final class NotificationRefusedException extends CivicGridException {
  private static final long serialVersionUID = 1L;

  private final transient NotificationKey key;

  /**
   * @param key the refused notification's key
   * @param why what the receiver answered, without the payload
   * @param cause the underlying failure, or {@code null}
   */
  public NotificationRefusedException(NotificationKey key, String why, Throwable cause) {
    super(ErrorCode.PLUGIN_FAILED, "notification " + checkNotNull(key, "key") + " refused: " + why, cause);
    this.key = key;
  }

  /** The refused notification's key. */
  public NotificationKey key() {
    return key;
  }
}
