package org.civicgrid.routing.access;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDateTime;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.Reporter;

/**
 * The one guarded way to a case's reporter's raw contact ({@link Reporter#revealName()}, {@link
 * Reporter#revealPhone()}): given only to an actor holding one of the policy's {@link
 * AccessPolicy#revealRoles() reveal roles} in a grid that is, or lies above, one of the case's grids (the
 * grid worker handling it, the centre's acceptor), or to a backup while {@code Staffing.whoActs} names
 * them for such a holder. Everyone else is denied, typed and logged. Immutable and thread-safe.
 */
public final class ReporterAccess {
  private final Authorizer authorizer;

  private ReporterAccess(Authorizer authorizer) {
    this.authorizer = authorizer;
  }

  /** Access to reporters' contacts by {@code authorizer}'s policy and staffing. */
  public static ReporterAccess of(Authorizer authorizer) {
    return new ReporterAccess(checkNotNull(authorizer, "authorizer"));
  }

  /**
   * The raw contact of the case's reporter, for {@code actor} at {@code at}.
   *
   * @throws AccessDeniedException naming the actor, {@link AccessDeniedException#REVEAL_REPORTER} and the
   *     case, after logging it
   */
  public ReporterContact reveal(CaseState state, Actor actor, LocalDateTime at) {
    checkNotNull(state, "state");
    checkNotNull(actor, "actor");
    checkNotNull(at, "at");
    if (!authorizer.mayReveal(state, actor, at)) {
      throw authorizer.deny(actor, AccessDeniedException.REVEAL_REPORTER, state.intake(), state.units());
    }
    Reporter reporter = state.intake().reporter();
    return new ReporterContact(reporter.revealName(), reporter.revealPhone());
  }

  @Override
  public String toString() {
    return "ReporterAccess[" + authorizer + "]";
  }
}
