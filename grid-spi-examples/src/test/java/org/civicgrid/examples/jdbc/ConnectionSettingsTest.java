package org.civicgrid.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {
  private static ConnectionSettings settings(String url, Optional<String> password) {
    return new ConnectionSettings(Dialect.POSTGRESQL, url, Optional.of("civicgrid"), password,
        Optional.of("civicgrid"), GeometryFormat.AUTO, 10, Duration.ofSeconds(30));
  }

  @Test
  void messagesNameTheDatabaseWithoutTheUrlsParameters() {
    ConnectionSettings settings = settings("jdbc:postgresql://db.example:5432/grids?password=s3cret&ssl=true",
        Optional.of("s3cret"));
    assertThat(settings.describe()).isEqualTo("postgresql storage at jdbc:postgresql://db.example:5432/grids "
        + "(schema civicgrid)");
    assertThat(settings.toString()).contains("as civicgrid", "****").doesNotContain("s3cret");
  }

  @Test
  void thePasswordIsNotADriverProperty() {
    assertThat(settings("jdbc:postgresql://db/grids", Optional.of("s3cret")).driverProperties(Optional.of("a,b")))
        .containsEntry("currentSchema", "a,b").containsEntry("connectTimeout", "30").doesNotContainValue("s3cret");
  }
}
