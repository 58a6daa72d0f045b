package org.civicgrid.examples.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.civicgrid.examples.webhook.WebhookSignature.Verdict;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private static final long SIGNED_AT = 1_715_000_000L;
  private static final Instant NOW = Instant.ofEpochSecond(SIGNED_AT).plusSeconds(20);
  private static final byte[] BODY = "{\"key\":\"c-1\"}".getBytes(UTF_8);
  private static final Duration TOLERANCE = WebhookSignature.DEFAULT_TOLERANCE;

  private final WebhookSignature signature = new WebhookSignature(WebhookReceiver.SECRET);

  @Test
  void theSignatureIsTheHexHmacOfTimestampDotBody() {
    // printf '1715000000.{"key":"c-1"}' | openssl dgst -sha256 -hmac 'fuxin-webhook-secret-0001'
    assertThat(signature.sign(SIGNED_AT, BODY))
        .isEqualTo("sha256=1b8aeb7b6a0776d3c17b4c2190dd9bd3dc563ac8921f235712e86446a0edbca1");
  }

  @Test
  void aRequestSignedWithTheSharedSecretIsValid() {
    assertThat(signature.verify("1715000000", signature.sign(SIGNED_AT, BODY), BODY, NOW, TOLERANCE))
        .isEqualTo(Verdict.VALID);
  }

  @Test
  void aRequestSignedWithAnotherSecretFailsVerification() {
    String forged = new WebhookSignature("beipiao-other-secret-0002").sign(SIGNED_AT, BODY);

    assertThat(signature.verify("1715000000", forged, BODY, NOW, TOLERANCE)).isEqualTo(Verdict.BAD_SIGNATURE);
  }

  @Test
  void aChangedBodyOrTimestampFailsVerification() {
    String signed = signature.sign(SIGNED_AT, BODY);

    assertThat(signature.verify("1715000000", signed, "{\"key\":\"c-2\"}".getBytes(UTF_8), NOW, TOLERANCE))
        .isEqualTo(Verdict.BAD_SIGNATURE);
    assertThat(signature.verify("1715000001", signed, BODY, NOW, TOLERANCE)).isEqualTo(Verdict.BAD_SIGNATURE);
  }

  @Test
  void aReplayOutsideTheToleranceIsStaleEitherWay() {
    String signed = signature.sign(SIGNED_AT, BODY);
    Instant signedAt = Instant.ofEpochSecond(SIGNED_AT);

    assertThat(signature.verify("1715000000", signed, BODY, signedAt.plus(TOLERANCE), TOLERANCE))
        .isEqualTo(Verdict.VALID);
    assertThat(signature.verify("1715000000", signed, BODY, signedAt.plus(TOLERANCE).plusSeconds(1), TOLERANCE))
        .isEqualTo(Verdict.STALE);
    assertThat(signature.verify("1715000000", signed, BODY, signedAt.minus(TOLERANCE).minusSeconds(1), TOLERANCE))
        .isEqualTo(Verdict.STALE);
  }

  @Test
  void missingOrMisshapenHeadersAreMalformed() {
    String signed = signature.sign(SIGNED_AT, BODY);

    assertThat(signature.verify(null, signed, BODY, NOW, TOLERANCE)).isEqualTo(Verdict.MALFORMED);
    assertThat(signature.verify("yesterday", signed, BODY, NOW, TOLERANCE)).isEqualTo(Verdict.MALFORMED);
    assertThat(signature.verify("1715000000", null, BODY, NOW, TOLERANCE)).isEqualTo(Verdict.MALFORMED);
    assertThat(signature.verify("1715000000", signed.substring("sha256=".length()), BODY, NOW, TOLERANCE))
        .isEqualTo(Verdict.MALFORMED);
    assertThat(signature.verify("1715000000", "sha256=not-hex", BODY, NOW, TOLERANCE)).isEqualTo(Verdict.MALFORMED);
  }

  @Test
  void anEmptySecretIsACallerMistakeAndTheSecretIsNeverShown() {
    assertThatThrownBy(() -> new WebhookSignature("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secret must not be empty");
    assertThat(signature.toString()).isEqualTo("WebhookSignature[HmacSHA256, secret ****]");
  }
}
