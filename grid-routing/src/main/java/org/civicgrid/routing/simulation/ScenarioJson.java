package org.civicgrid.routing.simulation;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.io.MalformedJson;

/**
 * Reads and writes the scenario format ({@value #FORMAT}, {@code docs/formats.md} section 8). Every
 * value is checked by {@link Scenario.Builder} as it is read, so a problem is reported at its line with
 * the offending field or value.
 */
final class ScenarioJson {
  static final String FORMAT = "civicgrid-scenario/1";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /** Jackson's wording for an absent required field, reworded without its internal index. */

  private ScenarioJson() {}

  static Scenario read(InputStream in, String source) throws IOException {
    try {
      return MAPPER.readerFor(Document.class).<Document>readValue(in).scenario;
    } catch (JsonProcessingException e) {
      throw MalformedJson.of(source, e);
    }
  }

  static String write(Scenario scenario) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("start", scenario.start().toString());
    doc.put("days", scenario.days());
    doc.put("seed", scenario.seed());
    doc.put("arrivals", scenario.arrivals());
    doc.put("hourProfile", scenario.hourProfile());
    Map<String, Object> workers = new LinkedHashMap<>();
    workers.put("casesInHand", scenario.casesInHand());
    workers.put("defaultMinutes", scenario.defaultMinutes());
    workers.put("minutesPerCase", scenario.minutesPerCase());
    doc.put("workers", workers);
    Map<String, Object> behaviour = new LinkedHashMap<>();
    behaviour.put("onSpotShare", scenario.onSpotShare());
    behaviour.put("departmentShare", scenario.departmentShare());
    behaviour.put("unitMinutes", scenario.unitMinutes());
    doc.put("behaviour", behaviour);
    try {
      return MAPPER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a scenario of plain values cannot fail to write", e);
    }
  }

  /** The whole document. */
  static final class Document {
    final Scenario scenario;

    @JsonCreator
    Document(@JsonProperty(value = "format", required = true) String format,
        @JsonProperty("description") String description,
        @JsonProperty(value = "start", required = true) String start,
        @JsonProperty(value = "days", required = true) int days,
        @JsonProperty("seed") Long seed,
        @JsonProperty(value = "arrivals", required = true) Map<String, Double> arrivals,
        @JsonProperty("hourProfile") List<Double> hourProfile,
        @JsonProperty("workers") Workers workers,
        @JsonProperty("behaviour") Behaviour behaviour) {
      checkArgument(FORMAT.equals(format), "format '%s' is not %s", format, FORMAT);
      checkArgument(arrivals != null, "\"arrivals\" is missing");
      Scenario.Builder b = Scenario.builder(dateTime(start), days);
      arrivals.forEach((code, rate) -> {
        checkArgument(rate != null, "arrival rate of %s is null", code);
        b.arrivals(code, rate);
      });
      if (seed != null) {
        b.seed(seed);
      }
      if (hourProfile != null) {
        b.hourProfile(hourProfile);
      }
      if (workers != null) {
        workers.applyTo(b);
      }
      if (behaviour != null) {
        behaviour.applyTo(b);
      }
      this.scenario = b.build();
    }

    private static LocalDateTime dateTime(String text) {
      checkArgument(text != null, "\"start\" is missing");
      try {
        return LocalDateTime.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("\"start\" " + text + " is not a local date-time yyyy-mm-ddThh:mm", e);
      }
    }
  }

  /** What a grid worker can take on. */
  static final class Workers {
    private final Integer casesInHand;
    private final Integer defaultMinutes;
    private final Map<String, Integer> minutesPerCase;

    @JsonCreator
    Workers(@JsonProperty("casesInHand") Integer casesInHand, @JsonProperty("defaultMinutes") Integer defaultMinutes,
        @JsonProperty("minutesPerCase") Map<String, Integer> minutesPerCase) {
      this.casesInHand = casesInHand;
      this.defaultMinutes = defaultMinutes;
      this.minutesPerCase = minutesPerCase;
    }

    void applyTo(Scenario.Builder b) {
      if (casesInHand != null) {
        b.casesInHand(casesInHand);
      }
      if (defaultMinutes != null) {
        b.defaultMinutes(defaultMinutes);
      }
      if (minutesPerCase != null) {
        minutesPerCase.forEach((code, minutes) -> {
          checkArgument(minutes != null, "minutes per case of %s is null", code);
          b.minutesPerCase(code, minutes);
        });
      }
    }
  }

  /** The knobs that close cases. */
  static final class Behaviour {
    private final Double onSpotShare;
    private final Double departmentShare;
    private final Integer unitMinutes;

    @JsonCreator
    Behaviour(@JsonProperty("onSpotShare") Double onSpotShare, @JsonProperty("departmentShare") Double departmentShare,
        @JsonProperty("unitMinutes") Integer unitMinutes) {
      this.onSpotShare = onSpotShare;
      this.departmentShare = departmentShare;
      this.unitMinutes = unitMinutes;
    }

    void applyTo(Scenario.Builder b) {
      if (onSpotShare != null) {
        b.onSpotShare(onSpotShare);
      }
      if (departmentShare != null) {
        b.departmentShare(departmentShare);
      }
      if (unitMinutes != null) {
        b.unitMinutes(unitMinutes);
      }
    }
  }
}
