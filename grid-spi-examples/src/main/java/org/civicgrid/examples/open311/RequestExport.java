package org.civicgrid.examples.open311;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.civicgrid.core.locate.CoordinateSystem;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.geo.crs.CoordinateTransforms;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.category.CategoryCatalogue;
import org.civicgrid.routing.category.Subcategory;
import org.civicgrid.routing.stats.DueDates;

/**
 * Writes cases as GeoReport v2 service requests ({@code requests.json}): {@code status} open or closed
 * by {@link StatusMapping}, times in ISO 8601 with the zone's offset, a point in WGS-84 (converted
 * from GCJ-02 or BD-09 when the case was reported in them), and the exact status, channel, urgency,
 * tier, handling units and deadline in {@code extended_attributes}. The reporter is never written:
 * GeoReport requests are public. Immutable and thread-safe.
 */
public final class RequestExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ServiceExport services;
  private final CategoryCatalogue catalogue;
  private final DueDates due;
  private final DateTimeFormatter times;

  /**
   * @param catalogue gives each request its service name
   * @param language the service names' language, as {@link ServiceExport}
   * @param due when each case is due to be handled ({@code civicgrid_deadline}) and closed ({@code
   *     expected_datetime}); {@link DueDates#none()} leaves both out
   * @param zone the offset times are written in, such as {@code Asia/Shanghai}
   */
  public RequestExport(CategoryCatalogue catalogue, Locale language, DueDates due, ZoneId zone) {
    this.catalogue = checkNotNull(catalogue, "catalogue");
    this.services = new ServiceExport(catalogue, language);
    this.due = checkNotNull(due, "due");
    this.times = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(checkNotNull(zone, "zone"));
  }

  /** The requests of {@code files}, in the given order. */
  public ArrayNode requests(List<CaseFile> files) {
    ArrayNode requests = JSON.createArrayNode();
    checkNotNull(files, "files").forEach(file -> requests.add(request(file)));
    return requests;
  }

  /** One case as a request. */
  public ObjectNode request(CaseFile file) {
    CaseState state = checkNotNull(file, "file").state();
    Case intake = state.intake();
    ObjectNode request = JSON.createObjectNode()
        .put("service_request_id", intake.id().value())
        .put("status", StatusMapping.georeport(state.status()));
    String notes = file.lastEvent().why();
    if (!notes.isEmpty()) {
      request.put("status_notes", notes);
    }
    Subcategory sub = catalogue.findSubcategory(intake.category()).orElse(null);
    request.put("service_name", sub == null ? intake.category() : services.name(sub))
        .put("service_code", intake.category())
        .put("description", intake.description());
    state.leadUnit().ifPresent(lead -> request.put("agency_responsible", lead.toString()));
    request.put("requested_datetime", times.format(file.log().get(0).at()))
        .put("updated_datetime", times.format(state.lastAt()));
    due.closing(intake.id()).ifPresent(at -> request.put("expected_datetime", times.format(at)));
    writePlace(request, intake.place());
    if (!intake.attachments().isEmpty()) {
      request.put("media_url", intake.attachments().get(0).toString());
    }
    request.set("extended_attributes", extended(file, state));
    return request;
  }

  private ObjectNode extended(CaseFile file, CaseState state) {
    Case intake = state.intake();
    ObjectNode extended = JSON.createObjectNode()
        .put(ExtendedAttributes.STATUS, StatusMapping.exact(state.status()))
        .put(ExtendedAttributes.CHANNEL, intake.channel().name().toLowerCase(Locale.ROOT))
        .put(ExtendedAttributes.URGENCY, ServiceExport.key(intake.urgency()))
        .put(ExtendedAttributes.TIER, ServiceExport.key(intake.tier()));
    if (!state.units().isEmpty()) {
      ArrayNode units = extended.putArray(ExtendedAttributes.HANDLING_UNITS);
      state.units().forEach(unit -> units.add(unitId(unit)));
    }
    due.handling(intake.id()).ifPresent(at -> extended.put(ExtendedAttributes.DEADLINE, times.format(at)));
    if (intake.place() instanceof CasePlace.InGrid inGrid) {
      extended.put(ExtendedAttributes.GRID, inGrid.grid().value());
    }
    if (intake.attachments().size() > 1) {
      ArrayNode urls = extended.putArray(ExtendedAttributes.MEDIA_URLS);
      intake.attachments().stream().map(URI::toString).forEach(urls::add);
    }
    state.satisfaction().ifPresent(rating -> extended.put(ExtendedAttributes.SATISFACTION, rating));
    state.duplicateOf().ifPresent(original -> extended.put(ExtendedAttributes.DUPLICATE_OF, original.value()));
    return extended;
  }

  private static void writePlace(ObjectNode request, CasePlace place) {
    if (place instanceof CasePlace.AtPoint at) {
      GeoPoint wgs84 = at.point().system() == CoordinateSystem.WGS84 ? at.point()
          : CoordinateTransforms.transform(at.point(), CoordinateSystem.WGS84);
      request.put("lat", wgs84.latitude()).put("long", wgs84.longitude());
    } else if (place instanceof CasePlace.AtPlace building) {
      request.put("address_id", building.placeId());
    }
  }

  /** {@code grid:210902001001} or {@code department:water}. */
  static String unitId(HandlingUnit unit) {
    return unit.kind().name().toLowerCase(Locale.ROOT) + ":" + unit.id();
  }
}
