package org.civicgrid.core.points;

import static com.google.common.base.Preconditions.checkNotNull;

import org.civicgrid.core.CivicGridException;

/**
 * A posting the ledger refused, or a contribution a tariff cannot price; nothing was applied. It
 * names the {@link LedgerRule} broken and the offending value: the source event, entry id, person
 * or activity kind. Storage plugins raise it through the public factories, so every store reports a
 * broken rule in the same words.
 */
public final class LedgerException extends CivicGridException {
  private static final long serialVersionUID = 1L;

  private final LedgerRule rule;
  private final String subject;

  LedgerException(LedgerRule rule, Object subject, String detail) {
    super(checkNotNull(rule, "rule").code(), rule.id() + ": " + detail);
    this.rule = rule;
    this.subject = String.valueOf(checkNotNull(subject, "subject"));
  }

  /** The source event is already in the ledger. */
  public static LedgerException duplicateEvent(SourceEventId event) {
    return new LedgerException(LedgerRule.DUPLICATE_EVENT, event,
        "source event " + event + " is already in the ledger; an event counts once");
  }

  /** A reversal names an entry that is not in the ledger. */
  public static LedgerException unknownEntry(EntryId entry) {
    return new LedgerException(LedgerRule.UNKNOWN_ENTRY, entry,
        "entry " + entry + " is not in the ledger, so it cannot be reversed");
  }

  /** A reversal names an entry that {@code reversal} already undid. */
  public static LedgerException alreadyReversed(EntryId entry, EntryId reversal) {
    return new LedgerException(LedgerRule.ALREADY_REVERSED, entry,
        "entry " + entry + " was already reversed by entry " + reversal);
  }

  /** The rule the posting breaks. */
  public LedgerRule rule() {
    return rule;
  }

  /** The offending source event, entry id, person or activity kind, as text. */
  public String subject() {
    return subject;
  }
}
