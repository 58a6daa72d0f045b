package org.civicgrid.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class MalformedJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** A document bound to a record whose constructor checks its values. */
  record Limit(@JsonProperty(required = true) int amount, @JsonProperty(required = true) String unit) {
    Limit {
      if (amount < 1) {
        throw new IllegalArgumentException("amount " + amount + " must be at least 1");
      }
    }
  }

  @Test
  void namesTheSourceLineAndTheRecordsOwnRefusal() {
    assertThat(read("{\n \"amount\": 0, \"unit\": \"days\"}"))
        .hasMessage("MALFORMED_INPUT: limits.json, line 2: amount 0 must be at least 1");
  }

  @Test
  void namesAnUnknownFieldWithTheKnownOnesAndAMissingOneByName() {
    assertThat(read("{\"amount\": 1, \"unit\": \"days\", \"colour\": 1}"))
        .hasMessageContaining("unknown field \"colour\"").hasMessageContaining("amount").hasMessageContaining("unit");
    assertThat(read("{\"amount\": 1}")).hasMessageContaining("\"unit\" is missing");
  }

  private static CivicGridException read(String json) {
    try {
      MAPPER.readValue(json, Limit.class);
      throw new AssertionError("read " + json);
    } catch (JsonProcessingException e) {
      CivicGridException error = MalformedJson.of("limits.json", e);
      assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
      return error;
    }
  }
}
