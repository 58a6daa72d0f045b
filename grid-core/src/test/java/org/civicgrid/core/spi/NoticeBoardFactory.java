package org.civicgrid.core.spi;

/**
 * The test extension point. Its {@code META-INF/services} file in the test resources lists the
 * plugins of {@link PluginsOnTestClasspath}, several of them broken on purpose.
 */
public interface NoticeBoardFactory extends ProviderFactory<NoticeBoard> {
  /** The extension point, with an always-available in-memory default whose id is "memory". */
  Spi<NoticeBoardFactory> SPI =
      Spi.of("notice-board", NoticeBoardFactory.class, StubNoticeBoardFactory.named("memory"));
}
