package org.civicgrid.examples.webhook;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.civicgrid.core.spi.Config;
import org.civicgrid.core.spi.ParameterDescriptor;
import org.civicgrid.routing.notify.Notifier;
import org.civicgrid.routing.notify.NotifierFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plugin {@code webhook} of the notifier extension point: {@link WebhookNotifier}s that POST signed
 * JSON to one URL. Its keys are {@link #PARAMETERS}; choose it with {@code civicgrid.notifier=webhook}.
 * Thread-safe.
 */
public final class WebhookNotifierFactory implements NotifierFactory {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifierFactory.class);

  /** The id to choose this plugin: {@code civicgrid.notifier=webhook}. */
  public static final String ID = "webhook";
  /** Where notifications are POSTed. */
  public static final ParameterDescriptor<URI> URL = ParameterDescriptor.builder("url", URI.class)
      .required()
      .description("the http or https URL notifications are POSTed to")
      .build();
  /** The signing secret the receiver shares; never shown in messages or logs. */
  public static final ParameterDescriptor<String> SECRET = ParameterDescriptor.builder("secret", String.class)
      .required()
      .secret()
      .description("the shared secret of the X-CivicGrid-Signature HMAC, at least 16 characters")
      .build();
  /** How long one attempt may take. */
  public static final ParameterDescriptor<Duration> TIMEOUT = ParameterDescriptor.builder("timeout", Duration.class)
      .defaultValue(Duration.ofSeconds(10))
      .description("how long to wait for the connection and then for the answer; past it the attempt "
          + "fails and is retried")
      .build();
  /** The keys of plugin {@code webhook}. */
  public static final ImmutableList<ParameterDescriptor<?>> PARAMETERS = ImmutableList.of(URL, SECRET, TIMEOUT);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<ParameterDescriptor<?>> parameters() {
    return PARAMETERS;
  }

  @Override
  public Notifier create(Config config) {
    WebhookSettings settings = WebhookSettings.from(config);
    LOG.debug("Opening webhook notifier {}", settings);
    return new WebhookNotifier(settings);
  }
}
