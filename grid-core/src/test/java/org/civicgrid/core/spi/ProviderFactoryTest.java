package org.civicgrid.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class ProviderFactoryTest {
  /** A factory that overrides only what it must, to expose the defaults. */
  private static final NoticeBoardFactory MINIMAL =
      new NoticeBoardFactory() {
        @Override
        public String id() {
          return "minimal";
        }

        @Override
        public NoticeBoard create(Config config) {
          return new NoticeBoard(id(), config);
        }
      };

  @Test
  void declaresNoParametersByDefault() {
    assertThat(MINIMAL.parameters()).isEmpty();
  }

  @Test
  void isAvailableByDefault() {
    assertThat(MINIMAL.isAvailable()).isTrue();
  }

  @Test
  void sortsAtZeroByDefault() {
    assertThat(MINIMAL.order()).isZero();
  }

  @Test
  void closesIdempotentlyByDefault() {
    assertThatCode(
            () -> {
              MINIMAL.close();
              MINIMAL.close();
            })
        .doesNotThrowAnyException();
  }

  @Test
  void createsAProviderFromTheConfigItIsGiven() {
    try (NoticeBoard board = MINIMAL.create(Config.empty())) {
      assertThat(board.factoryId()).isEqualTo("minimal");
      assertThat(board.config()).isSameAs(Config.empty());
    }
  }
}
