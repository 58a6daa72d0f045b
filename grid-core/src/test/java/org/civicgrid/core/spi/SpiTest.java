package org.civicgrid.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class SpiTest {
  private static final StubNoticeBoardFactory MEMORY = StubNoticeBoardFactory.named("memory");

  @Test
  void namesTheExtensionPointItsFactoryTypeAndDefault() {
    Spi<NoticeBoardFactory> spi = Spi.of("notice-board", NoticeBoardFactory.class, MEMORY);

    assertThat(spi.name()).isEqualTo("notice-board");
    assertThat(spi.factoryType()).isEqualTo(NoticeBoardFactory.class);
    assertThat(spi.defaultFactory()).isSameAs(MEMORY);
    assertThat(spi).isEqualTo(new Spi<>("notice-board", NoticeBoardFactory.class, MEMORY));
  }

  @Test
  void choosesThePluginThroughASystemPropertyNamedAfterIt() {
    assertThat(Spi.of("storage", NoticeBoardFactory.class, MEMORY).systemProperty())
        .isEqualTo("civicgrid.storage");
  }

  @Test
  void rejectsANameThatIsNotLowerKebabCase() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Spi.of("Notice_Board", NoticeBoardFactory.class, MEMORY))
        .withMessage("bad extension point name Notice_Board");
  }

  @Test
  void rejectsADefaultFactoryWithABadId() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Spi.of(
                    "notice-board",
                    NoticeBoardFactory.class,
                    StubNoticeBoardFactory.named("In Memory")))
        .withMessage("bad id In Memory of the default factory of extension point notice-board");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"}) // Only raw types can smuggle in a foreign default.
  void rejectsADefaultFactoryOfAnotherType() {
    Class rawType = Runnable.class;

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Spi.of("notice-board", rawType, MEMORY))
        .withMessageContaining("does not implement java.lang.Runnable");
  }

  @Test
  void rejectsNullComponents() {
    assertThatNullPointerException().isThrownBy(() -> Spi.of("notice-board", null, MEMORY));
    assertThatNullPointerException()
        .isThrownBy(() -> Spi.of("notice-board", NoticeBoardFactory.class, null));
  }
}
