package org.civicgrid.examples.open311;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import org.civicgrid.core.code.GridCode;
import org.civicgrid.core.locate.GeoPoint;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.cases.Tier;
import org.civicgrid.routing.cases.Urgency;
import org.civicgrid.routing.category.CategoryCatalogue;

/**
 * Reads a service request — the form fields of a GeoReport POST, or a request document as {@link
 * RequestExport} writes it — into a checked {@link RequestIntake}, or refuses it with an {@link
 * Open311Error} naming the first bad field and its value. Stateless and thread-safe.
 */
final class RequestReader {
  private static final int MAX_DESCRIPTION = 4000;
  private static final String ATTRIBUTE = "attribute[";

  private final CategoryCatalogue catalogue;
  private final Function<String, Optional<CasePlace>> addresses;

  RequestReader(CategoryCatalogue catalogue, Function<String, Optional<CasePlace>> addresses) {
    this.catalogue = catalogue;
    this.addresses = addresses;
  }

  /** A POST's form fields: a new report, from an app or, with a request id or token, from another system. */
  RequestIntake fromForm(Map<String, String> form) {
    Function<String, Optional<String>> field = name -> Optional.ofNullable(form.get(name)).filter(v -> !v.isBlank());
    for (String name : form.keySet()) {
      if (name.startsWith(ATTRIBUTE) && !name.equals(attribute(ExtendedAttributes.URGENCY_ATTRIBUTE))
          && !name.equals(attribute(ExtendedAttributes.TIER_ATTRIBUTE))) {
        throw Open311Error.badRequest(name + " is not an attribute of the service; known: "
            + attribute(ExtendedAttributes.URGENCY_ATTRIBUTE) + ", " + attribute(ExtendedAttributes.TIER_ATTRIBUTE));
      }
    }
    Optional<String> requestId = field.apply("service_request_id").or(() -> field.apply("token"));
    String serviceCode = serviceCode(field);
    CasePlace place = place(field, Optional.empty());
    String description = description(field);
    List<URI> media = field.apply("media_url").map(url -> List.of(url("media_url", url))).orElse(List.of());
    Urgency urgency = choice(field, attribute(ExtendedAttributes.URGENCY_ATTRIBUTE), Urgency.values(), Urgency.NORMAL);
    Tier tier = choice(field, attribute(ExtendedAttributes.TIER_ATTRIBUTE), Tier.values(), Tier.GRID);
    CaseId id = requestId.map(RequestReader::caseId).orElseGet(() -> caseId(fingerprint(form)));
    return new RequestIntake(id, serviceCode, place, reporter(field), description, media, urgency, tier,
        requestId.isPresent() ? Channel.TRANSFER_IN : Channel.APP, CaseStatus.REPORTED, Optional.empty(),
        Optional.empty(), "", List.of(), OptionalInt.empty(), Optional.empty());
  }

  /** A request document, as another platform's {@code requests.json} lists it. */
  RequestIntake fromDocument(JsonNode request) {
    if (request == null || !request.isObject()) {
      throw Open311Error.badRequest("a request must be a JSON object, not " + request);
    }
    JsonNode extended = request.path("extended_attributes");
    Function<String, Optional<String>> field = scalars(request);
    Function<String, Optional<String>> ext = scalars(extended);
    String requestId = field.apply("service_request_id")
        .orElseThrow(() -> Open311Error.badRequest("service_request_id is missing"));
    String serviceCode = serviceCode(field);
    CasePlace place = place(field, ext.apply(ExtendedAttributes.GRID));
    String description = description(field);
    List<URI> media = extended.has(ExtendedAttributes.MEDIA_URLS)
        ? texts(extended, ExtendedAttributes.MEDIA_URLS).stream().map(u -> url(ExtendedAttributes.MEDIA_URLS, u)).toList()
        : field.apply("media_url").map(url -> List.of(url("media_url", url))).orElse(List.of());
    Urgency urgency = choice(ext, ExtendedAttributes.URGENCY, Urgency.values(), Urgency.NORMAL);
    Tier tier = choice(ext, ExtendedAttributes.TIER, Tier.values(), Tier.GRID);
    Channel channel = choice(ext, ExtendedAttributes.CHANNEL, Channel.values(), Channel.TRANSFER_IN);
    CaseStatus status = StatusMapping.internal(field.apply("status").orElse(null), ext.apply(ExtendedAttributes.STATUS));
    Optional<Instant> requested = field.apply("requested_datetime").map(t -> time("requested_datetime", t));
    Optional<Instant> updated = field.apply("updated_datetime").map(t -> time("updated_datetime", t));
    if (requested.isPresent() && updated.isPresent() && updated.get().isBefore(requested.get())) {
      throw Open311Error.badRequest("updated_datetime " + field.apply("updated_datetime").get()
          + " is before requested_datetime " + field.apply("requested_datetime").get());
    }
    List<HandlingUnit> units = texts(extended, ExtendedAttributes.HANDLING_UNITS).stream().map(RequestReader::unit)
        .toList();
    OptionalInt satisfaction = ext.apply(ExtendedAttributes.SATISFACTION).map(RequestReader::satisfaction)
        .map(OptionalInt::of).orElse(OptionalInt.empty());
    Optional<CaseId> duplicateOf = ext.apply(ExtendedAttributes.DUPLICATE_OF)
        .map(v -> caseIdField(ExtendedAttributes.DUPLICATE_OF, v));
    if (status == CaseStatus.RATED && satisfaction.isEmpty()) {
      throw Open311Error.badRequest(ExtendedAttributes.SATISFACTION + " is missing for civicgrid_status rated");
    }
    if (status == CaseStatus.DUPLICATE && duplicateOf.isEmpty()) {
      throw Open311Error.badRequest(ExtendedAttributes.DUPLICATE_OF + " is missing for civicgrid_status duplicate");
    }
    return new RequestIntake(caseId(requestId), serviceCode, place, Reporter.anonymous(), description, media,
        urgency, tier, channel, status, requested, updated, field.apply("status_notes").orElse(""), units,
        satisfaction, duplicateOf);
  }

  /**
   * The case number of a request id: the id itself when it is a valid case number, so two CivicGrid
   * platforms keep one number; otherwise {@code o311-} and 24 hex digits of its SHA-256.
   */
  static CaseId caseId(String requestId) {
    if (requestId.length() <= 64 && requestId.chars().allMatch(c -> c < 128
        && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'))) {
      return CaseId.of(requestId);
    }
    return CaseId.of("o311-" + Hashing.sha256()
        .hashString(requestId, StandardCharsets.UTF_8).toString().substring(0, 24));
  }

  /** The form's fields in name order: the same POST always gives the same case number. */
  private static String fingerprint(Map<String, String> form) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(form).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    return text.toString();
  }

  private String serviceCode(Function<String, Optional<String>> field) {
    String code = field.apply("service_code").orElseThrow(() -> Open311Error.badRequest("service_code is missing"));
    if (catalogue.findSubcategory(code).isEmpty()) {
      throw ServiceExport.unknownService(catalogue, code);
    }
    return code;
  }

  private static String description(Function<String, Optional<String>> field) {
    String text = field.apply("description").orElseThrow(() -> Open311Error.badRequest("description is missing"));
    if (text.length() > MAX_DESCRIPTION) {
      throw Open311Error.badRequest("description has " + text.length() + " characters, more than " + MAX_DESCRIPTION);
    }
    return text;
  }

  private CasePlace place(Function<String, Optional<String>> field, Optional<String> grid) {
    Optional<String> lat = field.apply("lat");
    Optional<String> lon = field.apply("long");
    if (lat.isPresent() != lon.isPresent()) {
      throw Open311Error.badRequest(lat.isPresent() ? "lat " + lat.get() + " is given without long"
          : "long " + lon.get() + " is given without lat");
    }
    if (lat.isPresent()) {
      double latitude = coordinate("lat", lat.get(), 90);
      double longitude = coordinate("long", lon.get(), 180);
      return CasePlace.at(GeoPoint.wgs84(longitude, latitude));
    }
    Optional<String> addressId = field.apply("address_id");
    if (addressId.isPresent()) {
      return CasePlace.place(addressId.get());
    }
    if (grid.isPresent()) {
      try {
        return CasePlace.in(GridCode.of(grid.get()));
      } catch (RuntimeException e) {
        throw Open311Error.badRequest(ExtendedAttributes.GRID + " " + grid.get() + " is not a grid code", e);
      }
    }
    String address = field.apply("address_string").orElseThrow(() -> Open311Error.badRequest(
        "a location is missing: give lat and long, address_string or address_id"));
    return addresses.apply(address).orElseThrow(
        () -> Open311Error.badRequest("address_string " + address + " could not be located"));
  }

  private static double coordinate(String name, String text, double limit) {
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw Open311Error.badRequest(name + " " + text + " is not a number", e);
    }
    if (!Double.isFinite(value) || value < -limit || value > limit) {
      throw Open311Error.badRequest(name + " " + text + " is outside -" + (int) limit + ".." + (int) limit);
    }
    return value;
  }

  /**
   * A resident to call back when the request has a name and a phone number, else anonymous; email is
   * not kept. A Chinese name is written family name first, without a space (张三).
   */
  private static Reporter reporter(Function<String, Optional<String>> field) {
    String first = field.apply("first_name").orElse("").strip();
    String last = field.apply("last_name").orElse("").strip();
    boolean chinese = !last.isEmpty() && Character.UnicodeScript.of(last.codePointAt(0)) == Character.UnicodeScript.HAN;
    String name = chinese ? last + first : String.join(" ", first, last).strip();
    Optional<String> phone = field.apply("phone");
    if (name.isEmpty() || phone.isEmpty()) {
      return Reporter.anonymous();
    }
    try {
      return Reporter.resident(name, phone.get());
    } catch (IllegalArgumentException e) {
      // Reporter's message describes the problem without quoting the personal data.
      throw Open311Error.badRequest("first_name, last_name or phone: " + e.getMessage(), e);
    }
  }

  private static <E extends Enum<E>> E choice(Function<String, Optional<String>> field, String name, E[] values,
      E absent) {
    Optional<String> key = field.apply(name);
    if (key.isEmpty()) {
      return absent;
    }
    return Arrays.stream(values).filter(v -> v.name().toLowerCase(Locale.ROOT).equals(key.get())).findFirst()
        .orElseThrow(() -> Open311Error.badRequest(name + " " + key.get() + " is not one of "
            + Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList()));
  }

  private static URI url(String name, String text) {
    try {
      URI uri = new URI(text);
      if (uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      throw Open311Error.badRequest(name + " " + text + " is not an http(s) URL", e);
    }
    throw Open311Error.badRequest(name + " " + text + " is not an http(s) URL");
  }

  private static Instant time(String name, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw Open311Error.badRequest(name + " " + text + " is not ISO 8601 with an offset", e);
    }
  }

  private static HandlingUnit unit(String text) {
    int colon = text.indexOf(':');
    try {
      HandlingUnit.Kind kind = HandlingUnit.Kind.valueOf(text.substring(0, Math.max(colon, 0)).toUpperCase(Locale.ROOT));
      return new HandlingUnit(kind, text.substring(colon + 1));
    } catch (RuntimeException e) {
      throw Open311Error.badRequest(ExtendedAttributes.HANDLING_UNITS + " " + text
          + " is not grid:<grid code> or department:<id>", e);
    }
  }

  private static int satisfaction(String text) {
    try {
      int rating = Integer.parseInt(text);
      if (rating >= 1 && rating <= 5) {
        return rating;
      }
    } catch (NumberFormatException e) {
      throw Open311Error.badRequest(ExtendedAttributes.SATISFACTION + " " + text + " is not 1 to 5", e);
    }
    throw Open311Error.badRequest(ExtendedAttributes.SATISFACTION + " " + text + " is not 1 to 5");
  }

  private static CaseId caseIdField(String name, String text) {
    try {
      return CaseId.of(text);
    } catch (IllegalArgumentException e) {
      throw Open311Error.badRequest(name + " " + text + " is not a case number", e);
    }
  }

  private static String attribute(String code) {
    return ATTRIBUTE + code + "]";
  }

  /** A reader of an object's scalar fields as text; absent, null and blank fields read as empty. */
  private static Function<String, Optional<String>> scalars(JsonNode object) {
    return name -> {
      JsonNode value = object.path(name);
      if (value.isMissingNode() || value.isNull()) {
        return Optional.empty();
      }
      if (!value.isValueNode()) {
        throw Open311Error.badRequest(name + " " + value + " is not a single value");
      }
      return Optional.of(value.asText()).filter(v -> !v.isBlank());
    };
  }

  private static List<String> texts(JsonNode object, String name) {
    JsonNode array = object.path(name);
    if (array.isMissingNode() || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw Open311Error.badRequest(name + " " + array + " is not a list");
    }
    ImmutableList.Builder<String> texts = ImmutableList.builder();
    array.forEach(item -> texts.add(item.asText()));
    return texts.build();
  }
}
