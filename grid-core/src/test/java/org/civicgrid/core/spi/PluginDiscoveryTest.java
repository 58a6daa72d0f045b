package org.civicgrid.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class PluginDiscoveryTest {
  private static final ClassLoader TEST_CLASSES = PluginDiscoveryTest.class.getClassLoader();

  @Test
  void skipsBrokenPluginsAndKeepsDiscoveringTheRest() {
    try (CapturedLog log = CapturedLog.start()) {
      assertThat(PluginDiscovery.discover(NoticeBoardFactory.SPI, TEST_CLASSES))
          .extracting(Plugin::id)
          .containsExactly("file", "flaky");

      assertThat(log.text())
          .contains("WARN")
          .contains(PluginsOnTestClasspath.ExplodingConstructor.class.getName())
          .contains("boom: no notice board today")
          .contains("com.example.MissingNoticeBoardFactory")
          .contains(PluginsOnTestClasspath.BadId.class.getName())
          .contains("its id Bad_Id is not lower-kebab-case");
    }
  }

  @Test
  void keepsTwoPluginsThatClaimOneIdSoThatChoosingItCanFail() throws Exception {
    URL twinPlugin = TEST_CLASSES.getResource("twin-plugin/");
    try (URLClassLoader twins = new URLClassLoader(new URL[] {twinPlugin}, TEST_CLASSES)) {
      assertThat(PluginDiscovery.discover(NoticeBoardFactory.SPI, twins))
          .extracting(Plugin::describe)
          .containsExactly(
              "file (" + PluginsOnTestClasspath.File.class.getName() + ")",
              "flaky (" + PluginsOnTestClasspath.FailingAvailability.class.getName() + ")",
              "file (" + PluginsOnTestClasspath.FileTwin.class.getName() + ")");
    }
  }

  @Test
  void findsNothingWhereNoServicesFileIsVisible() {
    assertThat(
            PluginDiscovery.discover(NoticeBoardFactory.SPI, ClassLoader.getPlatformClassLoader()))
        .isEmpty();
  }
}
