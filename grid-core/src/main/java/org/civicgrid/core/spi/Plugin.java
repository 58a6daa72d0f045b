package org.civicgrid.core.spi;

/**
 * A factory together with the id and order it reported once, when it was discovered or registered,
 * so that later calls into plugin code cannot disagree with what was validated.
 *
 * @param id the factory's validated, lower-kebab id
 * @param order the factory's {@link ProviderFactory#order()}
 * @param factory the factory
 * @param <F> the factory interface
 */
record Plugin<F>(String id, int order, F factory) {

  /** Names the plugin for messages and logs: its id and its implementation class. */
  String describe() {
    return id + " (" + factory.getClass().getName() + ")";
  }
}
