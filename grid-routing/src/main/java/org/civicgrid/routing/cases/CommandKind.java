package org.civicgrid.routing.cases;

/**
 * What a {@link CaseCommand} does, one constant per command record, in the order of the closed loop
 * and then the side transitions. The transition table is indexed by it, and an event's "what" is
 * it.
 */
public enum CommandKind {
  /** {@link CaseCommand.Report}: a new case (上报). */
  REPORT,
  /** {@link CaseCommand.Accept}: accepted and verified (受理、核实). */
  ACCEPT,
  /** {@link CaseCommand.Reject}: not accepted, with a reason (不予受理). */
  REJECT,
  /** {@link CaseCommand.MarkDuplicate}: the case repeats another one. */
  MARK_DUPLICATE,
  /** {@link CaseCommand.MeToo}: another resident reports the same matter (附议). */
  ME_TOO,
  /** {@link CaseCommand.File}: filed (立案). */
  FILE,
  /** {@link CaseCommand.Dispatch}: dispatched to a lead unit and any joint units (派遣). */
  DISPATCH,
  /** {@link CaseCommand.StartHandling}: the lead unit takes the case (接单). */
  START_HANDLING,
  /** {@link CaseCommand.ReportBack}: the unit reports the result (处理反馈). */
  REPORT_BACK,
  /** {@link CaseCommand.HandleOnSpot}: a grid worker solved it on the spot (自处理). */
  HANDLE_ON_SPOT,
  /** {@link CaseCommand.PassCheck}: the check found it solved (核查通过). */
  PASS_CHECK,
  /** {@link CaseCommand.FailCheck}: the check found it unsolved; the case is reopened (核查不通过). */
  FAIL_CHECK,
  /** {@link CaseCommand.Close}: closed (结案). */
  CLOSE,
  /** {@link CaseCommand.Rate}: the follow-up visit's rating (回访评价). */
  RATE,
  /** {@link CaseCommand.SendBack}: the unit sends the case back to the dispatcher (回退). */
  SEND_BACK,
  /** {@link CaseCommand.Transfer}: the case moves to another unit (转办). */
  TRANSFER,
  /** {@link CaseCommand.Join}: another unit joins the handling (联动处置, 协办). */
  JOIN,
  /** {@link CaseCommand.Hold}: put on hold, the clock pauses (挂账). */
  HOLD,
  /** {@link CaseCommand.Resume}: resumed, the clock runs again (挂账恢复). */
  RESUME,
  /** {@link CaseCommand.RequestExtension}: more time asked for (延期申请). */
  REQUEST_EXTENSION,
  /** {@link CaseCommand.ApproveExtension}: the extension granted (延期审批通过). */
  APPROVE_EXTENSION,
  /** {@link CaseCommand.RefuseExtension}: the extension refused (延期审批不通过). */
  REFUSE_EXTENSION,
  /** {@link CaseCommand.VoidCase}: void, with a reason (作废). */
  VOID,
  /** {@link CaseCommand.Escalate}: up the ladder to a rung (上报). */
  ESCALATE,
  /** {@link CaseCommand.Warn}: a rung's deadline is near (预警). */
  WARN,
  /** {@link CaseCommand.Supervise}: a supervision notice or card (督办). */
  SUPERVISE,
  /** {@link CaseCommand.Whistle}: departments summoned (吹哨). */
  WHISTLE,
  /** {@link CaseCommand.AcknowledgeSummons}: a summoned department reports in (报到). */
  ACKNOWLEDGE_SUMMONS,
  /** {@link CaseCommand.ArriveOnSummons}: a summoned department arrives on site (到场). */
  ARRIVE_ON_SUMMONS,
  /** {@link CaseCommand.EscalateSummons}: an unacknowledged summons goes up (吹哨升级). */
  ESCALATE_SUMMONS
}
