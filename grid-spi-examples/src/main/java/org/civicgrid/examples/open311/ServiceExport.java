package org.civicgrid.examples.open311;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.civicgrid.routing.cases.Tier;
import org.civicgrid.routing.cases.Urgency;
import org.civicgrid.routing.category.CategoryCatalogue;
import org.civicgrid.routing.category.Subcategory;

/**
 * Writes a category catalogue as GeoReport v2 {@code services.json} (one service per subcategory, its
 * main class as the service's {@code group}) and {@code services/{code}.json} service definitions (the
 * filing condition as informational text, urgency and tier as single-value lists). Names are Chinese
 * or English by the chosen language; the other language goes into {@code keywords}. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ServiceExport export = new ServiceExport(CategoryCatalogues.socialGovernance(), Locale.CHINESE);
 * ArrayNode services = export.services();
 * ObjectNode definition = export.definition("0401");
 * }</pre>
 */
public final class ServiceExport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ImmutableMap<Urgency, String[]> URGENCY_NAMES = ImmutableMap.of(
      Urgency.NORMAL, new String[] {"一般", "normal"},
      Urgency.URGENT, new String[] {"紧急", "urgent"},
      Urgency.EMERGENCY, new String[] {"特急", "emergency"});
  private static final ImmutableMap<Tier, String[]> TIER_NAMES = ImmutableMap.of(
      Tier.HOUSEHOLD, new String[] {"小事不出户", "household"},
      Tier.GRID, new String[] {"琐事不出格", "grid"},
      Tier.NETWORK, new String[] {"大事不出网", "network"});

  private final CategoryCatalogue catalogue;
  private final boolean chinese;

  /**
   * @param catalogue the categories to offer
   * @param language {@link Locale#CHINESE} for Chinese names, any other for English
   */
  public ServiceExport(CategoryCatalogue catalogue, Locale language) {
    this.catalogue = checkNotNull(catalogue, "catalogue");
    this.chinese = checkNotNull(language, "language").getLanguage().equals(Locale.CHINESE.getLanguage());
  }

  /** The GeoReport service list: every subcategory in code order. */
  public ArrayNode services() {
    ArrayNode services = JSON.createArrayNode();
    for (Subcategory sub : catalogue.subcategories()) {
      services.addObject()
          .put("service_code", sub.code())
          .put("service_name", name(sub))
          .put("description", otherName(sub) + "; handling limit " + sub.handlingLimit())
          .put("metadata", true)
          .put("type", "realtime")
          .put("keywords", String.join(",", otherName(sub), sub.department().id(), sub.dispatchTo().id()))
          .put("group", chinese ? sub.parent().nameZh() : sub.parent().nameEn());
    }
    return services;
  }

  /**
   * The GeoReport service definition of a subcategory.
   *
   * @throws Open311Error (code 400) naming the code when the catalogue has no such subcategory
   */
  public ObjectNode definition(String serviceCode) {
    Subcategory sub = catalogue.findSubcategory(serviceCode).orElseThrow(() -> unknownService(catalogue, serviceCode));
    ObjectNode definition = JSON.createObjectNode().put("service_code", sub.code());
    ArrayNode attributes = definition.putArray("attributes");
    attributes.addObject()
        .put("variable", false)
        .put("code", ExtendedAttributes.FILING_CONDITION)
        .put("datatype", "string")
        .put("required", false)
        .put("datatype_description", "")
        .put("order", 1)
        .put("description", sub.filingCondition());
    ObjectNode urgency = choice(attributes, ExtendedAttributes.URGENCY_ATTRIBUTE, 2,
        chinese ? "紧急程度" : "how urgent the matter is");
    URGENCY_NAMES.forEach((value, names) -> urgency.withArray("values").addObject()
        .put("key", key(value)).put("name", chinese ? names[0] : names[1]));
    ObjectNode tier = choice(attributes, ExtendedAttributes.TIER_ATTRIBUTE, 3,
        chinese ? "解决层级" : "where the matter should be solved");
    TIER_NAMES.forEach((value, names) -> tier.withArray("values").addObject()
        .put("key", key(value)).put("name", chinese ? names[0] : names[1]));
    return definition;
  }

  /** The service name of a subcategory in the export's language. */
  String name(Subcategory sub) {
    return chinese ? sub.nameZh() : sub.nameEn();
  }

  private String otherName(Subcategory sub) {
    return chinese ? sub.nameEn() : sub.nameZh();
  }

  private static ObjectNode choice(ArrayNode attributes, String code, int order, String description) {
    ObjectNode attribute = attributes.addObject()
        .put("variable", true)
        .put("code", code)
        .put("datatype", "singlevaluelist")
        .put("required", false)
        .put("datatype_description", "")
        .put("order", order)
        .put("description", description);
    attribute.putArray("values");
    return attribute;
  }

  static Open311Error unknownService(CategoryCatalogue catalogue, String code) {
    return Open311Error.badRequest("service_code " + code + " is not a service of catalogue " + catalogue.id());
  }

  /** Keys of the urgency list: the enum's names in lower case. */
  static String key(Urgency urgency) {
    return urgency.name().toLowerCase(Locale.ROOT);
  }

  /** Keys of the tier list: the enum's names in lower case. */
  static String key(Tier tier) {
    return tier.name().toLowerCase(Locale.ROOT);
  }
}
