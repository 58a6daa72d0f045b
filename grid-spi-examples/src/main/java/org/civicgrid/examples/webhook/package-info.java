/**
 * The webhook notifier plugin (id {@code webhook}): each notification is POSTed as a JSON document
 * to one configured URL. A <em>signature</em> is the hex HMAC-SHA256 of the request's timestamp and
 * body under a secret the sender and the receiver share, so the receiver knows the request came
 * from CivicGrid and was not changed or replayed; the <em>idempotency key</em> is the notification's
 * key, sent again with every retry so the receiver acts on each notification once. See {@code
 * docs/spi-guide.md} for the keys and {@code docs/formats.md} for the body.
 */
package org.civicgrid.examples.webhook;
