package org.civicgrid.routing.access;

import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.CaseId;

/**
 * An actor asked for something on a case their grids, roles and categories do not cover: a command, or
 * the reporter's raw contact. {@link ErrorCode#ACCESS_DENIED}. The message names the actor by id, the
 * action and the case, and never personal data. Immutable.
 */
public final class AccessDeniedException extends CivicGridException {
  private static final long serialVersionUID = 1L;

  /** The action name of {@link ReporterAccess#reveal}, in messages and log lines. */
  public static final String REVEAL_REPORTER = "REVEAL_REPORTER";

  private final transient Actor actor;
  private final String action;
  private final transient CaseId caseId;

  /**
   * {@code actor} may not do {@code action} (a command kind, or {@link #REVEAL_REPORTER}) on case
   * {@code caseId}; {@code why} says what was missing.
   */
  public AccessDeniedException(Actor actor, String action, CaseId caseId, String why) {
    super(ErrorCode.ACCESS_DENIED, actor + " may not " + action + " case " + caseId + ": " + why);
    this.actor = actor;
    this.action = action;
    this.caseId = caseId;
  }

  /** Who was denied. */
  public Actor actor() {
    return actor;
  }

  /** What they asked: a command kind's name or {@link #REVEAL_REPORTER}. */
  public String action() {
    return action;
  }

  /** The case. */
  public CaseId caseId() {
    return caseId;
  }
}
