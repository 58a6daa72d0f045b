package org.civicgrid.examples.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.civicgrid.routing.cases.CaseId;
import org.junit.jupiter.api.Test;

class RequestReaderTest {
  private final RequestReader reader = new RequestReader(Open311Fixtures.CATALOGUE, address -> Optional.empty());

  @Test
  void aRequestIdThatIsACaseNumberIsKept() {
    assertThat(RequestReader.caseId("fx-12345-2024")).isEqualTo(CaseId.of("fx-12345-2024"));
  }

  @Test
  void anyOtherRequestIdIsHashedTheSameWayEveryTime() {
    assertThat(RequestReader.caseId("12345/2024")).isEqualTo(RequestReader.caseId("12345/2024"))
        .isNotEqualTo(RequestReader.caseId("12345/2025"));
    assertThat(RequestReader.caseId("x".repeat(65)).value()).matches("o311-[0-9a-f]{24}");
  }

  @Test
  void aWesternNameIsGivenNameFirst() {
    RequestIntake intake = reader.fromForm(Map.of("service_code", "0302", "lat", "42.0", "long", "121.6",
        "description", "street light out", "first_name", "Li", "last_name", "Wei", "phone", "13812345678"));

    assertThat(intake.reporter().revealName()).contains("Li Wei");
  }

  @Test
  void aNameWithoutAPhoneLeavesTheReporterAnonymous() {
    RequestIntake intake = reader.fromForm(Map.of("service_code", "0302", "lat", "42.0", "long", "121.6",
        "description", "路灯不亮", "last_name", "张", "email", "zhang@example.org"));

    assertThat(intake.reporter().isAnonymous()).isTrue();
  }
}
