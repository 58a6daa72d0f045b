package org.civicgrid.core.points;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class LedgerExceptionTest {
  @Test
  void aDuplicateEventNamesTheEventAfterTheCodeAndRule() {
    LedgerException e = LedgerException.duplicateEvent(SourceEventId.of("case:2024-000123"));
    assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_CHANGE);
    assertThat(e.rule()).isEqualTo(LedgerRule.DUPLICATE_EVENT);
    assertThat(e.subject()).isEqualTo("case:2024-000123");
    assertThat(e).hasMessageStartingWith("ILLEGAL_CHANGE: duplicate-event: source event case:2024-000123");
  }

  @Test
  void anUnknownEntryIsNotFound() {
    LedgerException e = LedgerException.unknownEntry(EntryId.of(42));
    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(e.subject()).isEqualTo("42");
    assertThat(e).hasMessageContaining("entry 42");
  }

  @Test
  void anAlreadyReversedEntryNamesTheReversal() {
    LedgerException e = LedgerException.alreadyReversed(EntryId.of(3), EntryId.of(8));
    assertThat(e.rule()).isEqualTo(LedgerRule.ALREADY_REVERSED);
    assertThat(e.subject()).isEqualTo("3");
    assertThat(e).hasMessageContaining("entry 3 was already reversed by entry 8");
  }
}
