package org.civicgrid.routing.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civicgrid.core.spi.Config;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.junit.jupiter.api.Test;

/** The in-memory default passes the whole conformance kit, and keeps files as the engine made them. */
class InMemoryCaseStoreTest extends CaseStoreContract {
  @Override
  protected CaseStorage open() {
    return new InMemoryCaseStorageFactory().create(Config.empty());
  }

  @Override
  protected boolean isDurable() {
    return false;
  }

  @Test
  void aNewCaseAndItsNextStepAreKeptAsTheFilesMadeWithoutReplaying() {
    try (CaseStorage storage = open()) {
      CaseFile opened = CaseStoreFixtures.after(CaseId.of("c-1"), 3);
      storage.cases().save(opened, 0, List.of());
      assertThat(storage.cases().load(opened.id())).containsSame(opened);

      CaseFile next = CaseStoreFixtures.next(opened);
      storage.cases().save(next, opened.version(), List.of());
      assertThat(storage.cases().load(opened.id())).containsSame(next);
    }
  }

  @Test
  void aFileWithAnotherHistoryIsCheckedAgainstTheStoredOne() {
    try (CaseStorage storage = open()) {
      CaseFile stored = CaseStoreFixtures.after(CaseId.of("c-1"), 2);
      storage.cases().save(stored, 0, List.of());
      CaseFile rebuilt = CaseFile.replay(CaseStoreFixtures.after(CaseId.of("c-1"), 3).log());
      storage.cases().save(rebuilt, stored.version(), List.of());
      CaseFile loaded = storage.cases().load(stored.id()).orElseThrow();
      assertThat(loaded).isNotSameAs(rebuilt);
      assertThat(loaded.log()).isEqualTo(rebuilt.log());
    }
  }
}
