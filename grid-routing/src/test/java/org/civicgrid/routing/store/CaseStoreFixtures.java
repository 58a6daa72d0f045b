package org.civicgrid.routing.store;

import static org.civicgrid.core.hierarchy.FuxinGrids.CHANGYUAN;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.NotificationKey;
import org.civicgrid.routing.notify.Recipient;

/**
 * Cases in Changyuan community (长源社区, Fuxin) for the store and dispatcher tests and the
 * conformance kit: a blocked car reported in the grid's group chat, taken step by step towards its
 * grid worker, and the notifications each step sends. Public for plugin authors' tests.
 */
public final class CaseStoreFixtures {
  public static final Instant MORNING = Instant.parse("2024-05-06T01:00:00Z");
  public static final Actor WORKER = Actor.of("gw-017");
  public static final Actor OPERATOR = Actor.of("op-003");
  public static final Actor LEADER = Actor.of("sl-002");
  public static final Actor DISPATCHER = Actor.of("dp-001");
  public static final HandlingUnit CHANGYUAN_GRID = HandlingUnit.grid(CHANGYUAN);

  private CaseStoreFixtures() {}

  /** A reported blocked-car case in Changyuan's grid. */
  public static CaseFile reported(CaseId id) {
    Case intake = Case.builder(id)
        .category("05.03")
        .place(CasePlace.in(CHANGYUAN))
        .channel(Channel.GRID_GROUP)
        .reporter(Reporter.resident("张伟", "13812345678"))
        .description("A car has blocked the fire lane at building 3 since last night.")
        .build();
    return CaseFile.open(new CaseCommand.Report(WORKER, MORNING, intake));
  }

  /** The file one main-line step further: accept, file, dispatch to the grid worker, start handling. */
  public static CaseFile next(CaseFile file) {
    Instant at = file.state().lastAt().plus(Duration.ofMinutes(1));
    return file.execute(switch (file.state().status()) {
      case REPORTED -> new CaseCommand.Accept(OPERATOR, at);
      case ACCEPTED -> new CaseCommand.File(LEADER, at);
      case FILED -> new CaseCommand.Dispatch(DISPATCHER, at, List.of(CHANGYUAN_GRID),
          Optional.of(WORKER.person()), "street order in 长源社区 goes to its grid worker");
      case DISPATCHED -> new CaseCommand.StartHandling(WORKER, at);
      case HANDLING -> new CaseCommand.ReportBack(WORKER, at, "owner found and car moved", List.of());
      default -> throw new IllegalArgumentException("no fixture step from " + file.state().status());
    });
  }

  /** The file after {@code steps} main-line steps from the report. */
  public static CaseFile after(CaseId id, int steps) {
    CaseFile file = reported(id);
    for (int i = 0; i < steps; i++) {
      file = next(file);
    }
    return file;
  }

  /** The notice to the grid worker that the file's newest event causes, keyed by case and event. */
  public static Notification noticeOf(CaseFile file) {
    return notice(file, "gw-017");
  }

  /** A notice of the file's newest event under a key ending in {@code suffix}. */
  public static Notification notice(CaseFile file, String suffix) {
    return Notification.of(NotificationKey.of(file.id() + "#" + file.version() + ":" + suffix),
        Recipient.person(WORKER.person()), "case-changed",
        Map.of("case", file.id().value(), "status", file.state().status().name()));
  }
}
