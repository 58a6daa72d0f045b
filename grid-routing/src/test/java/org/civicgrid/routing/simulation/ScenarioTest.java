package org.civicgrid.routing.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  private static final LocalDateTime MONDAY = LocalDateTime.parse("2025-03-17T00:00");

  @Test
  void defaultsAreDocumented() {
    Scenario week = Scenario.builder(MONDAY, 7).arrivals("0201", 1.5).build();

    assertThat(week.end()).isEqualTo(LocalDateTime.parse("2025-03-24T00:00"));
    assertThat(week.seed()).isEqualTo(1);
    assertThat(week.casesInHand()).isEqualTo(1);
    assertThat(week.minutesFor("0201")).isEqualTo(60);
    assertThat(week.onSpotShare()).isEqualTo(0.3);
    assertThat(week.departmentShare()).isEqualTo(0.1);
    assertThat(week.unitMinutes()).isEqualTo(240);
    assertThat(week.hourShare(9)).isEqualTo(1.0 / 24);
  }

  @Test
  void minutesPerCaseOverrideTheDefaultForTheirSubcategory() {
    Scenario s = Scenario.builder(MONDAY, 1).minutesPerCase("0303", 90).defaultMinutes(30).build();

    assertThat(s.minutesFor("0303")).isEqualTo(90);
    assertThat(s.minutesFor("0201")).isEqualTo(30);
  }

  @Test
  void theHourProfileSpreadsADayByItsWeights() {
    List<Double> office = new java.util.ArrayList<>(Collections.nCopies(24, 0.0));
    office.set(9, 3.0);
    office.set(14, 1.0);

    Scenario s = Scenario.builder(MONDAY, 1).hourProfile(office).build();

    assertThat(s.hourShare(9)).isEqualTo(0.75);
    assertThat(s.hourShare(14)).isEqualTo(0.25);
    assertThat(s.hourShare(3)).isZero();
  }

  @Test
  void aZeroRateRemovesTheSubcategory() {
    Scenario s = Scenario.builder(MONDAY, 1).arrivals("0201", 2).arrivals("0201", 0).build();

    assertThat(s.arrivals()).isEmpty();
  }

  @Test
  void badValuesAreRefusedNamingThem() {
    Scenario.Builder b = Scenario.builder(MONDAY, 7);

    assertThatThrownBy(() -> Scenario.builder(MONDAY, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days 0");
    assertThatThrownBy(() -> b.arrivals("02", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'02'");
    assertThatThrownBy(() -> b.arrivals("0201", -0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.5 of 0201");
    assertThatThrownBy(() -> b.arrivals("0201", Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> b.hourProfile(Collections.nCopies(23, 1.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("23 weights");
    assertThatThrownBy(() -> b.hourProfile(Collections.nCopies(24, 0.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no weight");
    assertThatThrownBy(() -> b.casesInHand(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cases in hand 0");
    assertThatThrownBy(() -> b.minutesPerCase("0303", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minutes per case of 0303 0");
    assertThatThrownBy(() -> b.onSpotShare(1.2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on-spot share 1.2");
    assertThatThrownBy(() -> b.departmentShare(-0.1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("department share -0.1");
  }

  @Test
  void theJsonFormReadsBackToAnEqualScenario() throws IOException {
    Scenario s = Scenario.builder(MONDAY, 7).arrivals("0201", 1.5).arrivals("0303", 0.8).seed(42)
        .casesInHand(2).minutesPerCase("0303", 90).onSpotShare(0.25).departmentShare(0.05).unitMinutes(120)
        .build();

    assertThat(read(s.toJson())).isEqualTo(s);
  }

  @Test
  void aShortDocumentTakesTheDefaults() throws IOException {
    Scenario s = read("{\"format\":\"civicgrid-scenario/1\",\"start\":\"2025-03-17T00:00\",\"days\":7,"
        + "\"arrivals\":{\"0201\":1.5}}");

    assertThat(s).isEqualTo(Scenario.builder(MONDAY, 7).arrivals("0201", 1.5).build());
  }

  @Test
  void aBadDocumentNamesTheSourceLineAndValue() {
    assertThatThrownBy(() -> read("{\"format\":\"civicgrid-scenario/1\",\"start\":\"2025-03-17T00:00\",\n"
        + "\"days\":7,\"arrivals\":{\"0201\":1.5},\"behaviour\":{\"onSpotShare\":1.5}}"))
        .isInstanceOf(CivicGridException.class)
        .hasMessageContaining("week.json, line 2")
        .hasMessageContaining("on-spot share 1.5")
        .extracting(e -> ((CivicGridException) e).code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThatThrownBy(() -> read("{\"format\":\"civicgrid-scenario/1\",\"start\":\"monday\",\"days\":7,"
        + "\"arrivals\":{}}")).isInstanceOf(CivicGridException.class).hasMessageContaining("\"start\" monday");
    assertThatThrownBy(() -> read("{\"format\":\"civicgrid-scenario/1\",\"days\":7,\"arrivals\":{}}"))
        .isInstanceOf(CivicGridException.class).hasMessageContaining("\"start\" is missing");
    assertThatThrownBy(() -> read("{\"format\":\"civicgrid-scenario/1\",\"start\":\"2025-03-17T00:00\","
        + "\"days\":7,\"arrivals\":{},\"staff\":3}"))
        .isInstanceOf(CivicGridException.class).hasMessageContaining("unknown field \"staff\"");
  }

  private static Scenario read(String json) throws IOException {
    return Scenario.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "week.json");
  }
}
