package org.civicgrid.routing.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CategoryTest {

  @Test
  void aMainClassHasACodeAndTwoNames() {
    Category disputes = new Category("01", "矛盾纠纷", "disputes");

    assertThat(disputes.code()).isEqualTo("01");
    assertThat(disputes.isLocal()).isFalse();
    assertThat(disputes).hasToString("01 矛盾纠纷");
    assertThat(new Category("80", "共享单车", "shared bicycles").isLocal()).isTrue();
  }

  @Test
  void aMalformedCodeOrMissingNameIsRefusedNamingTheCode() {
    assertThatThrownBy(() -> new Category("1", "矛盾纠纷", "disputes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'1'");
    assertThatThrownBy(() -> new Category("00", "矛盾纠纷", "disputes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'00'");
    assertThatThrownBy(() -> new Category("01", " ", "disputes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("01 has no Chinese name");
    assertThatThrownBy(() -> new Category("01", "矛盾纠纷", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("01 has no English name");
  }
}
