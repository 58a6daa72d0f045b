package org.civicgrid.examples.open311;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.cases.Tier;
import org.civicgrid.routing.cases.Urgency;
import org.civicgrid.routing.category.CategoryCatalogue;
import org.civicgrid.routing.category.CategoryCatalogues;
import org.civicgrid.routing.stats.DueDates;

/** Cases of the seeds at several steps of the closed loop, as an Open311 export sees them. */
final class Open311Fixtures {
  static final CategoryCatalogue CATALOGUE = CategoryCatalogues.socialGovernance();
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Actor OPERATOR = Actor.of("p-001");
  static final Actor WORKER = Actor.of("p-017");
  static final Instant REPORTED = Instant.parse("2024-05-01T01:00:00Z");
  static final Instant LATER = Instant.parse("2024-05-01T03:30:00Z");
  /** A Fuxin level-4 grid (楼栋 grid of a residential compound). */
  static final GridCode FUXIN_GRID = GridCode.of("210902001001");
  /** A point in Fuxin as a Chinese web map gives it. */
  static final GeoPoint FUXIN_GCJ02 = GeoPoint.gcj02(121.6700, 42.0200);

  private Open311Fixtures() {}

  static RequestExport export(DueDates due) {
    return new RequestExport(CATALOGUE, Locale.CHINESE, due, SHANGHAI);
  }

  /** The Tongnan burst water main, reported by hotline at a GCJ-02 point and being handled by the utility. */
  static CaseFile burstMainHandling() {
    Case intake = Case.builder(CaseId.of("c-0401-1")).category("0401").place(CasePlace.at(FUXIN_GCJ02))
        .channel(Channel.HOTLINE).reporter(Reporter.resident("张三", "13812345678"))
        .description("小区门口供水管道破裂，水漫路面").urgency(Urgency.EMERGENCY).tier(Tier.NETWORK)
        .attachments(List.of(URI.create("https://media.example.org/c-0401-1/1.jpg"),
            URI.create("https://media.example.org/c-0401-1/2.jpg")))
        .build();
    return CaseFile.open(new CaseCommand.Report(OPERATOR, REPORTED, intake))
        .execute(new CaseCommand.Accept(OPERATOR, REPORTED))
        .execute(new CaseCommand.File(OPERATOR, REPORTED))
        .execute(new CaseCommand.Dispatch(OPERATOR, REPORTED, List.of(HandlingUnit.department("water-supply"),
            HandlingUnit.grid(FUXIN_GRID)), Optional.empty(), "定人、定岗、定责: water-supply"))
        .execute(new CaseCommand.StartHandling(WORKER, LATER));
  }

  /** The Wuhua neighbours' dispute in a building, settled in the grid and rated by the resident. */
  static CaseFile disputeRated() {
    Case intake = Case.builder(CaseId.of("c-0101-7")).category("0101").place(CasePlace.place("building-3"))
        .channel(Channel.GRID_GROUP).description("楼上楼下漏水纠纷").build();
    return CaseFile.open(new CaseCommand.Report(WORKER, REPORTED, intake))
        .execute(new CaseCommand.Accept(OPERATOR, REPORTED))
        .execute(new CaseCommand.File(OPERATOR, REPORTED))
        .execute(new CaseCommand.Dispatch(OPERATOR, REPORTED, List.of(HandlingUnit.grid(FUXIN_GRID)),
            Optional.empty(), "grid first"))
        .execute(new CaseCommand.StartHandling(WORKER, REPORTED))
        .execute(new CaseCommand.ReportBack(WORKER, LATER, "双方达成调解协议", List.of()))
        .execute(new CaseCommand.PassCheck(OPERATOR, LATER))
        .execute(new CaseCommand.Close(OPERATOR, LATER))
        .execute(new CaseCommand.Rate(OPERATOR, LATER, 5, "满意"));
  }

  /** A Changyuan blocked car known only by its grid, rejected with a reason. */
  static CaseFile blockedCarRejected() {
    Case intake = Case.builder(CaseId.of("c-0202-3")).category("0202").place(CasePlace.in(FUXIN_GRID))
        .channel(Channel.PHONE).urgency(Urgency.URGENT).description("车辆挡道，无法出车").build();
    return CaseFile.open(new CaseCommand.Report(OPERATOR, REPORTED, intake))
        .execute(new CaseCommand.Reject(OPERATOR, LATER, "车主已自行挪车"));
  }

  /** A broken street light put on hold while the part is ordered. */
  static CaseFile streetLightOnHold() {
    Case intake = Case.builder(CaseId.of("c-0302-2")).category("0302")
        .place(CasePlace.at(GeoPoint.wgs84(121.6481, 42.0115))).channel(Channel.SNAPSHOT)
        .description("路灯不亮").build();
    return CaseFile.open(new CaseCommand.Report(OPERATOR, REPORTED, intake))
        .execute(new CaseCommand.Accept(OPERATOR, REPORTED))
        .execute(new CaseCommand.File(OPERATOR, REPORTED))
        .execute(new CaseCommand.Dispatch(OPERATOR, REPORTED, List.of(HandlingUnit.grid(FUXIN_GRID)),
            Optional.empty(), "grid first"))
        .execute(new CaseCommand.StartHandling(WORKER, REPORTED))
        .execute(new CaseCommand.Hold(WORKER, LATER, "等待灯具配件"));
  }

  /** A second report of the blocked car, linked to the first as its duplicate. */
  static CaseFile blockedCarDuplicate() {
    Case intake = Case.builder(CaseId.of("c-0202-4")).category("0202").place(CasePlace.in(FUXIN_GRID))
        .channel(Channel.APP).description("有车挡住出口").build();
    return CaseFile.open(new CaseCommand.Report(OPERATOR, REPORTED, intake))
        .execute(new CaseCommand.MarkDuplicate(OPERATOR, LATER, CaseId.of("c-0202-3"), "same car"));
  }
}
