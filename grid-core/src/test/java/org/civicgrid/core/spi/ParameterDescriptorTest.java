package org.civicgrid.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterDescriptorTest {
  enum Access {
    READ_ONLY,
    READ_WRITE
  }

  private static <T> ParameterDescriptor<T> parameter(Class<T> type) {
    return ParameterDescriptor.builder("value", type).build();
  }

  @Test
  void buildsAnOptionalPublicParameterByDefault() {
    ParameterDescriptor<String> url = ParameterDescriptor.builder("jdbc-url", String.class).build();

    assertThat(url.key()).isEqualTo("jdbc-url");
    assertThat(url.type()).isEqualTo(String.class);
    assertThat(url.isRequired()).isFalse();
    assertThat(url.defaultValue()).isEmpty();
    assertThat(url.description()).isEmpty();
    assertThat(url.isSecret()).isFalse();
  }

  @Test
  void keepsEveryAttributeTheBuilderSets() {
    ParameterDescriptor<String> password =
        ParameterDescriptor.builder("password", String.class)
            .required()
            .description("database password")
            .secret()
            .build();
    ParameterDescriptor<Integer> poolSize =
        ParameterDescriptor.builder("pool.max-size", Integer.class).defaultValue(10).build();

    assertThat(password.isRequired()).isTrue();
    assertThat(password.description()).isEqualTo("database password");
    assertThat(password.isSecret()).isTrue();
    assertThat(poolSize.defaultValue()).contains(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"url", "jdbc-url", "pool.max-size", "retry.backoff2", "a1-b2.c3"})
  void acceptsLowerKebabKeysJoinedByDots(String key) {
    assertThat(ParameterDescriptor.builder(key, String.class).build().key()).isEqualTo(key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "JdbcUrl", "jdbc_url", "-url", "url-", "pool..size", "1url", "a b"})
  void rejectsOtherKeys(String key) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ParameterDescriptor.builder(key, String.class))
        .withMessageStartingWith("bad key " + key + ":");
  }

  @Test
  void rejectsUnsupportedTypesNamingTheKeyAndTheSupportedOnes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ParameterDescriptor.builder("colour", Object.class))
        .withMessageContaining("java.lang.Object")
        .withMessageContaining("colour")
        .withMessageContaining("Duration");
  }

  @Test
  void treatsAPrimitiveClassAsItsWrapper() {
    ParameterDescriptor<Integer> port = ParameterDescriptor.builder("port", int.class).build();

    assertThat(port.type()).isEqualTo(Integer.class);
    assertThat(port.parse("8080")).isEqualTo(8080);
  }

  @Test
  void rejectsARequiredParameterWithADefault() {
    ParameterDescriptor.Builder<Integer> builder =
        ParameterDescriptor.builder("pool-size", Integer.class).required().defaultValue(10);

    assertThatIllegalArgumentException()
        .isThrownBy(builder::build)
        .withMessageContaining("pool-size")
        .withMessageContaining("required");
  }

  @Test
  void rejectsNullArguments() {
    assertThatNullPointerException().isThrownBy(() -> ParameterDescriptor.builder("url", null));
    assertThatNullPointerException()
        .isThrownBy(() -> ParameterDescriptor.builder("url", String.class).defaultValue(null));
    assertThatNullPointerException()
        .isThrownBy(() -> ParameterDescriptor.builder("url", String.class).description(null));
    assertThatNullPointerException().isThrownBy(() -> parameter(String.class).parse(null));
  }

  @Test
  void takesStringsVerbatim() {
    assertThat(parameter(String.class).parse(" two words ")).isEqualTo(" two words ");
    assertThat(parameter(String.class).parse("")).isEmpty();
  }

  @Test
  void parsesWholeNumbersIgnoringSurroundingWhitespace() {
    assertThat(parameter(Integer.class).parse(" 42 ")).isEqualTo(42);
    assertThat(parameter(Integer.class).parse("-7")).isEqualTo(-7);
    assertThat(parameter(Long.class).parse("9000000000")).isEqualTo(9_000_000_000L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"forty-two", "2147483648", "4.2", "", "  "})
  void rejectsBadIntegers(String raw) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parameter(Integer.class).parse(raw))
        .withMessage("bad value for value: \"%s\" is not a 32-bit whole number", raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9x", "9223372036854775808", "1L"})
  void rejectsBadLongs(String raw) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parameter(Long.class).parse(raw))
        .withMessageContaining("64-bit whole number");
  }

  @Test
  void parsesBooleansInAnyCase() {
    assertThat(parameter(Boolean.class).parse("true")).isTrue();
    assertThat(parameter(Boolean.class).parse(" TRUE ")).isTrue();
    assertThat(parameter(Boolean.class).parse("False")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "1", "on", "treu"})
  void rejectsWhatIsNotTrueOrFalse(String raw) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parameter(Boolean.class).parse(raw))
        .withMessageContaining("is not true or false");
  }

  @Test
  void parsesDecimalNumbers() {
    assertThat(parameter(Double.class).parse("2.5")).isEqualTo(2.5);
    assertThat(parameter(Double.class).parse("-1e3")).isEqualTo(-1000.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "abc", "1,5"})
  void rejectsNonFiniteOrMalformedDecimals(String raw) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parameter(Double.class).parse(raw))
        .withMessageContaining("is not a finite number");
  }

  @Test
  void parsesDurationsInIsoOrShortForm() {
    ParameterDescriptor<Duration> timeout = parameter(Duration.class);

    assertThat(timeout.parse("PT30S")).isEqualTo(Duration.ofSeconds(30));
    assertThat(timeout.parse("pt1m")).isEqualTo(Duration.ofMinutes(1));
    assertThat(timeout.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(timeout.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(timeout.parse(" 5m ")).isEqualTo(Duration.ofMinutes(5));
    assertThat(timeout.parse("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(timeout.parse("1D")).isEqualTo(Duration.ofDays(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"30", "5 minutes", "s", "1.5s", "-5s", "10y", "99999999999999999999d"})
  void rejectsOtherDurations(String raw) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parameter(Duration.class).parse(raw))
        .withMessageContaining("is not a duration such as PT30S");
  }

  @Test
  void parsesPathsAndUris() {
    assertThat(parameter(Path.class).parse("/var/lib/civicgrid"))
        .isEqualTo(Path.of("/var/lib/civicgrid"));
    assertThat(parameter(URI.class).parse("https://example.org/hook?grid=3"))
        .isEqualTo(URI.create("https://example.org/hook?grid=3"));
  }

  @Test
  void rejectsBadPathsAndUrisKeepingTheParserCause() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parameter(Path.class).parse("bad\0path"))
        .withMessageContaining("is not a file system path")
        .withCauseInstanceOf(IllegalArgumentException.class);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parameter(URI.class).parse("http://exa mple.org"))
        .withMessage("bad value for value: \"http://exa mple.org\" is not a URI")
        .havingCause()
        .withMessageContaining("Illegal character");
  }

  @Test
  void parsesEnumConstantsInAnyCaseWithDashesForUnderscores() {
    ParameterDescriptor<Access> access = parameter(Access.class);

    assertThat(access.parse("read-only")).isEqualTo(Access.READ_ONLY);
    assertThat(access.parse("READ_WRITE")).isEqualTo(Access.READ_WRITE);
    assertThat(access.parse(" Read_Only ")).isEqualTo(Access.READ_ONLY);
  }

  @Test
  void rejectsUnknownEnumConstantsListingTheKnownOnes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> parameter(Access.class).parse("read only"))
        .withMessage("bad value for value: \"read only\" is not one of [read-only, read-write]");
  }

  @Test
  void masksASecretValueThatDoesNotParseAndDropsTheCauseThatWouldRepeatIt() {
    ParameterDescriptor<Integer> pin =
        ParameterDescriptor.builder("pin", Integer.class).secret().build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> pin.parse("12ab"))
        .withMessage("bad value for pin: **** is not a 32-bit whole number")
        .withNoCause();
  }

  @Test
  void toStringShowsTheAttributesAndMasksASecretDefault() {
    ParameterDescriptor<String> token =
        ParameterDescriptor.builder("api-token", String.class)
            .defaultValue("s3cr3t")
            .secret()
            .build();
    ParameterDescriptor<String> url =
        ParameterDescriptor.builder("jdbc-url", String.class).required().build();

    assertThat(token)
        .hasToString("ParameterDescriptor{key=api-token, type=String, default=****, secret}");
    assertThat(url).hasToString("ParameterDescriptor{key=jdbc-url, type=String, required}");
  }

  @Test
  void equalsComparesEveryAttribute() {
    ParameterDescriptor<Integer> poolSize =
        ParameterDescriptor.builder("pool-size", Integer.class).defaultValue(10).build();
    ParameterDescriptor<Integer> same =
        ParameterDescriptor.builder("pool-size", Integer.class).defaultValue(10).build();
    ParameterDescriptor<Integer> otherDefault =
        ParameterDescriptor.builder("pool-size", Integer.class).defaultValue(20).build();
    ParameterDescriptor<Long> otherType =
        ParameterDescriptor.builder("pool-size", Long.class).defaultValue(10L).build();

    assertThat(poolSize).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(poolSize).isNotEqualTo(otherDefault).isNotEqualTo(otherType);
  }

  @Test
  void checksEveryRuleAfterParsingAndRefusesADefaultThatBreaksOne() {
    ParameterDescriptor<Integer> pool = ParameterDescriptor.builder("pool.max-size", Integer.class)
        .defaultValue(10).check(n -> n >= 1, "at least 1").check(n -> n <= 64, "at most 64").build();

    assertThat(pool.parse("64")).isEqualTo(64);
    assertThatIllegalArgumentException().isThrownBy(() -> pool.parse("0"))
        .withMessage("bad value for pool.max-size: \"0\" must be at least 1");
    assertThatIllegalArgumentException().isThrownBy(() -> pool.parse("65"))
        .withMessage("bad value for pool.max-size: \"65\" must be at most 64");
    assertThatIllegalArgumentException().isThrownBy(() -> ParameterDescriptor.builder("pool.max-size", Integer.class)
            .defaultValue(0).check(n -> n >= 1, "at least 1").build())
        .withMessage("bad key pool.max-size: the default value must be at least 1");
  }
}
