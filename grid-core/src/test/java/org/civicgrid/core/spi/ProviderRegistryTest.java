package org.civicgrid.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {
  private static final String PROPERTY = "civicgrid.notice-board";
  private static final StubNoticeBoardFactory ALPHA = StubNoticeBoardFactory.named("alpha");
  private static final StubNoticeBoardFactory BETA = StubNoticeBoardFactory.named("beta");
  private static final ParameterDescriptor<Path> DIRECTORY =
      ParameterDescriptor.builder("directory", Path.class).required().build();
  private static final ParameterDescriptor<String> API_TOKEN =
      ParameterDescriptor.builder("api-token", String.class).secret().build();

  private String savedProperty;

  @BeforeEach
  void saveProperty() {
    savedProperty = System.getProperty(PROPERTY);
    System.clearProperty(PROPERTY);
  }

  @AfterEach
  void restoreProperty() {
    if (savedProperty == null) {
      System.clearProperty(PROPERTY);
    } else {
      System.setProperty(PROPERTY, savedProperty);
    }
  }

  /** A registry whose class loader sees no plugin, holding only {@code factories}. */
  private static ProviderRegistry<NoticeBoard, NoticeBoardFactory> holding(
      NoticeBoardFactory... factories) {
    ProviderRegistry<NoticeBoard, NoticeBoardFactory> registry =
        ProviderRegistry.discover(NoticeBoardFactory.SPI, ClassLoader.getPlatformClassLoader());
    for (NoticeBoardFactory factory : factories) {
      registry.register(factory);
    }
    return registry;
  }

  private static CivicGridException failure(ErrorCode code, Runnable action) {
    return assertThatExceptionOfType(CivicGridException.class)
        .isThrownBy(action::run)
        .satisfies(e -> assertThat(e.code()).isEqualTo(code))
        .actual();
  }

  @Test
  void discoversThePluginsOnTheClassPath() {
    assertThat(ProviderRegistry.discover(NoticeBoardFactory.SPI).factories())
        .extracting(NoticeBoardFactory::id)
        .containsExactly("file", "flaky");
  }

  @Test
  void choosesTheOnlyCandidateSkippingOneWhoseAvailabilityCheckFails() {
    try (CapturedLog log = CapturedLog.start()) {
      assertThat(ProviderRegistry.discover(NoticeBoardFactory.SPI).select())
          .isInstanceOf(PluginsOnTestClasspath.File.class);

      assertThat(log.text())
          .contains("WARN")
          .contains("Skipped notice-board plugin flaky")
          .contains("NoClassDefFoundError: com/example/MissingDriver");
    }
  }

  @Test
  void choosesTheIdGivenAsArgument() {
    assertThat(holding(ALPHA, BETA).select(Optional.of("beta"))).isSameAs(BETA);
  }

  @Test
  void choosesTheIdGivenBySystemProperty() {
    System.setProperty(PROPERTY, " beta ");

    assertThat(holding(ALPHA, BETA).select()).isSameAs(BETA);
  }

  @Test
  void prefersTheArgumentToTheSystemProperty() {
    System.setProperty(PROPERTY, "alpha");

    assertThat(holding(ALPHA, BETA).select(Optional.of("beta"))).isSameAs(BETA);
  }

  @Test
  void ignoresABlankSystemProperty() {
    System.setProperty(PROPERTY, "  ");

    assertThat(holding(ALPHA).select()).isSameAs(ALPHA);
  }

  @Test
  void choosesTheDefaultByItsIdEvenWhenAPluginIsAvailable() {
    assertThat(holding(ALPHA).select(Optional.of("memory")))
        .isSameAs(NoticeBoardFactory.SPI.defaultFactory());
  }

  @Test
  void reportsAnUnknownIdWithTheKnownOnes() {
    assertThat(
            failure(
                ErrorCode.PLUGIN_NOT_FOUND, () -> holding(BETA, ALPHA).select(Optional.of("jdbc"))))
        .hasMessage(
            "PLUGIN_NOT_FOUND: no notice-board plugin has id jdbc, requested explicitly; "
                + "known ids: [alpha, beta, memory]");
  }

  @Test
  void saysWhenAnUnknownIdComesFromTheSystemProperty() {
    System.setProperty(PROPERTY, "jdbc");

    assertThat(failure(ErrorCode.PLUGIN_NOT_FOUND, () -> holding(ALPHA).select()))
        .hasMessageContaining("id jdbc, requested by system property civicgrid.notice-board");
  }

  @Test
  void refusesAnExplicitlyChosenPluginThatIsUnavailable() {
    StubNoticeBoardFactory offline = StubNoticeBoardFactory.named("offline").unavailable();

    assertThat(
            failure(
                ErrorCode.PLUGIN_UNAVAILABLE,
                () -> holding(offline).select(Optional.of("offline"))))
        .hasMessageContaining("notice-board plugin offline (")
        .hasMessageContaining("is not available here");
  }

  @Test
  void refusesAnExplicitlyChosenPluginWhoseAvailabilityCheckFails() {
    var registry = ProviderRegistry.discover(NoticeBoardFactory.SPI);

    assertThat(failure(ErrorCode.PLUGIN_UNAVAILABLE, () -> registry.select(Optional.of("flaky"))))
        .hasMessageContaining("plugin flaky")
        .hasMessageContaining("failed its availability check")
        .hasCauseInstanceOf(NoClassDefFoundError.class);
  }

  @Test
  void choosesTheOnlyAvailableCandidate() {
    assertThat(holding(BETA.unavailable(), ALPHA).select()).isSameAs(ALPHA);
  }

  @Test
  void refusesToGuessBetweenSeveralCandidates() {
    assertThat(failure(ErrorCode.PLUGIN_AMBIGUOUS, () -> holding(BETA, ALPHA.ordered(5)).select()))
        .hasMessage(
            "PLUGIN_AMBIGUOUS: several notice-board plugins found [alpha, beta]; "
                + "choose one with civicgrid.notice-board=<id> or an explicit id");
  }

  @Test
  void refusesAnIdThatTwoDiscoveredPluginsClaim() throws Exception {
    URL twinPlugin = getClass().getClassLoader().getResource("twin-plugin/");
    try (URLClassLoader twins =
        new URLClassLoader(new URL[] {twinPlugin}, getClass().getClassLoader())) {
      var registry = ProviderRegistry.discover(NoticeBoardFactory.SPI, twins);

      assertThat(failure(ErrorCode.PLUGIN_AMBIGUOUS, () -> registry.select(Optional.of("file"))))
          .hasMessageContaining("several notice-board plugins claim id file")
          .hasMessageContaining(PluginsOnTestClasspath.File.class.getName())
          .hasMessageContaining(PluginsOnTestClasspath.FileTwin.class.getName());
    }
  }

  @Test
  void fallsBackToTheDefaultWhenThereIsNoPlugin() {
    try (CapturedLog log = CapturedLog.start()) {
      assertThat(holding().select()).isSameAs(NoticeBoardFactory.SPI.defaultFactory());

      assertThat(log.text())
          .contains("INFO")
          .contains("No notice-board plugin found; using the in-memory default memory");
    }
  }

  @Test
  void fallsBackToTheDefaultWithAWarningWhenNoPluginIsAvailable() {
    try (CapturedLog log = CapturedLog.start()) {
      assertThat(holding(BETA.unavailable(), ALPHA.unavailable()).select())
          .isSameAs(NoticeBoardFactory.SPI.defaultFactory());

      assertThat(log.text())
          .contains("WARN")
          .contains("No notice-board plugin is available (unavailable: [alpha, beta])");
    }
  }

  @Test
  void refusesToRegisterATakenId() {
    var registry = ProviderRegistry.discover(NoticeBoardFactory.SPI);
    registry.register(ALPHA);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.register(StubNoticeBoardFactory.named("alpha")))
        .withMessage(
            "duplicate plugin id alpha: already used by %s",
            StubNoticeBoardFactory.class.getName());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.register(StubNoticeBoardFactory.named("file")))
        .withMessageContaining("duplicate plugin id file");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.register(StubNoticeBoardFactory.named("memory")))
        .withMessageContaining("duplicate plugin id memory");
  }

  @Test
  void refusesToRegisterAMalformedIdOrNothing() {
    var registry = holding();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> registry.register(StubNoticeBoardFactory.named("Web_Hook")))
        .withMessage("bad plugin id Web_Hook: use lower-kebab-case");
    assertThatNullPointerException().isThrownBy(() -> registry.register(null));
    assertThatNullPointerException().isThrownBy(() -> registry.select(null));
  }

  @Test
  void listsFactoriesByDescendingOrderThenId() {
    var registry =
        holding(
            BETA,
            StubNoticeBoardFactory.named("gamma").ordered(-1),
            ALPHA,
            StubNoticeBoardFactory.named("delta").ordered(7));

    assertThat(registry.factories())
        .extracting(NoticeBoardFactory::id)
        .containsExactly("delta", "alpha", "beta", "gamma");
  }

  @Test
  void registersSafelyWhileOtherThreadsRead() throws Exception {
    var registry = holding();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      IntStream.range(0, 100)
          .forEach(
              i ->
                  pool.execute(
                      () -> {
                        registry.register(StubNoticeBoardFactory.named("board-" + i));
                        assertThat(registry.factories()).isNotEmpty();
                      }));
    } finally {
      pool.shutdown();
    }
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    assertThat(registry.factories()).hasSize(100);
  }

  @Test
  void opensTheChosenPluginWithValidatedConfig() {
    var registry = holding(ALPHA.withParameters(DIRECTORY, API_TOKEN), BETA);

    try (NoticeBoard board =
        registry.open(Optional.of("alpha"), Map.of("directory", "/srv/boards"))) {
      assertThat(board.factoryId()).isEqualTo("alpha");
      assertThat(board.config().get(DIRECTORY)).isEqualTo(Path.of("/srv/boards"));
      assertThat(board.config().find(API_TOKEN)).isEmpty();
    }
  }

  @Test
  void opensTheDefaultWhenThereIsNoPlugin() {
    try (NoticeBoard board = holding().open(Map.of())) {
      assertThat(board.factoryId()).isEqualTo("memory");
    }
  }

  @Test
  void reportsConfigProblemsBeforeCreating() {
    var registry =
        holding(
            ALPHA
                .withParameters(DIRECTORY)
                .creating(
                    config -> {
                      throw new AssertionError("create() must not run with invalid config");
                    }));

    assertThat(
            failure(ErrorCode.PLUGIN_CONFIG_INVALID, () -> registry.open(Map.of("colour", "red"))))
        .hasMessageContaining("configuration of plugin alpha has 2 problems")
        .hasMessageContaining("missing required key directory")
        .hasMessageContaining("unknown key colour");
  }

  @Test
  void wrapsAFailingCreateNamingThePlugin() {
    IllegalStateException diskFull = new IllegalStateException("disk full");
    var registry =
        holding(
            ALPHA.creating(
                config -> {
                  throw diskFull;
                }));

    assertThat(failure(ErrorCode.PLUGIN_FAILED, () -> registry.open(Map.of())))
        .hasMessageStartingWith("PLUGIN_FAILED: notice-board plugin alpha (")
        .hasMessageEndingWith(
            "failed to create a provider: java.lang.IllegalStateException: disk full")
        .hasCause(diskFull);
  }

  @Test
  void passesOnACivicGridExceptionFromCreateUnchanged() {
    CivicGridException refused =
        new CivicGridException(ErrorCode.PLUGIN_UNAVAILABLE, "database down");
    var registry =
        holding(
            ALPHA.creating(
                config -> {
                  throw refused;
                }));

    assertThatExceptionOfType(CivicGridException.class)
        .isThrownBy(() -> registry.open(Map.of()))
        .isSameAs(refused);
  }

  @Test
  void reportsACreateThatReturnsNull() {
    var registry = holding(ALPHA.creating(config -> null));

    assertThat(failure(ErrorCode.PLUGIN_FAILED, () -> registry.open(Map.of())))
        .hasMessageContaining("plugin alpha (")
        .hasMessageContaining("returned null from create()");
  }

  @Test
  void reportsAPluginThatDeclaresOneKeyTwice() {
    var registry = holding(ALPHA.withParameters(DIRECTORY, DIRECTORY));

    assertThat(failure(ErrorCode.PLUGIN_FAILED, () -> registry.open(Map.of("directory", "/srv"))))
        .hasMessageContaining("declares unusable parameters")
        .hasMessageContaining("plugin alpha declares key directory twice")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverLogsASecretValue() {
    var registry = holding(ALPHA.withParameters(DIRECTORY, API_TOKEN));

    try (CapturedLog log = CapturedLog.start();
        NoticeBoard board =
            registry.open(Map.of("directory", "/srv/boards", "api-token", "s3cr3t-t0ken"))) {
      assertThat(board.config().get(API_TOKEN)).isEqualTo("s3cr3t-t0ken");
      assertThat(log.text())
          .contains("Opened notice-board plugin alpha")
          .contains("api-token=****")
          .doesNotContain("s3cr3t-t0ken");
    }
  }

  @Test
  void closesTheDiscoveredFactoriesOnceAndThenRefusesWork() {
    var registry = ProviderRegistry.discover(NoticeBoardFactory.SPI);
    var file = (PluginsOnTestClasspath.File) registry.factories().get(0);

    registry.close();
    registry.close();

    assertThat(file.closes()).isEqualTo(1);
    assertThatIllegalStateException()
        .isThrownBy(registry::select)
        .withMessage("the notice-board plugin registry is closed");
    assertThatIllegalStateException().isThrownBy(() -> registry.register(ALPHA));
  }
}
