package org.civicgrid.examples.webhook;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Ascii;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.civicgrid.core.CivicGridException;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.spi.Config;

/**
 * Where and how a webhook notifier posts, as its factory read it from the configuration. Immutable;
 * {@link #toString()} never shows the secret.
 *
 * @param url the http or https URL to POST to
 * @param secret the shared signing secret
 * @param timeout how long to wait for a connection, and then for the answer's status line
 */
record WebhookSettings(URI url, String secret, Duration timeout) {
  /** Shorter shared secrets are easy to guess offline from one signed request. */
  static final int MIN_SECRET_LENGTH = 16;

  /**
   * Checks what the parameters' types cannot; every problem is reported at once.
   *
   * @throws CivicGridException with {@link ErrorCode#PLUGIN_CONFIG_INVALID} listing each problem
   */
  WebhookSettings {
    checkNotNull(url, "url");
    checkNotNull(secret, "secret");
    checkNotNull(timeout, "timeout");
    List<String> problems = new ArrayList<>();
    String scheme = url.getScheme() == null ? "" : Ascii.toLowerCase(url.getScheme());
    if (!scheme.equals("http") && !scheme.equals("https")) {
      problems.add("url " + describe(url) + " must be an http or https URL");
    } else if (url.getHost() == null) {
      problems.add("url " + describe(url) + " must name a host");
    }
    if (url.getRawUserInfo() != null) {
      problems.add("url " + describe(url) + " must not carry a user or password; the secret signs each request");
    }
    if (secret.length() < MIN_SECRET_LENGTH) {
      problems.add("secret must be at least " + MIN_SECRET_LENGTH + " characters, it has " + secret.length());
    }
    if (timeout.isZero() || timeout.isNegative()) {
      problems.add("timeout " + timeout + " must be positive");
    }
    if (!problems.isEmpty()) {
      throw new CivicGridException(ErrorCode.PLUGIN_CONFIG_INVALID, "configuration of plugin "
          + WebhookNotifierFactory.ID + " has " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
          + String.join("; ", problems));
    }
  }

  /** The settings of a configuration validated against {@link WebhookNotifierFactory#PARAMETERS}. */
  static WebhookSettings from(Config config) {
    return new WebhookSettings(config.get(WebhookNotifierFactory.URL), config.get(WebhookNotifierFactory.SECRET),
        config.get(WebhookNotifierFactory.TIMEOUT));
  }

  /** The URL for messages and logs: without user, query or fragment, which may carry tokens. */
  String describe() {
    return describe(url);
  }

  private static String describe(URI url) {
    if (url.getScheme() == null || url.getRawAuthority() == null) {
      return "<" + (url.getScheme() == null ? "no scheme" : url.getScheme() + ":…") + ">";
    }
    String authority = url.getRawAuthority();
    int at = authority.lastIndexOf('@');
    return url.getScheme() + "://" + authority.substring(at + 1) + (url.getRawPath() == null ? "" : url.getRawPath());
  }

  @Override
  public String toString() {
    return describe() + " (timeout " + timeout + ", secret ****)";
  }
}
