package org.civicgrid.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

  @Test
  void pluginCodesKeepTheirNamesBecauseMessagesAndMonitoringRulesUseThem() {
    assertThat(Arrays.stream(ErrorCode.values()).map(Enum::name))
        .contains(
            "PLUGIN_NOT_FOUND",
            "PLUGIN_AMBIGUOUS",
            "PLUGIN_UNAVAILABLE",
            "PLUGIN_CONFIG_INVALID",
            "PLUGIN_FAILED");
  }

  @Test
  void everyCodeIsUpperSnakeCase() {
    assertThat(ErrorCode.values())
        .extracting(Enum::name)
        .allSatisfy(name -> assertThat(name).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"));
  }
}
