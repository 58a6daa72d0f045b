package org.civicgrid.examples.open311;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.CommandKind;

/**
 * The status tables both ways. GeoReport v2 knows only {@code open} and {@code closed}; the exact
 * {@link CaseStatus} travels beside it as the extended attribute {@code civicgrid_status} (its
 * lower-case name, such as {@code handling}). On import, the exact status wins when present and must
 * agree with {@code open}/{@code closed}; without it {@code open} is a new report and {@code closed}
 * a closed case. A case is brought to the imported status by the main-line commands of {@link
 * #path}. Stateless and thread-safe.
 */
public final class StatusMapping {
  /** GeoReport's status of an open request. */
  public static final String OPEN = "open";
  /** GeoReport's status of a closed request. */
  public static final String CLOSED = "closed";

  private static final ImmutableMap<CaseStatus, String> GEOREPORT = ImmutableMap.<CaseStatus, String>builder()
      .put(CaseStatus.REPORTED, OPEN)
      .put(CaseStatus.ACCEPTED, OPEN)
      .put(CaseStatus.FILED, OPEN)
      .put(CaseStatus.DISPATCHED, OPEN)
      .put(CaseStatus.HANDLING, OPEN)
      .put(CaseStatus.HANDLED, OPEN)
      .put(CaseStatus.CHECKED, OPEN)
      .put(CaseStatus.ON_HOLD, OPEN)
      .put(CaseStatus.CLOSED, CLOSED)
      .put(CaseStatus.RATED, CLOSED)
      .put(CaseStatus.REJECTED, CLOSED)
      .put(CaseStatus.VOIDED, CLOSED)
      .put(CaseStatus.DUPLICATE, CLOSED)
      .build();

  private static final ImmutableList<CommandKind> TO_CLOSED = ImmutableList.of(CommandKind.ACCEPT,
      CommandKind.FILE, CommandKind.DISPATCH, CommandKind.START_HANDLING, CommandKind.REPORT_BACK,
      CommandKind.PASS_CHECK, CommandKind.CLOSE);

  private static final ImmutableMap<CaseStatus, ImmutableList<CommandKind>> PATHS =
      ImmutableMap.<CaseStatus, ImmutableList<CommandKind>>builder()
          .put(CaseStatus.REPORTED, ImmutableList.of())
          .put(CaseStatus.ACCEPTED, TO_CLOSED.subList(0, 1))
          .put(CaseStatus.FILED, TO_CLOSED.subList(0, 2))
          .put(CaseStatus.DISPATCHED, TO_CLOSED.subList(0, 3))
          .put(CaseStatus.HANDLING, TO_CLOSED.subList(0, 4))
          .put(CaseStatus.HANDLED, TO_CLOSED.subList(0, 5))
          .put(CaseStatus.CHECKED, TO_CLOSED.subList(0, 6))
          .put(CaseStatus.CLOSED, TO_CLOSED)
          .put(CaseStatus.RATED, ImmutableList.<CommandKind>builder().addAll(TO_CLOSED).add(CommandKind.RATE).build())
          .put(CaseStatus.ON_HOLD, ImmutableList.<CommandKind>builder().addAll(TO_CLOSED.subList(0, 4))
              .add(CommandKind.HOLD).build())
          .put(CaseStatus.REJECTED, ImmutableList.of(CommandKind.REJECT))
          .put(CaseStatus.VOIDED, ImmutableList.of(CommandKind.VOID))
          .put(CaseStatus.DUPLICATE, ImmutableList.of(CommandKind.MARK_DUPLICATE))
          .build();

  private StatusMapping() {}

  /** {@code open} or {@code closed} for a case's status. */
  public static String georeport(CaseStatus status) {
    checkNotNull(status, "status");
    String mapped = GEOREPORT.get(status);
    checkArgument(mapped != null, "status %s is never exported", status);
    return mapped;
  }

  /** The value of {@code civicgrid_status} for a case's status: {@code handling}, {@code on_hold}, …. */
  public static String exact(CaseStatus status) {
    return checkNotNull(status, "status").name().toLowerCase(Locale.ROOT);
  }

  /**
   * The case status an imported request stands for.
   *
   * @param status the request's {@code status}, {@code open} or {@code closed}
   * @param exact the request's {@code civicgrid_status}, if it has one
   * @throws Open311Error naming the field and value when either is unknown or they disagree
   */
  public static CaseStatus internal(String status, Optional<String> exact) {
    if (!OPEN.equals(status) && !CLOSED.equals(status)) {
      throw Open311Error.badRequest("status " + status + " is neither open nor closed");
    }
    if (exact.isEmpty()) {
      return OPEN.equals(status) ? CaseStatus.REPORTED : CaseStatus.CLOSED;
    }
    CaseStatus internal = GEOREPORT.keySet().stream().filter(s -> exact(s).equals(exact.get())).findFirst()
        .orElseThrow(() -> Open311Error.badRequest("civicgrid_status " + exact.get() + " is not one of "
            + GEOREPORT.keySet().stream().map(StatusMapping::exact).toList()));
    if (!GEOREPORT.get(internal).equals(status)) {
      throw Open311Error.badRequest("civicgrid_status " + exact.get() + " contradicts status " + status);
    }
    return internal;
  }

  /** The commands that take a new report to {@code status}, in order; empty for {@code REPORTED}. */
  public static ImmutableList<CommandKind> path(CaseStatus status) {
    ImmutableList<CommandKind> path = PATHS.get(checkNotNull(status, "status"));
    checkArgument(path != null, "no case is imported as %s", status);
    return path;
  }
}
