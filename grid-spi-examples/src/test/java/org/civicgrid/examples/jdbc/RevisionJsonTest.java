package org.civicgrid.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.civicgrid.core.history.Change;
import org.civicgrid.core.history.GridHistory;
import org.civicgrid.core.history.Revision;
import org.junit.jupiter.api.Test;

class RevisionJsonTest {
  @Test
  void everyKindOfChangeReadsBackEqual() throws Exception {
    GridHistory history = Histories.withEveryKindOfChange();
    for (Revision revision : history.revisions().subList(1, history.version())) {
      String content = RevisionJson.ofChanges(revision.changes());
      assertThat(RevisionJson.changes(content)).as(content).isEqualTo(revision.changes());
    }
    assertThat(history.revisions().stream().flatMap(r -> r.changes().stream()).map(Change::getClass).distinct())
        .hasSize(6);
  }

  @Test
  void eachChangeNamesItsKind() {
    assertThat(RevisionJson.ofChanges(List.of(new Change.Retire(Histories.GRID_2))))
        .isEqualTo("[{\"change\":\"retire\",\"code\":\"210902001001001002\"}]");
  }

  @Test
  void theStartingHierarchyIsAHierarchyDocument() throws Exception {
    GridHistory history = Histories.start();
    String content = RevisionJson.ofHierarchy(history.current());
    assertThat(content).contains("\"format\"");
    assertThat(RevisionJson.hierarchy(content).grids()).hasSize(history.current().grids().size());
  }

  @Test
  void anUnknownKindOfChangeIsRefused() {
    assertThatThrownBy(() -> RevisionJson.changes("[{\"change\":\"teleport\",\"code\":\"210902\"}]"))
        .isInstanceOf(JsonProcessingException.class).hasMessageContaining("teleport");
  }
}
