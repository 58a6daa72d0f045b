package org.civicgrid.routing.engine;

import java.util.List;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Recipient;

/**
 * Decides which notifications an audit event causes; the engine stores them in the outbox in the
 * same append as the event. Implementations must be pure and thread-safe: a retried write plans
 * again and must get the same keys, so a key is made from the case id, the event's sequence and
 * the recipient ({@link #key}).
 */
@FunctionalInterface
public interface NotificationPlanner {

  /**
   * The notifications {@code event} causes, possibly none.
   *
   * @param event the new event
   * @param after the case's state once the whole change (which may hold several events) applies
   */
  List<Notification> plan(CaseEvent event, CaseState after);

  /**
   * The standard plan: a dispatch, transfer or joining tells the assigned person, else the unit; an
   * escalation, warning or supervision card tells the unit that now answers for the case; a whistle
   * tells each summoned department, and a summons escalated tells the unit it went to. No
   * notification carries a reporter's personal data.
   */
  static NotificationPlanner standard() {
    return CaseNotices.INSTANCE;
  }

  /** The idempotency key {@code <case>#<sequence>:<recipient>}, for example {@code c-1#4:grid:210902001001}. */
  static NotificationKey key(CaseEvent event, Recipient recipient) {
    return NotificationKey.of(event.caseId().value() + '#' + event.sequence() + ':' + recipient.id());
  }
}
