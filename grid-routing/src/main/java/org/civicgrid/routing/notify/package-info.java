/**
 * Notifications and their delivery. A {@link org.civicgrid.routing.notify.Notification} is a message
 * a case change causes, written to the case store's {@link org.civicgrid.routing.notify.Outbox} in the
 * same atomic step as the change; a {@link org.civicgrid.routing.notify.NotificationDispatcher} later
 * claims it and hands it to a {@link org.civicgrid.routing.notify.Notifier} plugin at least once,
 * retrying with back-off and parking what keeps failing as a dead letter that can be replayed.
 */
package org.civicgrid.routing.notify;
