package org.civicgrid.routing.notify;

import org.civicgrid.core.spi.Config;

/**
 * The default notifier: writes each notification as one INFO line to the SLF4J logger {@code
 * org.civicgrid.routing.notify.LogNotifier}, personal fields masked. For demos, tests and as a
 * console stand-in until a real channel is installed. Thread-safe.
 */
public final class LogNotifierFactory implements NotifierFactory {
  /** The id to choose this notifier explicitly: {@code civicgrid.notifier=log}. */
  public static final String ID = "log";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Notifier create(Config config) {
    return new LogNotifier();
  }
}
