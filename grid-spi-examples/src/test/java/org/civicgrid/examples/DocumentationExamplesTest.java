package org.civicgrid.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.channel.ChannelDirectory;
import org.civicgrid.core.channel.OnlineChannel;
import org.civicgrid.core.code.CodeSegment;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.code.StandardSegments;
import org.civicgrid.core.hierarchy.Grid;
import org.civicgrid.core.hierarchy.GridHierarchy;
import org.civicgrid.core.hierarchy.GridNode;
import org.civicgrid.core.history.Change;
import org.civicgrid.core.history.GridHistory;
import org.civicgrid.core.io.DivisionTableReader;
import org.civicgrid.core.io.HierarchyJson;
import org.civicgrid.core.io.ImportResult;
import org.civicgrid.core.layer.Departments;
import org.civicgrid.core.layer.DockedLayers;
import org.civicgrid.core.layer.SpecialistGrid;
import org.civicgrid.core.layer.SpecialistLayer;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.core.locate.GridLocator;
import org.civicgrid.core.locate.Location;
import org.civicgrid.core.place.Place;
import org.civicgrid.core.scheme.HouseholdBand;
import org.civicgrid.core.scheme.Level;
import org.civicgrid.core.scheme.LevelScheme;
import org.civicgrid.core.scheme.LevelSchemes;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ProviderRegistry;
import org.civicgrid.core.staff.Assignment;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.Period;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleCatalogues;
import org.civicgrid.core.staff.Roles;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Staffing;
import org.civicgrid.core.store.Storage;
import org.civicgrid.core.store.StorageFactory;
import org.civicgrid.core.store.TerritoryId;
import org.civicgrid.routing.access.AccessDeniedException;
import org.civicgrid.routing.access.AccessPolicy;
import org.civicgrid.routing.access.Authorizer;
import org.civicgrid.routing.access.Reach;
import org.civicgrid.routing.calendar.WorkingCalendar;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.category.CategoryCatalogue;
import org.civicgrid.routing.category.CategoryCatalogues;
import org.civicgrid.routing.dispatch.CaseRouter;
import org.civicgrid.routing.dispatch.RoutingRule;
import org.civicgrid.routing.dispatch.RoutingTable;
import org.civicgrid.routing.engine.CaseEngine;
import org.civicgrid.routing.engine.Reported;
import org.civicgrid.routing.escalation.EscalationPolicies;
import org.civicgrid.routing.escalation.RungUnits;
import org.civicgrid.routing.notify.LogNotifier;
import org.civicgrid.routing.notify.NotificationDispatcher;
import org.civicgrid.routing.notify.RetryPolicy;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.InMemoryCaseStorageFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code of README.md and docs/quickstart.md, run as written, with the results they claim. */
class DocumentationExamplesTest {
  @TempDir Path dir;

  private static GridHierarchy county() {
    LevelScheme fuxin = LevelSchemes.fuxin();
    return GridHierarchy.builder(fuxin)
        .add(GridNode.of("210902", "海州区", "county", null))
        .add(GridNode.of("210902001", "和平街道", "subdistrict", "210902"))
        .add(GridNode.of("210902001001", "长源社区", "community", "210902001"))
        .add(GridNode.of("210902001001001", "一号小区", "compound", "210902001001"))
        .add(GridNode.of("210902001001001001", "1号楼网格", "building-grid", "210902001001001"))
        .add(Place.building("B1", "1号楼", GridCode.of("210902001001001001"), 96, 270))
        .build();
  }

  @Test
  void readmeCoreApi() {
    GridHierarchy county = county();
    Grid community = county.get(GridCode.of("210902001001"));
    assertThat(community.households()).isEqualTo(96);
    assertThat(community.children()).extracting(Grid::name).containsExactly("一号小区");
    assertThat(county.isAncestor(GridCode.of("210902"), community.code())).isTrue();
    assertThat(county.findings().hasErrors()).isFalse();
    assertThat(GridHistory.start(county, LocalDate.of(2024, 1, 1), "initial division").version()).isEqualTo(1);
  }

  @Test
  void quickstartDeclaresASchemeOfItsOwn() {
    LevelScheme mine = LevelScheme.of("my-city", "My city", List.of(
        Level.builder("district").names("区", "district").code(6, StandardSegments.ADMINISTRATIVE_DIVISION).build(),
        Level.builder("community").names("社区", "community").code(9, CodeSegment.sequence("community", 3))
            .under("district").build(),
        Level.builder("grid").names("网格", "grid").code(12, CodeSegment.sequence("grid", 3))
            .households(HouseholdBand.of(300, 500)).under("community").build()));
    assertThat(mine.levelOf(GridCode.of("210902001001")).id()).isEqualTo("grid");
  }

  @Test
  void quickstartAsksTheSnapshotAndChangesItOverTime() {
    LevelScheme fuxin = LevelSchemes.fuxin();
    GridHierarchy county = county();
    Grid community = county.get(GridCode.of("210902001001"));
    assertThat(county.pathToTop(community.code())).extracting(Grid::name).containsExactly("长源社区", "和平街道", "海州区");
    assertThat(fuxin.nextChildCode(community.code(), fuxin.level("compound"),
        community.children().stream().map(Grid::code).toList())).isEqualTo(GridCode.of("210902001001002"));

    GridHistory history = GridHistory.start(county, LocalDate.of(2024, 1, 1), "initial division");
    history = history.apply(LocalDate.of(2024, 3, 1), "new building grid",
        new Change.AddGrid(GridNode.of("210902001001001002", "2号楼网格", "building-grid", "210902001001001")),
        new Change.MovePlaces(List.of("B1"), GridCode.of("210902001001001002")));
    assertThat(history.gridOfPlace("B1", LocalDate.of(2024, 2, 1))).contains(GridCode.of("210902001001001001"));
    assertThat(history.at(LocalDate.of(2024, 2, 1)).orElseThrow().size()).isEqualTo(5);
    assertThat(history.log().records()).isNotEmpty();
  }

  @Test
  void quickstartImportsAndExports() throws Exception {
    Path csv = dir.resolve("divisions.csv");
    Files.writeString(csv, "code,name\n21,辽宁省\n2109,阜新市\n210902,海州区\n210902001,和平街道\n");
    ImportResult imported = DivisionTableReader.read(csv);
    assertThat(imported.hierarchy().size()).isEqualTo(4);

    Path json = dir.resolve("county.json");
    HierarchyJson.write(county(), json);
    assertThat(HierarchyJson.read(json).size()).isEqualTo(5);
  }

  @Test
  void quickstartDocksDepartmentsAndBindsChannels() {
    GridHierarchy county = county();
    SpecialistLayer beats = SpecialistLayer.builder("police-beats", Departments.PUBLIC_SECURITY, "警务区")
        .docksOnto("community", "village")
        .add(SpecialistGrid.docked("beat-1", "长源警务区", "210902001001"))
        .build();
    DockedLayers layers = DockedLayers.of(county, List.of(beats));
    assertThat(layers.departmentsCovering(GridCode.of("210902001001001001"))).containsExactly(Departments.PUBLIC_SECURITY);

    ChannelDirectory channels = ChannelDirectory.empty()
        .bind(OnlineChannel.of(OnlineChannel.WECHAT, "group-1", "1号楼网格群"),
            GridCode.of("210902001001001001"), LocalDate.of(2024, 1, 1));
    assertThat(channels.validate(county).findings()).isEmpty();
  }

  /**
   * This module installs the postgresql and embedded plugins, so the quickstart's code chooses the
   * in-memory store the way the quickstart says to: {@code -Dcivicgrid.storage=in-memory}.
   */
  @Test
  void quickstartStoresAHistory() {
    System.setProperty("civicgrid.storage", "in-memory");
    GridHistory history = GridHistory.start(county(), LocalDate.of(2024, 1, 1), "initial division");
    try (var registry = ProviderRegistry.discover(StorageFactory.SPI);
        Storage storage = registry.open(Map.of())) {
      storage.grids().save(TerritoryId.of("haizhou"), history, 0);
      GridHistory loaded = storage.grids().load(TerritoryId.of("haizhou")).orElseThrow();
      GridHistory renamed = loaded.apply(LocalDate.of(2024, 5, 1), "rename",
          new Change.Rename(GridCode.of("210902001001001"), "长源小区"));
      storage.grids().save(TerritoryId.of("haizhou"), renamed, loaded.version());
      assertThat(storage.grids().load(TerritoryId.of("haizhou")).orElseThrow().version()).isEqualTo(2);
    } finally {
      System.clearProperty("civicgrid.storage");
    }
  }

  @Test
  void quickstartRoutesAndFollowsACase() {
    GridHierarchy county = county();
    Instant now = Instant.parse("2025-03-17T00:00:00Z");
    Staffing staffing = Staffing.of(county, RoleCatalogues.fuxin(),
        List.of(StaffMember.builder("p-006", "刘洋", Employment.FULL_TIME).build()),
        List.of(Assignment.of(PersonId.of("p-006"), GridCode.of("210902001001001001"),
            Roles.FULL_TIME_WORKER.id(), Period.from(LocalDate.of(2024, 1, 1)))),
        List.of());
    CategoryCatalogue catalogue = CategoryCatalogues.socialGovernance();
    Actor platform = Actor.of("platform");
    Actor hotline = Actor.of("hotline-12345");
    AccessPolicy access = AccessPolicy.builder()
        .grant(Roles.FULL_TIME_WORKER.id(), "building-grid", Reach.GRID,
            CommandKind.HANDLE_ON_SPOT, CommandKind.START_HANDLING, CommandKind.REPORT_BACK)
        .platform(platform.person(), CaseEngine.PLATFORM_KINDS.toArray(new CommandKind[0]))
        .platform(hotline.person(), CommandKind.REPORT, CommandKind.PASS_CHECK, CommandKind.CLOSE)
        .build();
    CaseStorage storage = new InMemoryCaseStorageFactory().create(Config.empty());
    CaseEngine engine = CaseEngine.builder()
        .storage(storage)
        .router(new CaseRouter(new ByCodeOnly(), staffing, catalogue,
            RoutingTable.of(List.of(RoutingRule.smallestGrid(RoutingRule.ANY_CATEGORY, Roles.FULL_TIME_WORKER.id())))))
        .escalation(EscalationPolicies.standard(WorkingCalendar.chinaNational()))
        .rungUnits(RungUnits.inHierarchy(county, catalogue, HandlingUnit.department("district-centre")))
        .access(Authorizer.of(access, staffing, catalogue))
        .platform(platform)
        .clock(Clock.fixed(now, WorkingCalendar.CHINA_ZONE))
        .build();

    Case blocked = Case.builder(CaseId.of("cy-0317-007")).category("0202")
        .place(CasePlace.in(GridCode.of("210902001001001001"))).channel(Channel.HOTLINE)
        .reporter(Reporter.resident("周明", "13900003333")).description("车被堵在1号楼门口").build();
    Reported reported = engine.report(blocked, hotline);
    engine.execute(blocked.id(), new CaseCommand.HandleOnSpot(Actor.of("p-006"), now, "owner found", List.of()));
    engine.execute(blocked.id(), new CaseCommand.PassCheck(hotline, now.plusSeconds(300)));
    engine.execute(blocked.id(), new CaseCommand.Close(hotline, now.plusSeconds(360)));
    engine.checkDeadlines(now.plusSeconds(3600));
    new NotificationDispatcher(storage.outbox(), new LogNotifier(), Clock.systemUTC(),
        RetryPolicy.standard(), "dispatcher-1").dispatchDue();

    assertThat(reported.routing().person()).contains(PersonId.of("p-006"));
    assertThat(engine.find(blocked.id()).orElseThrow().state().status()).isEqualTo(CaseStatus.CLOSED);
    assertThatThrownBy(() -> engine.execute(blocked.id(), new CaseCommand.Rate(Actor.of("p-006"),
        now.plusSeconds(400), 5, "")))
        .isInstanceOf(AccessDeniedException.class);
    storage.close();
  }

  /** The quickstart's cases are placed by grid code; an application passes grid-geo's GridIndex. */
  private static final class ByCodeOnly implements GridLocator {
    @Override
    public CoordinateSystem coordinateSystem() {
      return CoordinateSystem.WGS84;
    }

    @Override
    public Location locate(GeoPoint point) {
      throw new IllegalArgumentException("placed by grid code, not " + point);
    }
  }
}
