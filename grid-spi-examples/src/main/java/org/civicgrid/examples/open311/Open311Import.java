package org.civicgrid.examples.open311;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.civicgrid.core.store.VersionConflictException;
import org.civicgrid.routing.cases.Actor;
import org.civicgrid.routing.cases.Case;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseFile;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CommandKind;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.category.CategoryCatalogue;
import org.civicgrid.routing.store.CaseStorage;
import org.civicgrid.routing.store.CaseStore;

/**
 * Imports GeoReport v2 service requests as cases: a POST's form fields ({@link #submit}) as a new
 * report, and request documents from another platform's {@code requests.json} ({@link #requests}) as
 * cases brought to their status by {@link StatusMapping#path}, dated as the request says. The case
 * number comes from the request id (see {@code docs/open311.md}), so importing a request again finds
 * its case and returns it without storing anything; the same id with other content is refused.
 *
 * <p>Every request is read and checked before anything is stored: a bad one is an {@link
 * Open311Error} naming its field and value, and nothing of the call is stored. The import appends
 * through the {@link CaseStore} with no notifications, since the other system has told its people;
 * routing a new report is the application's next step. Holds no mutable state; thread-safe.
 */
public final class Open311Import {
  /** The reason recorded on imported steps that need one when the request gives no status notes. */
  public static final String IMPORTED = "imported from Open311";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseStore store;
  private final CategoryCatalogue catalogue;
  private final Actor platform;
  private final Clock clock;
  private final RequestReader reader;

  /**
   * @param storage where the cases go
   * @param catalogue the services requests may name
   * @param platform the integration's account, recorded as the actor of every imported step
   * @param clock dates a POST, which carries no time of its own
   * @param addresses locates an {@code address_string} (a geocoder); an address it cannot place is
   *     refused
   */
  public Open311Import(CaseStorage storage, CategoryCatalogue catalogue, Actor platform, Clock clock,
      Function<String, Optional<CasePlace>> addresses) {
    this.store = checkNotNull(storage, "storage").cases();
    this.catalogue = checkNotNull(catalogue, "catalogue");
    this.platform = checkNotNull(platform, "platform");
    this.clock = checkNotNull(clock, "clock");
    this.reader = new RequestReader(catalogue, checkNotNull(addresses, "addresses"));
  }

  /**
   * A GeoReport POST: {@code service_code}, {@code lat}/{@code long}, {@code address_string} or {@code
   * address_id}, {@code attribute[urgency]}, {@code attribute[tier]}, {@code media_url}, {@code
   * description}, {@code first_name}/{@code last_name}/{@code phone} (kept only together, as the
   * resident to call back; {@code email} is not kept) and, when it comes from another system, {@code
   * service_request_id} or {@code token}.
   *
   * @throws Open311Error naming the bad field and value; nothing is stored
   */
  public Imported submit(Map<String, String> form) {
    return store(reader.fromForm(checkNotNull(form, "form")));
  }

  /**
   * The request documents of a {@code requests.json} array, in its order.
   *
   * @throws Open311Error when the text is not a JSON array or a request is bad; nothing is stored
   */
  public ImmutableList<Imported> requests(String json) {
    JsonNode array = parse(checkNotNull(json, "json"));
    if (!array.isArray()) {
      throw Open311Error.badRequest("requests must be a JSON array, not " + array.getNodeType());
    }
    ImmutableList.Builder<RequestIntake> read = ImmutableList.builder();
    array.forEach(request -> read.add(reader.fromDocument(request)));
    return read.build().stream().map(this::store).collect(ImmutableList.toImmutableList());
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw Open311Error.badRequest("the body is not JSON: " + e.getOriginalMessage() + " at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
    }
  }

  private Imported store(RequestIntake in) {
    Case intake = Case.builder(in.caseId()).category(in.serviceCode()).place(in.place()).channel(in.channel())
        .reporter(in.reporter()).description(in.description()).attachments(in.media()).urgency(in.urgency())
        .tier(in.tier()).build();
    Optional<CaseFile> existing = store.load(in.caseId());
    if (existing.isPresent()) {
      return alreadyThere(existing.get(), intake);
    }
    Instant reported = in.requested().orElseGet(clock::instant);
    Instant at = in.updated().orElse(reported);
    CaseFile file = CaseFile.open(new CaseCommand.Report(platform, reported, intake));
    List<CommandKind> path = StatusMapping.path(in.status());
    for (int i = 0; i < path.size(); i++) {
      String reason = i == path.size() - 1 && !in.notes().isEmpty() ? in.notes() : IMPORTED;
      file = file.execute(command(path.get(i), at, reason, in));
    }
    try {
      store.append(in.caseId(), 0, file.log(), List.of());
      return new Imported(file, true);
    } catch (VersionConflictException raced) {
      return alreadyThere(store.load(in.caseId()).orElseThrow(() -> raced), intake);
    }
  }

  private Imported alreadyThere(CaseFile existing, Case intake) {
    if (!existing.state().intake().equals(intake)) {
      throw Open311Error.badRequest("service_request_id " + intake.id() + " is already case " + existing.id()
          + " with other content");
    }
    return new Imported(existing, false);
  }

  private CaseCommand command(CommandKind kind, Instant at, String reason, RequestIntake in) {
    return switch (kind) {
      case ACCEPT -> new CaseCommand.Accept(platform, at);
      case FILE -> new CaseCommand.File(platform, at);
      case DISPATCH -> new CaseCommand.Dispatch(platform, at, units(in), Optional.empty(), reason);
      case START_HANDLING -> new CaseCommand.StartHandling(platform, at);
      case REPORT_BACK -> new CaseCommand.ReportBack(platform, at, reason, List.of());
      case PASS_CHECK -> new CaseCommand.PassCheck(platform, at);
      case CLOSE -> new CaseCommand.Close(platform, at);
      case RATE -> new CaseCommand.Rate(platform, at, in.satisfaction().orElseThrow(), "");
      case HOLD -> new CaseCommand.Hold(platform, at, reason);
      case REJECT -> new CaseCommand.Reject(platform, at, reason);
      case VOID -> new CaseCommand.VoidCase(platform, at, reason);
      case MARK_DUPLICATE -> new CaseCommand.MarkDuplicate(platform, at, in.duplicateOf().orElseThrow(), reason);
      default -> throw new IllegalStateException("StatusMapping's paths hold no " + kind);
    };
  }

  /** The request's handling units, or the subcategory's department when it names none. */
  private List<HandlingUnit> units(RequestIntake in) {
    if (!in.units().isEmpty()) {
      return in.units();
    }
    return List.of(HandlingUnit.department(catalogue.subcategory(in.serviceCode()).department().id()));
  }
}
