package org.civicgrid.examples.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.ParameterDescriptor;
import org.civicgrid.core.spi.ProviderRegistry;
import org.civicgrid.routing.notify.Notifier;
import org.civicgrid.routing.notify.NotifierFactory;
import org.junit.jupiter.api.Test;

class WebhookNotifierFactoryTest {
  private static final String URL = "https://hooks.fuxin.example/civicgrid";

  private static Notifier open(Map<String, String> raw) {
    try (var registry = ProviderRegistry.discover(NotifierFactory.SPI)) {
      return registry.open(Optional.of(WebhookNotifierFactory.ID), raw);
    }
  }

  @Test
  void itIsDiscoveredAsTheWebhookNotifier() {
    try (var registry = ProviderRegistry.discover(NotifierFactory.SPI)) {
      assertThat(registry.select(Optional.of("webhook"))).isInstanceOf(WebhookNotifierFactory.class);
    }
  }

  @Test
  void itDeclaresUrlSecretAndTimeoutWithTheSecretMasked() {
    assertThat(new WebhookNotifierFactory().parameters()).extracting(ParameterDescriptor::key)
        .containsExactly("url", "secret", "timeout");
    assertThat(WebhookNotifierFactory.SECRET.isSecret()).isTrue();
    assertThat(WebhookNotifierFactory.URL.isSecret()).isFalse();
  }

  @Test
  void aConfiguredNotifierNamesItsUrlAndDefaultTimeout() {
    try (Notifier notifier = open(Map.of("url", URL, "secret", WebhookReceiver.SECRET))) {
      assertThat(notifier).hasToString("webhook notifier → " + URL + " (timeout PT10S, secret ****)");
    }
  }

  @Test
  void missingUrlMissingSecretAndBadTimeoutAreOneErrorListingEachProblem() {
    assertThatThrownBy(() -> open(Map.of("timeout", "soon")))
        .isInstanceOfSatisfying(CivicGridException.class, e ->
            assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_CONFIG_INVALID))
        .hasMessageContaining("configuration of plugin webhook has 3 problems")
        .hasMessageContaining("missing required key url")
        .hasMessageContaining("missing required key secret")
        .hasMessageContaining("bad value for timeout: \"soon\"");
  }

  @Test
  void aUrlThatIsNoUriIsReportedWithTheOtherProblems() {
    assertThatThrownBy(() -> open(Map.of("url", "hooks fuxin", "timeout", "-")))
        .isInstanceOf(CivicGridException.class)
        .hasMessageContaining("has 3 problems")
        .hasMessageContaining("bad value for url: \"hooks fuxin\" is not a URI")
        .hasMessageContaining("missing required key secret")
        .hasMessageContaining("bad value for timeout");
  }

  @Test
  void aUrlThatIsNotHttpAShortSecretAndANonPositiveTimeoutAreOneErrorListingEachProblem() {
    assertThatThrownBy(() -> open(Map.of("url", "ftp://hooks.fuxin.example/civicgrid", "secret", "short-secret",
        "timeout", "0s")))
        .isInstanceOfSatisfying(CivicGridException.class, e ->
            assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_CONFIG_INVALID))
        .hasMessageContaining("configuration of plugin webhook has 3 problems")
        .hasMessageContaining("url ftp://hooks.fuxin.example/civicgrid must be an http or https URL")
        .hasMessageContaining("secret must be at least 16 characters, it has 12")
        .hasMessageContaining("timeout PT0S must be positive")
        .message().doesNotContain("short-secret");
  }

  @Test
  void aUrlWithoutHostOrWithCredentialsIsRefusedWithoutShowingThem() {
    assertThatThrownBy(() -> open(Map.of("url", "https:/civicgrid", "secret", WebhookReceiver.SECRET)))
        .hasMessageContaining("must name a host");
    assertThatThrownBy(() -> open(Map.of("url", "https://admin:hunter2@hooks.fuxin.example/civicgrid?token=t0p",
        "secret", WebhookReceiver.SECRET)))
        .hasMessageContaining("url https://hooks.fuxin.example/civicgrid must not carry a user or password")
        .message().doesNotContain("hunter2").doesNotContain("t0p");
  }
}
