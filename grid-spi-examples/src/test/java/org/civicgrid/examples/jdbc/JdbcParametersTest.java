package org.civicgrid.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.Config;
import org.junit.jupiter.api.Test;

class JdbcParametersTest {
  @Test
  void everyMissingKeyAndValueOutOfBoundsIsReportedInOneError() {
    assertThatThrownBy(() -> Config.validate("embedded", JdbcParameters.EMBEDDED,
            Map.of("pool.max-size", "-1", "connection-timeout", "1ms")))
        .isInstanceOfSatisfying(CivicGridException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_CONFIG_INVALID))
        .hasMessageContainingAll("plugin embedded has 3 problems", "missing required key path",
            "bad value for pool.max-size: \"-1\" must be at least 1",
            "bad value for connection-timeout: \"1ms\" must be at least 250 ms");
  }

  @Test
  void aSchemaMustBeAPlainLowerCaseName() {
    assertThatThrownBy(() -> JdbcParameters.SCHEMA.parse("9lives")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad value for schema: \"9lives\" must be 1 to 63 lower-case letters, digits or '_', not starting"
            + " with a digit");
    assertThat(JdbcParameters.SCHEMA.parse("civicgrid_test")).isEqualTo("civicgrid_test");
  }
}
