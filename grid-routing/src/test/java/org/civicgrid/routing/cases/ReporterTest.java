package org.civicgrid.routing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicgrid.core.staff.PersonId;
import org.junit.jupiter.api.Test;

class ReporterTest {

  @Test
  void aResidentIsShownMaskedAndRevealedOnlyOnRequest() {
    Reporter zhang = Reporter.resident("张伟", "13812345678");
    assertThat(zhang).hasToString("resident 张* 138****5678");
    assertThat(zhang.maskedName()).contains("张*");
    assertThat(zhang.maskedPhone()).contains("138****5678");
    assertThat(zhang.revealName()).contains("张伟");
    assertThat(zhang.revealPhone()).contains("13812345678");
    assertThat(zhang.isAnonymous()).isFalse();
    assertThat(zhang.staffMember()).isEmpty();
  }

  @Test
  void everyCharacterOfTheNameButTheFirstIsHidden() {
    assertThat(Reporter.resident("欧阳娜娜", "13812345678").maskedName()).contains("欧***");
    assertThat(Reporter.resident("李", "13812345678").maskedName()).contains("李*");
    assertThat(Reporter.resident("  Wang Fang ", "13812345678").maskedName()).contains("W********");
    assertThat(Reporter.resident("𠮷田", "13812345678").maskedName()).as("a supplementary character")
        .contains("𠮷*");
  }

  @Test
  void landlinesAndShortNumbersKeepFewerDigits() {
    assertThat(Reporter.resident("张伟", "0418-2812345").maskedPhone()).contains("041*-***2345");
    assertThat(Reporter.resident("张伟", "+86 138 1234 5678").maskedPhone()).contains("+86 1** **** 5678");
    assertThat(Reporter.resident("张伟", "2812345").maskedPhone()).contains("*****45");
    assertThat(Reporter.resident("张伟", "28123456").maskedPhone()).contains("****3456");
  }

  @Test
  void anAnonymousResidentAndAStaffMemberHaveNoPersonalData() {
    assertThat(Reporter.anonymous()).hasToString("anonymous");
    assertThat(Reporter.anonymous().isAnonymous()).isTrue();
    assertThat(Reporter.anonymous().revealPhone()).isEmpty();
    assertThat(Reporter.anonymous().maskedName()).isEmpty();
    Reporter worker = Reporter.staff(PersonId.of("gw-017"));
    assertThat(worker).hasToString("staff gw-017");
    assertThat(worker.staffMember()).contains(PersonId.of("gw-017"));
    assertThat(worker.isAnonymous()).isFalse();
    assertThat(worker.revealName()).isEmpty();
    assertThat(worker.maskedPhone()).isEmpty();
  }

  @Test
  void badDataIsRefusedWithoutQuotingIt() {
    assertThatThrownBy(() -> Reporter.resident("张伟", "138-1234-56x8")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reporter phone may only have digits, spaces, '-', '(', ')' and a leading '+' "
            + "(character 12 is not)");
    assertThatThrownBy(() -> Reporter.resident("张伟", "13812")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reporter phone must have 7 to 15 digits (got 5)").message().doesNotContain("13812");
    assertThatThrownBy(() -> Reporter.resident("张伟", "1381234567890123")).hasMessageContaining("(got 16)");
    assertThatThrownBy(() -> Reporter.resident("  ", "13812345678")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reporter name must be 1 to 64 characters, not blank (got 2 characters)");
    assertThatThrownBy(() -> Reporter.resident("张".repeat(65), "13812345678"))
        .hasMessageContaining("(got 65 characters)");
    assertThatThrownBy(() -> Reporter.resident(null, "13812345678")).isInstanceOf(NullPointerException.class)
        .hasMessage("reporter name");
    assertThatThrownBy(() -> Reporter.resident("张伟", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("reporter phone");
    assertThatThrownBy(() -> Reporter.staff(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void reportersAreEqualByTheirRawData() {
    assertThat(Reporter.resident("张伟", "13812345678")).isEqualTo(Reporter.resident("张伟", "13812345678"))
        .hasSameHashCodeAs(Reporter.resident("张伟", "13812345678"))
        .isNotEqualTo(Reporter.resident("张伟", "13812345679"))
        .isNotEqualTo(Reporter.anonymous());
    assertThat(Reporter.staff(PersonId.of("gw-017"))).isEqualTo(Reporter.staff(PersonId.of("gw-017")));
  }
}
