package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TransitionTableTest {
  private static final TransitionTable TABLE = TransitionTable.standard();

  /** The lifecycle as specified in issue 5, written out independently of the table's code. */
  private static final List<String> SPEC = List.of(
      "NEW REPORT REPORTED",
      "REPORTED ACCEPT ACCEPTED", "REPORTED REJECT REJECTED", "REPORTED MARK_DUPLICATE DUPLICATE",
      "REPORTED ME_TOO REPORTED", "REPORTED HANDLE_ON_SPOT HANDLED", "REPORTED VOID VOIDED",
      "ACCEPTED MARK_DUPLICATE DUPLICATE", "ACCEPTED ME_TOO ACCEPTED", "ACCEPTED FILE FILED",
      "ACCEPTED HANDLE_ON_SPOT HANDLED", "ACCEPTED VOID VOIDED",
      "FILED ME_TOO FILED", "FILED DISPATCH DISPATCHED", "FILED HOLD ON_HOLD", "FILED VOID VOIDED",
      "DISPATCHED ME_TOO DISPATCHED", "DISPATCHED START_HANDLING HANDLING", "DISPATCHED SEND_BACK FILED",
      "DISPATCHED TRANSFER DISPATCHED", "DISPATCHED JOIN DISPATCHED", "DISPATCHED HOLD ON_HOLD",
      "DISPATCHED REQUEST_EXTENSION DISPATCHED", "DISPATCHED APPROVE_EXTENSION DISPATCHED",
      "DISPATCHED REFUSE_EXTENSION DISPATCHED", "DISPATCHED VOID VOIDED",
      "HANDLING ME_TOO HANDLING", "HANDLING REPORT_BACK HANDLED", "HANDLING SEND_BACK FILED",
      "HANDLING TRANSFER DISPATCHED", "HANDLING JOIN HANDLING", "HANDLING HOLD ON_HOLD",
      "HANDLING REQUEST_EXTENSION HANDLING", "HANDLING APPROVE_EXTENSION HANDLING",
      "HANDLING REFUSE_EXTENSION HANDLING", "HANDLING VOID VOIDED",
      "HANDLED ME_TOO HANDLED", "HANDLED PASS_CHECK CHECKED", "HANDLED FAIL_CHECK FILED", "HANDLED VOID VOIDED",
      "CHECKED ME_TOO CHECKED", "CHECKED CLOSE CLOSED",
      "CLOSED RATE RATED",
      "ON_HOLD ME_TOO ON_HOLD", "ON_HOLD RESUME (held)", "ON_HOLD VOID VOIDED",
      "FILED ESCALATE DISPATCHED", "FILED WARN FILED", "FILED SUPERVISE FILED", "FILED WHISTLE FILED",
      "FILED ESCALATE_SUMMONS FILED",
      "DISPATCHED ESCALATE DISPATCHED", "DISPATCHED WARN DISPATCHED", "DISPATCHED SUPERVISE DISPATCHED",
      "DISPATCHED WHISTLE DISPATCHED", "DISPATCHED ESCALATE_SUMMONS DISPATCHED",
      "HANDLING ESCALATE DISPATCHED", "HANDLING WARN HANDLING", "HANDLING SUPERVISE HANDLING",
      "HANDLING WHISTLE HANDLING", "HANDLING ESCALATE_SUMMONS HANDLING",
      "FILED ACKNOWLEDGE_SUMMONS FILED", "FILED ARRIVE_ON_SUMMONS FILED",
      "DISPATCHED ACKNOWLEDGE_SUMMONS DISPATCHED", "DISPATCHED ARRIVE_ON_SUMMONS DISPATCHED",
      "HANDLING ACKNOWLEDGE_SUMMONS HANDLING", "HANDLING ARRIVE_ON_SUMMONS HANDLING",
      "HANDLED ACKNOWLEDGE_SUMMONS HANDLED", "HANDLED ARRIVE_ON_SUMMONS HANDLED",
      "ON_HOLD ACKNOWLEDGE_SUMMONS ON_HOLD", "ON_HOLD ARRIVE_ON_SUMMONS ON_HOLD");

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (CaseStatus status : CaseStatus.values()) {
      for (CommandKind command : CommandKind.values()) {
        pairs.add(Arguments.of(status, command));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("everyPair")
  void everyPairIsEitherTheSpecifiedTransitionOrRefused(CaseStatus status, CommandKind command) {
    String expected = SPEC.stream().filter(row -> row.startsWith(status + " " + command + " ")).findFirst()
        .map(row -> row.substring(row.lastIndexOf(' ') + 1)).orElse(null);
    if (expected == null) {
      assertThat(TABLE.find(status, command)).isEmpty();
      assertThat(TABLE.allows(status, command)).isFalse();
    } else {
      Transition transition = TABLE.find(status, command).orElseThrow();
      assertThat(transition.from()).isEqualTo(status);
      assertThat(transition.command()).isEqualTo(command);
      assertThat(transition.to().map(CaseStatus::name).orElse("(held)")).isEqualTo(expected);
    }
  }

  @Test
  void theTableHasExactlyTheSpecifiedTransitions() {
    Set<String> actual = TABLE.transitions().stream()
        .map(t -> t.from() + " " + t.command() + " " + t.to().map(CaseStatus::name).orElse("(held)"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(actual).containsExactlyInAnyOrderElementsOf(SPEC);
  }

  @Test
  void aCaseIsReportedOnlyFromNew() {
    for (CaseStatus status : CaseStatus.values()) {
      assertThat(TABLE.allows(status, CommandKind.REPORT)).as("%s", status).isEqualTo(status == CaseStatus.NEW);
    }
    assertThat(TABLE.commandsIn(CaseStatus.NEW)).containsExactly(CommandKind.REPORT);
  }

  @Test
  void terminalStatusesTakeNoCommandAndEveryOtherStatusTakesOne() {
    for (CaseStatus status : CaseStatus.values()) {
      assertThat(TABLE.commandsIn(status).isEmpty()).as("%s", status).isEqualTo(status.isTerminal());
    }
  }

  @Test
  void everyCommandAppliesSomewhere() {
    Set<CommandKind> used = TABLE.transitions().stream().map(Transition::command).collect(Collectors.toSet());
    assertThat(used).containsExactlyInAnyOrder(CommandKind.values());
  }

  @Test
  void commandsInAStatusAreInDeclarationOrder() {
    assertThat(TABLE.commandsIn(CaseStatus.HANDLED)).containsExactly(CommandKind.ME_TOO, CommandKind.PASS_CHECK,
        CommandKind.FAIL_CHECK, CommandKind.VOID, CommandKind.ACKNOWLEDGE_SUMMONS, CommandKind.ARRIVE_ON_SUMMONS);
    assertThat(TABLE.commandsIn(CaseStatus.RATED)).isEmpty();
  }

  @Test
  void markdownListsEveryTransitionOnce() {
    String markdown = TABLE.toMarkdown();
    assertThat(markdown).startsWith("| from | command | to |\n|---|---|---|\n");
    assertThat(markdown.lines().count()).isEqualTo(2 + SPEC.size());
    assertThat(markdown).contains("| HANDLING | SEND_BACK | FILED |\n")
        .contains("| ON_HOLD | RESUME | the status before the hold |\n");
  }

  @Test
  void theLifecyclePageShowsThisTable() throws IOException {
    // Surefire runs in the module's directory; the page is in the project's docs.
    String page = Files.readString(Path.of("..", "docs", "case-lifecycle.md"));
    String begin = "<!-- transition table: generated by TransitionTable.toMarkdown(), checked by "
        + "TransitionTableTest -->\n";
    String shown = page.substring(page.indexOf(begin) + begin.length(),
        page.indexOf("<!-- end of transition table -->"));
    assertThat(shown).isEqualTo(TABLE.toMarkdown());
  }

  @Test
  void toStringCountsTheAllowedPairs() {
    assertThat(TABLE).hasToString("TransitionTable[" + SPEC.size() + " of "
        + CaseStatus.values().length * CommandKind.values().length + " pairs allowed]");
  }

  @Test
  void nullLookupsAreCallerMistakes() {
    assertThatThrownBy(() -> TABLE.find(null, CommandKind.ACCEPT)).isInstanceOf(NullPointerException.class)
        .hasMessage("from");
    assertThatThrownBy(() -> TABLE.find(CaseStatus.REPORTED, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("command");
  }
}
