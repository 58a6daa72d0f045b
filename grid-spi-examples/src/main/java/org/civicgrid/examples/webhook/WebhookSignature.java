package org.civicgrid.examples.webhook;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.io.BaseEncoding;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook request and checks a signed one: {@code X-CivicGrid-Signature: sha256=<hex>} is
 * the lower-case hex HMAC-SHA256, under the shared secret, of the {@code X-CivicGrid-Timestamp}
 * value (Unix seconds), a dot and the raw body bytes. The notifier signs with it; a receiver written
 * in Java may verify with it:
 *
 * <pre>{@code
 * var signature = new WebhookSignature(secret);
 * if (signature.verify(timestampHeader, signatureHeader, body, Instant.now(),
 *     WebhookSignature.DEFAULT_TOLERANCE) != WebhookSignature.Verdict.VALID) {
 *   return 401;
 * }
 * }</pre>
 *
 * Immutable and thread-safe; {@link #toString()} never shows the secret.
 */
public final class WebhookSignature {
  /** The header carrying {@code sha256=<hex>}. */
  public static final String SIGNATURE_HEADER = "X-CivicGrid-Signature";
  /** The header carrying the signing time in Unix seconds. */
  public static final String TIMESTAMP_HEADER = "X-CivicGrid-Timestamp";
  /** How far a timestamp may be from the receiver's clock: five minutes either way. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final String ALGORITHM = "HmacSHA256";
  private static final String PREFIX = "sha256=";
  private static final BaseEncoding HEX = BaseEncoding.base16().lowerCase();

  private final SecretKeySpec key;

  /**
   * @param secret the shared secret, taken as its UTF-8 bytes
   * @throws IllegalArgumentException when the secret is empty
   */
  public WebhookSignature(String secret) {
    checkArgument(secret != null && !secret.isEmpty(), "the webhook secret must not be empty");
    this.key = new SecretKeySpec(secret.getBytes(UTF_8), ALGORITHM);
  }

  /** What {@link #verify} found. */
  public enum Verdict {
    /** Signed with this secret, within the tolerance. */
    VALID,
    /** A header is missing or not in the expected form. */
    MALFORMED,
    /** The signature does not match: another secret, or a changed timestamp or body. */
    BAD_SIGNATURE,
    /** Correctly signed, but too far from now: a replayed or badly delayed request. */
    STALE
  }

  /**
   * The {@value #SIGNATURE_HEADER} value for a request signed at {@code timestamp} with {@code body}.
   *
   * @param timestamp the {@value #TIMESTAMP_HEADER} value, Unix seconds
   * @param body the exact body bytes sent
   * @return {@code sha256=} followed by 64 lower-case hex digits
   */
  public String sign(long timestamp, byte[] body) {
    return PREFIX + HEX.encode(mac(Long.toString(timestamp), checkNotNull(body, "body")));
  }

  /**
   * Checks a received request: the signature first, in constant time, then that the timestamp lies
   * within {@code tolerance} of {@code now}.
   *
   * @param timestampHeader the {@value #TIMESTAMP_HEADER} value as received, or {@code null}
   * @param signatureHeader the {@value #SIGNATURE_HEADER} value as received, or {@code null}
   * @param body the raw body bytes as received, before any parsing
   * @param now the receiver's time
   * @param tolerance how far the timestamp may be from {@code now}
   * @return the verdict; only {@link Verdict#VALID} means the request may be acted on
   */
  public Verdict verify(String timestampHeader, String signatureHeader, byte[] body, Instant now,
      Duration tolerance) {
    checkNotNull(body, "body");
    checkNotNull(now, "now");
    checkArgument(tolerance != null && !tolerance.isNegative(), "tolerance %s must not be negative", tolerance);
    if (timestampHeader == null || !timestampHeader.matches("\\d{1,18}") || signatureHeader == null
        || !signatureHeader.startsWith(PREFIX)) {
      return Verdict.MALFORMED;
    }
    String hex = signatureHeader.substring(PREFIX.length());
    if (!HEX.canDecode(hex)) {
      return Verdict.MALFORMED;
    }
    if (!MessageDigest.isEqual(HEX.decode(hex), mac(timestampHeader, body))) {
      return Verdict.BAD_SIGNATURE;
    }
    Duration age = Duration.between(Instant.ofEpochSecond(Long.parseLong(timestampHeader)), now).abs();
    return age.compareTo(tolerance) > 0 ? Verdict.STALE : Verdict.VALID;
  }

  private byte[] mac(String timestamp, byte[] body) {
    try {
      // A Mac is not thread-safe, so each signature gets its own; making one is cheap.
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(timestamp.getBytes(UTF_8));
      mac.update((byte) '.');
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform provides " + ALGORITHM, e);
    }
  }

  /** {@code WebhookSignature[HmacSHA256, secret ****]}. */
  @Override
  public String toString() {
    return "WebhookSignature[" + ALGORITHM + ", secret ****]";
  }
}
