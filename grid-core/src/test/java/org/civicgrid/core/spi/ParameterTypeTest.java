package org.civicgrid.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParameterTypeTest {

  @Test
  void supportsTheDocumentedTypes() {
    for (Class<?> type :
        List.of(
            String.class,
            Integer.class,
            Long.class,
            Boolean.class,
            Double.class,
            Duration.class,
            Path.class,
            URI.class,
            TimeUnit.class)) {
      assertThat(ParameterType.find(type))
          .as("%s", type)
          .hasValueSatisfying(found -> assertThat(found.type()).isEqualTo(type));
    }
  }

  @Test
  void findsTheWrapperForAPrimitiveClass() {
    assertThat(ParameterType.find(long.class))
        .hasValueSatisfying(found -> assertThat(found.type()).isEqualTo(Long.class));
  }

  @Test
  void findsNothingForOtherTypes() {
    assertThat(ParameterType.find(Object.class)).isEmpty();
    assertThat(ParameterType.find(List.class)).isEmpty();
    assertThat(ParameterType.find(float.class)).isEmpty();
  }

  @Test
  void describesAnEnumByItsConstantsInKebabCase() {
    assertThat(ParameterType.find(TimeUnit.class).orElseThrow().expectation())
        .startsWith("one of [nanoseconds, microseconds, milliseconds");
  }

  @Test
  void namesTheSupportedTypesForTheRejectionMessage() {
    assertThat(ParameterType.supportedTypes())
        .isEqualTo("String, Integer, Long, Boolean, Double, Duration, Path, URI and enums");
  }
}
