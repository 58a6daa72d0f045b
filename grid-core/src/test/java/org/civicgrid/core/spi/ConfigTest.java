package org.civicgrid.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.Test;

class ConfigTest {
  private static final ParameterDescriptor<String> JDBC_URL =
      ParameterDescriptor.builder("jdbc-url", String.class)
          .required()
          .description("JDBC URL of the database")
          .build();
  private static final ParameterDescriptor<Integer> POOL_SIZE =
      ParameterDescriptor.builder("pool-size", Integer.class).defaultValue(10).build();
  private static final ParameterDescriptor<Duration> TIMEOUT =
      ParameterDescriptor.builder("timeout", Duration.class).build();
  private static final ParameterDescriptor<String> PASSWORD =
      ParameterDescriptor.builder("password", String.class).secret().build();
  private static final ParameterDescriptor<Integer> PIN =
      ParameterDescriptor.builder("pin", Integer.class).secret().build();

  private static final List<ParameterDescriptor<?>> JDBC =
      List.of(JDBC_URL, POOL_SIZE, TIMEOUT, PASSWORD, PIN);

  /** Validates {@code raw} for the jdbc plugin, expecting the one configuration exception. */
  private static CivicGridException rejection(Map<String, String> raw) {
    CivicGridException e =
        catchThrowableOfType(CivicGridException.class, () -> Config.validate("jdbc", JDBC, raw));
    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_CONFIG_INVALID);
    return e;
  }

  @Test
  void returnsConfiguredValuesParsedToTheirTypes() {
    Config config =
        Config.validate(
            "jdbc",
            JDBC,
            Map.of("jdbc-url", "jdbc:postgresql://db/grid", "pool-size", "4", "timeout", "30s"));

    assertThat(config.pluginId()).isEqualTo("jdbc");
    assertThat(config.get(JDBC_URL)).isEqualTo("jdbc:postgresql://db/grid");
    assertThat(config.get(POOL_SIZE)).isEqualTo(4);
    assertThat(config.find(TIMEOUT)).contains(Duration.ofSeconds(30));
    assertThat(config.parameters()).containsExactlyElementsOf(JDBC);
  }

  @Test
  void fallsBackToTheDefaultAndFindsNothingForAnUnsetOptionalWithoutDefault() {
    Config config = Config.validate("jdbc", JDBC, Map.of("jdbc-url", "jdbc:h2:mem:grid"));

    assertThat(config.get(POOL_SIZE)).isEqualTo(10);
    assertThat(config.find(POOL_SIZE)).contains(10);
    assertThat(config.find(TIMEOUT)).isEmpty();
    assertThat(config.find(PASSWORD)).isEmpty();
  }

  @Test
  void refusesToGetAnUnsetOptionalWithoutDefault() {
    Config config = Config.validate("jdbc", JDBC, Map.of("jdbc-url", "jdbc:h2:mem:grid"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> config.get(TIMEOUT))
        .withMessageContaining("timeout")
        .withMessageContaining("find()");
  }

  @Test
  void refusesParametersThePluginDidNotDeclare() {
    Config config = Config.validate("jdbc", JDBC, Map.of("jdbc-url", "jdbc:h2:mem:grid"));
    ParameterDescriptor<String> undeclared =
        ParameterDescriptor.builder("colour", String.class).build();
    ParameterDescriptor<Long> sameKeyOtherType =
        ParameterDescriptor.builder("pool-size", Long.class).build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> config.find(undeclared))
        .withMessage("key colour is not a parameter declared by plugin jdbc");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> config.get(sameKeyOtherType))
        .withMessageContaining("pool-size");
  }

  @Test
  void reportsEveryProblemInOneExceptionNamingEachKey() {
    CivicGridException e =
        rejection(
            Map.of(
                "pool-size", "ten",
                "timeout", "soon",
                "colour", "blue",
                "pasword", "hunter2"));

    assertThat(e)
        .hasMessage(
            "PLUGIN_CONFIG_INVALID: configuration of plugin jdbc has 5 problems: "
                + "missing required key jdbc-url (JDBC URL of the database); "
                + "bad value for pool-size: \"ten\" is not a 32-bit whole number; "
                + "bad value for timeout: \"soon\" is not a duration such as PT30S, 500ms, "
                + "30s, 5m, 2h or 1d; "
                + "unknown key colour; unknown key pasword. "
                + "Keys declared by jdbc: [jdbc-url, pool-size, timeout, password, pin]");
  }

  @Test
  void reportsValuesOutOfBoundsTogetherWithMissingKeys() {
    ParameterDescriptor<Integer> pool =
        ParameterDescriptor.builder("pool-size", Integer.class).check(n -> n >= 1, "at least 1").build();
    ParameterDescriptor<String> secret =
        ParameterDescriptor.builder("secret", String.class).secret().check(t -> t.length() >= 16, "16 characters or more")
            .build();

    assertThatThrownBy(() -> Config.validate("jdbc", List.of(JDBC_URL, pool, secret),
            Map.of("pool-size", "0", "secret", "hunter2")))
        .isInstanceOf(CivicGridException.class)
        .hasMessage("PLUGIN_CONFIG_INVALID: configuration of plugin jdbc has 3 problems: "
            + "missing required key jdbc-url (JDBC URL of the database); "
            + "bad value for pool-size: \"0\" must be at least 1; "
            + "bad value for secret: **** must be 16 characters or more");
  }

  @Test
  void reportsASingleProblemWithoutListingTheDeclaredKeys() {
    assertThat(rejection(Map.of()))
        .hasMessage(
            "PLUGIN_CONFIG_INVALID: configuration of plugin jdbc has 1 problem: "
                + "missing required key jdbc-url (JDBC URL of the database)");
  }

  @Test
  void neverShowsSecretOrUnknownValuesInTheMessage() {
    CivicGridException e =
        rejection(Map.of("jdbc-url", "jdbc:h2:mem:grid", "pin", "12ab", "pasword", "hunter2"));

    assertThat(e.getMessage())
        .contains("bad value for pin: **** is not a 32-bit whole number")
        .contains("unknown key pasword")
        .doesNotContain("12ab")
        .doesNotContain("hunter2");
  }

  @Test
  void toStringShowsEffectiveValuesWithSecretsMasked() {
    Config config =
        Config.validate(
            "jdbc", JDBC, Map.of("jdbc-url", "jdbc:h2:mem:grid", "password", "hunter2"));

    assertThat(config)
        .hasToString(
            "Config{plugin=jdbc, values={jdbc-url=jdbc:h2:mem:grid, pool-size=10, "
                + "password=****}}");
    assertThat(config.get(PASSWORD)).isEqualTo("hunter2");
  }

  @Test
  void emptyConfigBelongsToNoPluginAndDeclaresNothing() {
    Config empty = Config.empty();

    assertThat(empty.pluginId()).isEmpty();
    assertThat(empty.parameters()).isEmpty();
    assertThat(empty).isEqualTo(Config.validate("", List.of(), Map.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> empty.find(TIMEOUT));
  }

  @Test
  void equalConfigurationsAreEqual() {
    Map<String, String> raw = Map.of("jdbc-url", "jdbc:h2:mem:grid", "pool-size", "4");

    assertThat(Config.validate("jdbc", JDBC, raw))
        .isEqualTo(Config.validate("jdbc", JDBC, raw))
        .hasSameHashCodeAs(Config.validate("jdbc", JDBC, raw))
        .isNotEqualTo(Config.validate("jdbc", JDBC, Map.of("jdbc-url", "jdbc:h2:mem:grid")));
  }

  @Test
  void rejectsDescriptorsThatShareAKey() {
    ParameterDescriptor<Long> twin = ParameterDescriptor.builder("pool-size", Long.class).build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Config.validate("jdbc", List.of(POOL_SIZE, twin), Map.of()))
        .withMessage("plugin jdbc declares key pool-size twice");
  }

  @Test
  void rejectsNullArguments() {
    assertThatNullPointerException().isThrownBy(() -> Config.validate(null, JDBC, Map.of()));
    assertThatNullPointerException()
        .isThrownBy(() -> Config.validate("jdbc", Collections.singletonList(null), Map.of()));
    assertThatNullPointerException()
        .isThrownBy(
            () -> Config.validate("jdbc", JDBC, Collections.singletonMap("jdbc-url", null)));
    assertThatThrownBy(() -> Config.empty().find(null)).isInstanceOf(NullPointerException.class);
  }
}
