package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Which command applies in which status and where it leads, as data: every (status, command) pair is
 * either one {@link Transition} or refused. {@link CaseLifecycle} consults it before any other check,
 * so a command out of order is refused by this table alone. The lookup is two array indexes by the
 * enums' ordinals. Immutable and thread-safe.
 *
 * <p>The standard table follows the closed loop report → accept → file → dispatch → take → report
 * back → check → close → rate, with the side transitions real platforms need: reject, duplicate and
 * me-too at intake; self-handling on the spot; send-back, transfer, joint handling, extension with
 * approval and hold/resume while a unit has the case; reopening (back to dispatch) when the check
 * fails; void with a reason until the check has passed. While the case is open (filed, dispatched or
 * handling) it can be escalated up the ladder (to {@link CaseStatus#DISPATCHED}: the rung's unit must
 * take it), warned, supervised and can summon departments by whistle; summoned departments may report
 * in until the check. {@code docs/case-lifecycle.md} prints it.
 */
public final class TransitionTable {
  private static final CaseStatus[] STATUSES = CaseStatus.values();
  private static final CommandKind[] COMMANDS = CommandKind.values();
  private static final TransitionTable STANDARD = buildStandard();

  private final Transition[][] cells;
  private final ImmutableList<Transition> transitions;

  private TransitionTable(Transition[][] cells) {
    this.cells = cells;
    ImmutableList.Builder<Transition> all = ImmutableList.builder();
    for (Transition[] row : cells) {
      for (Transition cell : row) {
        if (cell != null) {
          all.add(cell);
        }
      }
    }
    this.transitions = all.build();
  }

  /** The standard closed loop with its side transitions. */
  public static TransitionTable standard() {
    return STANDARD;
  }

  /** The transition for a command in a status, or empty when the command is refused there. */
  public Optional<Transition> find(CaseStatus from, CommandKind command) {
    return Optional.ofNullable(cell(checkNotNull(from, "from"), checkNotNull(command, "command")));
  }

  /** True when the command applies in the status. */
  public boolean allows(CaseStatus from, CommandKind command) {
    return find(from, command).isPresent();
  }

  /** Every allowed transition, by status then command in declaration order. */
  public ImmutableList<Transition> transitions() {
    return transitions;
  }

  /** The commands that apply in a status, in declaration order; none for a terminal status. */
  public ImmutableList<CommandKind> commandsIn(CaseStatus from) {
    ImmutableList.Builder<CommandKind> commands = ImmutableList.builder();
    for (Transition cell : cells[from.ordinal()]) {
      if (cell != null) {
        commands.add(cell.command());
      }
    }
    return commands.build();
  }

  /**
   * The allowed transitions as a Markdown table with columns from, command and to; every pair not
   * listed is refused.
   */
  public String toMarkdown() {
    StringBuilder text = new StringBuilder("| from | command | to |\n|---|---|---|\n");
    for (Transition t : transitions) {
      text.append("| ").append(t.from()).append(" | ").append(t.command()).append(" | ")
          .append(t.to().map(CaseStatus::name).orElse("the status before the hold")).append(" |\n");
    }
    return text.toString();
  }

  /** The hot-path lookup: no Optional, null when refused. */
  Transition cell(CaseStatus from, CommandKind command) {
    return cells[from.ordinal()][command.ordinal()];
  }

  @Override
  public String toString() {
    return "TransitionTable[" + transitions.size() + " of " + STATUSES.length * COMMANDS.length + " pairs allowed]";
  }

  private static TransitionTable buildStandard() {
    Transition[][] cells = new Transition[STATUSES.length][COMMANDS.length];
    Rows rows = new Rows(cells);
    rows.from(CaseStatus.NEW).to(CommandKind.REPORT, CaseStatus.REPORTED);
    rows.from(CaseStatus.REPORTED)
        .to(CommandKind.ACCEPT, CaseStatus.ACCEPTED)
        .to(CommandKind.REJECT, CaseStatus.REJECTED)
        .to(CommandKind.MARK_DUPLICATE, CaseStatus.DUPLICATE)
        .stays(CommandKind.ME_TOO)
        .to(CommandKind.HANDLE_ON_SPOT, CaseStatus.HANDLED)
        .to(CommandKind.VOID, CaseStatus.VOIDED);
    rows.from(CaseStatus.ACCEPTED)
        .to(CommandKind.MARK_DUPLICATE, CaseStatus.DUPLICATE)
        .stays(CommandKind.ME_TOO)
        .to(CommandKind.FILE, CaseStatus.FILED)
        .to(CommandKind.HANDLE_ON_SPOT, CaseStatus.HANDLED)
        .to(CommandKind.VOID, CaseStatus.VOIDED);
    rows.from(CaseStatus.FILED)
        .stays(CommandKind.ME_TOO)
        .to(CommandKind.DISPATCH, CaseStatus.DISPATCHED)
        .to(CommandKind.HOLD, CaseStatus.ON_HOLD)
        .to(CommandKind.VOID, CaseStatus.VOIDED);
    for (CaseStatus withUnit : new CaseStatus[] {CaseStatus.DISPATCHED, CaseStatus.HANDLING}) {
      Rows row = rows.from(withUnit).stays(CommandKind.ME_TOO);
      if (withUnit == CaseStatus.DISPATCHED) {
        row.to(CommandKind.START_HANDLING, CaseStatus.HANDLING);
      } else {
        row.to(CommandKind.REPORT_BACK, CaseStatus.HANDLED);
      }
      row.to(CommandKind.SEND_BACK, CaseStatus.FILED)
          .to(CommandKind.TRANSFER, CaseStatus.DISPATCHED)
          .stays(CommandKind.JOIN)
          .to(CommandKind.HOLD, CaseStatus.ON_HOLD)
          .stays(CommandKind.REQUEST_EXTENSION)
          .stays(CommandKind.APPROVE_EXTENSION)
          .stays(CommandKind.REFUSE_EXTENSION)
          .to(CommandKind.VOID, CaseStatus.VOIDED);
    }
    rows.from(CaseStatus.HANDLED)
        .stays(CommandKind.ME_TOO)
        .to(CommandKind.PASS_CHECK, CaseStatus.CHECKED)
        .to(CommandKind.FAIL_CHECK, CaseStatus.FILED)
        .to(CommandKind.VOID, CaseStatus.VOIDED);
    for (CaseStatus open : new CaseStatus[] {CaseStatus.FILED, CaseStatus.DISPATCHED, CaseStatus.HANDLING}) {
      rows.from(open)
          .to(CommandKind.ESCALATE, CaseStatus.DISPATCHED)
          .stays(CommandKind.WARN)
          .stays(CommandKind.SUPERVISE)
          .stays(CommandKind.WHISTLE)
          .stays(CommandKind.ESCALATE_SUMMONS);
    }
    for (CaseStatus answerable : new CaseStatus[] {CaseStatus.FILED, CaseStatus.DISPATCHED, CaseStatus.HANDLING,
        CaseStatus.HANDLED, CaseStatus.ON_HOLD}) {
      rows.from(answerable).stays(CommandKind.ACKNOWLEDGE_SUMMONS).stays(CommandKind.ARRIVE_ON_SUMMONS);
    }
    rows.from(CaseStatus.CHECKED)
        .stays(CommandKind.ME_TOO)
        .to(CommandKind.CLOSE, CaseStatus.CLOSED);
    rows.from(CaseStatus.CLOSED).to(CommandKind.RATE, CaseStatus.RATED);
    rows.from(CaseStatus.ON_HOLD)
        .stays(CommandKind.ME_TOO)
        .resumes()
        .to(CommandKind.VOID, CaseStatus.VOIDED);
    return new TransitionTable(cells);
  }

  /** Fills one status's row of the table while it is built. */
  private static final class Rows {
    private final Transition[][] cells;
    private CaseStatus from;

    Rows(Transition[][] cells) {
      this.cells = cells;
    }

    Rows from(CaseStatus status) {
      this.from = status;
      return this;
    }

    Rows to(CommandKind command, CaseStatus to) {
      cells[from.ordinal()][command.ordinal()] = new Transition(from, command, Optional.of(to));
      return this;
    }

    Rows stays(CommandKind command) {
      return to(command, from);
    }

    Rows resumes() {
      cells[from.ordinal()][CommandKind.RESUME.ordinal()] = new Transition(from, CommandKind.RESUME, Optional.empty());
      return this;
    }
  }
}
