package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.calendar.TimeLimit;

/**
 * One step asked of a case: who gives it ({@link #actor()}), when ({@link #at()}), what ({@link
 * #kind()}), why ({@link #reason()}) and the step's own data. Whether the step applies to the case
 * as it stands is decided by {@link CaseLifecycle}; what a record can check alone (nulls, blank
 * reasons, a rating outside 1..5) it checks when constructed, with {@link NullPointerException} or
 * {@link IllegalArgumentException} naming the command and the offending value. Lists are copied into
 * immutable ones, so every command is immutable and thread-safe, and its {@code toString} shows a
 * reporter masked.
 */
public sealed interface CaseCommand {

  /** What the command does; the transition table is indexed by it. */
  CommandKind kind();

  /** Who gives the command. */
  Actor actor();

  /** When the command was given, from the caller's clock. */
  Instant at();

  /** Why, for the audit trail; empty for the steps of the main line that need no reason. */
  default String reason() {
    return "";
  }

  /** A new case: the intake as reported. A case is reported once; see {@link MeToo} for repeats. */
  record Report(Actor actor, Instant at, Case intake) implements CaseCommand {
    public Report {
      checkCommon(CommandKind.REPORT, actor, at);
      checkNotNull(intake, "REPORT intake");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.REPORT;
    }
  }

  /** The case is accepted and, where needed, verified on site. */
  record Accept(Actor actor, Instant at) implements CaseCommand {
    public Accept {
      checkCommon(CommandKind.ACCEPT, actor, at);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.ACCEPT;
    }
  }

  /** The report is not accepted: not a matter for the platform, or not verifiable. */
  record Reject(Actor actor, Instant at, String reason) implements CaseCommand {
    public Reject {
      checkCommon(CommandKind.REJECT, actor, at);
      checkReason(CommandKind.REJECT, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.REJECT;
    }
  }

  /**
   * The case repeats {@code original}, which stays the one record of the matter; the original gets a
   * {@link MeToo} with this case's reporter.
   */
  record MarkDuplicate(Actor actor, Instant at, CaseId original, String reason) implements CaseCommand {
    public MarkDuplicate {
      checkCommon(CommandKind.MARK_DUPLICATE, actor, at);
      checkNotNull(original, "MARK_DUPLICATE original");
      checkReason(CommandKind.MARK_DUPLICATE, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.MARK_DUPLICATE;
    }
  }

  /** Another resident reports the same matter; they are linked to the case instead of opening another. */
  record MeToo(Actor actor, Instant at, Reporter reporter, Channel channel) implements CaseCommand {
    public MeToo {
      checkCommon(CommandKind.ME_TOO, actor, at);
      checkNotNull(reporter, "ME_TOO reporter");
      checkNotNull(channel, "ME_TOO channel");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.ME_TOO;
    }
  }

  /** The case is filed (立案), meeting its category's filing condition. */
  record File(Actor actor, Instant at) implements CaseCommand {
    public File {
      checkCommon(CommandKind.FILE, actor, at);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.FILE;
    }
  }

  /**
   * The case goes to units: the first leads (主办), any others handle it jointly (协办).
   *
   * @param units the lead unit first; no unit twice
   * @param assignee the person expected to act in the lead unit, when routing named one
   * @param reason the routing explanation (which rule, which grid, which person) or the
   *     dispatcher's reason
   */
  record Dispatch(Actor actor, Instant at, List<HandlingUnit> units, Optional<PersonId> assignee, String reason)
      implements CaseCommand {
    public Dispatch {
      checkCommon(CommandKind.DISPATCH, actor, at);
      units = ImmutableList.copyOf(checkNotNull(units, "DISPATCH units"));
      checkArgument(!units.isEmpty(), "DISPATCH needs at least one unit");
      for (int i = 1; i < units.size(); i++) {
        checkArgument(!units.subList(0, i).contains(units.get(i)), "DISPATCH names a unit twice: %s", units);
      }
      checkNotNull(assignee, "DISPATCH assignee");
      checkReason(CommandKind.DISPATCH, reason);
    }

    /** The unit that leads. */
    public HandlingUnit lead() {
      return units.get(0);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.DISPATCH;
    }
  }

  /** The lead unit takes the case and starts handling it (接单). */
  record StartHandling(Actor actor, Instant at) implements CaseCommand {
    public StartHandling {
      checkCommon(CommandKind.START_HANDLING, actor, at);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.START_HANDLING;
    }
  }

  /** The unit reports what it did, with photos or documents as evidence. */
  record ReportBack(Actor actor, Instant at, String result, List<URI> attachments) implements CaseCommand {
    public ReportBack {
      checkCommon(CommandKind.REPORT_BACK, actor, at);
      checkArgument(result != null && !result.isBlank(), "REPORT_BACK needs a result");
      attachments = ImmutableList.copyOf(checkNotNull(attachments, "REPORT_BACK attachments"));
    }

    @Override
    public CommandKind kind() {
      return CommandKind.REPORT_BACK;
    }
  }

  /** A grid worker solved the matter on the spot (自处理); it still goes to the check. */
  record HandleOnSpot(Actor actor, Instant at, String result, List<URI> attachments) implements CaseCommand {
    public HandleOnSpot {
      checkCommon(CommandKind.HANDLE_ON_SPOT, actor, at);
      checkArgument(result != null && !result.isBlank(), "HANDLE_ON_SPOT needs a result");
      attachments = ImmutableList.copyOf(checkNotNull(attachments, "HANDLE_ON_SPOT attachments"));
    }

    @Override
    public CommandKind kind() {
      return CommandKind.HANDLE_ON_SPOT;
    }
  }

  /** The check (核查) found the matter solved. */
  record PassCheck(Actor actor, Instant at) implements CaseCommand {
    public PassCheck {
      checkCommon(CommandKind.PASS_CHECK, actor, at);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.PASS_CHECK;
    }
  }

  /** The check found the matter unsolved: the case is reopened and waits for dispatch again. */
  record FailCheck(Actor actor, Instant at, String reason) implements CaseCommand {
    public FailCheck {
      checkCommon(CommandKind.FAIL_CHECK, actor, at);
      checkReason(CommandKind.FAIL_CHECK, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.FAIL_CHECK;
    }
  }

  /** The case is closed (结案, 办结). */
  record Close(Actor actor, Instant at) implements CaseCommand {
    public Close {
      checkCommon(CommandKind.CLOSE, actor, at);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.CLOSE;
    }
  }

  /**
   * The follow-up visit's rating (回访评价).
   *
   * @param satisfaction 1 (very dissatisfied) to 5 (very satisfied)
   * @param comment what the resident said, possibly empty
   */
  record Rate(Actor actor, Instant at, int satisfaction, String comment) implements CaseCommand {
    public Rate {
      checkCommon(CommandKind.RATE, actor, at);
      checkArgument(satisfaction >= 1 && satisfaction <= 5, "RATE satisfaction %s outside 1..5", satisfaction);
      checkNotNull(comment, "RATE comment");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.RATE;
    }
  }

  /** The unit sends the case back to the dispatcher (回退): not its matter, or it cannot act. */
  record SendBack(Actor actor, Instant at, String reason) implements CaseCommand {
    public SendBack {
      checkCommon(CommandKind.SEND_BACK, actor, at);
      checkReason(CommandKind.SEND_BACK, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.SEND_BACK;
    }
  }

  /** The case moves to another lead unit (转办); joint units stay. */
  record Transfer(Actor actor, Instant at, HandlingUnit to, Optional<PersonId> assignee, String reason)
      implements CaseCommand {
    public Transfer {
      checkCommon(CommandKind.TRANSFER, actor, at);
      checkNotNull(to, "TRANSFER to");
      checkNotNull(assignee, "TRANSFER assignee");
      checkReason(CommandKind.TRANSFER, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.TRANSFER;
    }
  }

  /** Another unit joins the handling (联动处置). */
  record Join(Actor actor, Instant at, HandlingUnit unit, String reason) implements CaseCommand {
    public Join {
      checkCommon(CommandKind.JOIN, actor, at);
      checkNotNull(unit, "JOIN unit");
      checkReason(CommandKind.JOIN, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.JOIN;
    }
  }

  /** The case is put on hold (挂账): its clock pauses until it is resumed. */
  record Hold(Actor actor, Instant at, String reason) implements CaseCommand {
    public Hold {
      checkCommon(CommandKind.HOLD, actor, at);
      checkReason(CommandKind.HOLD, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.HOLD;
    }
  }

  /** The held case returns to the status it was held in, and its clock runs again. */
  record Resume(Actor actor, Instant at) implements CaseCommand {
    public Resume {
      checkCommon(CommandKind.RESUME, actor, at);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.RESUME;
    }
  }

  /** The handling unit asks for more time; someone else must approve it. */
  record RequestExtension(Actor actor, Instant at, TimeLimit length, String reason) implements CaseCommand {
    public RequestExtension {
      checkCommon(CommandKind.REQUEST_EXTENSION, actor, at);
      checkNotNull(length, "REQUEST_EXTENSION length");
      checkReason(CommandKind.REQUEST_EXTENSION, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.REQUEST_EXTENSION;
    }
  }

  /** The pending extension is granted; the deadline moves by its length. */
  record ApproveExtension(Actor actor, Instant at) implements CaseCommand {
    public ApproveExtension {
      checkCommon(CommandKind.APPROVE_EXTENSION, actor, at);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.APPROVE_EXTENSION;
    }
  }

  /** The pending extension is refused. */
  record RefuseExtension(Actor actor, Instant at, String reason) implements CaseCommand {
    public RefuseExtension {
      checkCommon(CommandKind.REFUSE_EXTENSION, actor, at);
      checkReason(CommandKind.REFUSE_EXTENSION, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.REFUSE_EXTENSION;
    }
  }

  /** The case is void (作废): reported in error, or overtaken by events. */
  record VoidCase(Actor actor, Instant at, String reason) implements CaseCommand {
    public VoidCase {
      checkCommon(CommandKind.VOID, actor, at);
      checkReason(CommandKind.VOID, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.VOID;
    }
  }

  /**
   * The case goes up the ladder to {@code rung} (上报), and the unit standing there leads it; joint
   * units stay. Given by the platform when a rung's deadline passes, or by a centre by hand. A case
   * reaches each rung at most once and only upward.
   */
  record Escalate(Actor actor, Instant at, EscalationRung rung, HandlingUnit to, String reason)
      implements CaseCommand {
    public Escalate {
      checkCommon(CommandKind.ESCALATE, actor, at);
      checkNotNull(rung, "ESCALATE rung");
      checkNotNull(to, "ESCALATE to");
      checkReason(CommandKind.ESCALATE, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.ESCALATE;
    }
  }

  /** The rung's deadline is near (the traffic light turned yellow); each rung is warned at most once. */
  record Warn(Actor actor, Instant at, EscalationRung rung, String reason) implements CaseCommand {
    public Warn {
      checkCommon(CommandKind.WARN, actor, at);
      checkNotNull(rung, "WARN rung");
      checkReason(CommandKind.WARN, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.WARN;
    }
  }

  /**
   * A supervision notice or card (督办) to the unit that has the case at {@code rung}; a yellow or
   * red card is issued at most once per rung.
   */
  record Supervise(Actor actor, Instant at, EscalationRung rung, SupervisionCard card, HandlingUnit unit,
      String reason) implements CaseCommand {
    public Supervise {
      checkCommon(CommandKind.SUPERVISE, actor, at);
      checkNotNull(rung, "SUPERVISE rung");
      checkNotNull(card, "SUPERVISE card");
      checkNotNull(unit, "SUPERVISE unit");
      checkReason(CommandKind.SUPERVISE, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.SUPERVISE;
    }
  }

  /** A grid or community blows the whistle (吹哨): the named departments must report in (报到). */
  record Whistle(Actor actor, Instant at, List<HandlingUnit> departments, String reason) implements CaseCommand {
    public Whistle {
      checkCommon(CommandKind.WHISTLE, actor, at);
      departments = ImmutableList.copyOf(checkNotNull(departments, "WHISTLE departments"));
      checkArgument(!departments.isEmpty(), "WHISTLE needs at least one department");
      for (int i = 0; i < departments.size(); i++) {
        HandlingUnit d = departments.get(i);
        checkArgument(d.kind() == HandlingUnit.Kind.DEPARTMENT, "WHISTLE summons departments, not %s", d);
        checkArgument(!departments.subList(0, i).contains(d), "WHISTLE names %s twice", d);
      }
      checkReason(CommandKind.WHISTLE, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.WHISTLE;
    }
  }

  /** A summoned department acknowledges the whistle (报到). */
  record AcknowledgeSummons(Actor actor, Instant at, HandlingUnit department) implements CaseCommand {
    public AcknowledgeSummons {
      checkCommon(CommandKind.ACKNOWLEDGE_SUMMONS, actor, at);
      checkNotNull(department, "ACKNOWLEDGE_SUMMONS department");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.ACKNOWLEDGE_SUMMONS;
    }
  }

  /** A summoned department arrives on site (到场); arriving also acknowledges. */
  record ArriveOnSummons(Actor actor, Instant at, HandlingUnit department) implements CaseCommand {
    public ArriveOnSummons {
      checkCommon(CommandKind.ARRIVE_ON_SUMMONS, actor, at);
      checkNotNull(department, "ARRIVE_ON_SUMMONS department");
    }

    @Override
    public CommandKind kind() {
      return CommandKind.ARRIVE_ON_SUMMONS;
    }
  }

  /**
   * A summoned department did not acknowledge within its limit, and the summons goes up to {@code
   * to}; once per department.
   */
  record EscalateSummons(Actor actor, Instant at, HandlingUnit department, HandlingUnit to, String reason)
      implements CaseCommand {
    public EscalateSummons {
      checkCommon(CommandKind.ESCALATE_SUMMONS, actor, at);
      checkNotNull(department, "ESCALATE_SUMMONS department");
      checkNotNull(to, "ESCALATE_SUMMONS to");
      checkReason(CommandKind.ESCALATE_SUMMONS, reason);
    }

    @Override
    public CommandKind kind() {
      return CommandKind.ESCALATE_SUMMONS;
    }
  }

  private static void checkCommon(CommandKind kind, Actor actor, Instant at) {
    checkNotNull(actor, "%s actor", kind);
    checkNotNull(at, "%s at", kind);
  }

  private static void checkReason(CommandKind kind, String reason) {
    checkArgument(reason != null && !reason.isBlank(), "%s needs a reason", kind);
  }
}
