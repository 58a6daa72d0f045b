package org.civicgrid.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ContactTest {

  @Test
  void aMobileNumberShowsItsFirstThreeAndLastFourDigits() {
    Contact mobile = Contact.mobile("13812345678");

    assertThat(mobile.masked()).isEqualTo("138****5678");
    assertThat(mobile).hasToString("mobile 138****5678");
  }

  @Test
  void theRawValueComesOnlyFromReveal() {
    assertThat(Contact.mobile("13812345678").reveal()).isEqualTo("13812345678");
  }

  @Test
  void separatorsAndTheCountryCodeStayVisibleAndDigitsAreMasked() {
    assertThat(Contact.mobile("+86 138 1234 5678").masked()).isEqualTo("+86 1** **** 5678");
    assertThat(Contact.landline("0418-2812345").masked()).isEqualTo("041*-***2345");
  }

  @Test
  void aShortNumberShowsOnlyItsLastTwoDigits() {
    assertThat(Contact.landline("2812345").masked()).isEqualTo("*****45");
  }

  @Test
  void anEmailShowsItsFirstLetterAndDomain() {
    assertThat(Contact.email("zhangwei@example.com").masked()).isEqualTo("z***@example.com");
  }

  @Test
  void aWeChatIdShowsItsFirstTwoAndLastCharacters() {
    assertThat(Contact.wechat("wangfang_cy").masked()).isEqualTo("wa****y");
    assertThat(Contact.wechat("wf88").masked()).isEqualTo("w***");
  }

  @Test
  void aPlainJacksonExportWritesTheMaskedValue() throws Exception {
    String json = new ObjectMapper().writeValueAsString(Contact.mobile("13812345678"));

    assertThat(json).isEqualTo("\"mobile 138****5678\"").doesNotContain("13812345678");
  }

  @Test
  void anInvalidValueIsRejectedWithoutQuotingIt() {
    assertThatIllegalArgumentException().isThrownBy(() -> Contact.mobile("138123"))
        .withMessage("MOBILE contact must have 7 to 15 digits (got 6)")
        .withMessageNotContaining("138123");
    assertThatIllegalArgumentException().isThrownBy(() -> Contact.mobile("138x2345678"))
        .withMessageContaining("character 4 is not")
        .withMessageNotContaining("138x2345678");
    assertThatIllegalArgumentException().isThrownBy(() -> Contact.email("zhangwei.example.com"))
        .withMessageNotContaining("zhangwei");
    assertThatIllegalArgumentException().isThrownBy(() -> Contact.wechat("wang fang"))
        .withMessageNotContaining("wang fang");
  }

  @Test
  void contactsAreEqualByKindAndValue() {
    assertThat(Contact.mobile("13812345678")).isEqualTo(Contact.mobile("13812345678"))
        .hasSameHashCodeAs(Contact.mobile("13812345678"))
        .isNotEqualTo(Contact.landline("13812345678"))
        .isNotEqualTo(Contact.mobile("13812345679"));
  }

  @Test
  void phoneNumbersKeepTheirFirstThreeDigitsOnlyWhenLongEnoughToHideTheRest() {
    assertThat(Contact.maskPhoneNumber("13812345678")).isEqualTo("138****5678");
    assertThat(Contact.maskPhoneNumber("0418-2812345")).isEqualTo("041*-***2345");
    assertThat(Contact.maskPhoneNumber("28123456")).isEqualTo("****3456");
    assertThat(Contact.landline("28123456").masked()).isEqualTo("****3456");
    assertThat(Contact.maskPhoneNumber("2812345")).isEqualTo("*****45");
  }
}
