package org.civicgrid.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluginTest {

  @Test
  void describesItselfByIdAndImplementationClass() {
    Plugin<NoticeBoardFactory> plugin = new Plugin<>("file", 0, new PluginsOnTestClasspath.File());

    assertThat(plugin.describe())
        .isEqualTo("file (org.civicgrid.core.spi.PluginsOnTestClasspath$File)");
  }
}
