package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.core.report.Finding;
import org.junit.jupiter.api.Test;

class StaffingPolicyJsonModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new StaffingPolicyJsonModule(StaffingPolicies.wuhua())).build();

  @Test
  void aMapperWritesAndReadsPoliciesInsideOtherDocuments() throws Exception {
    String json = MAPPER.writeValueAsString(Map.of("policies", List.of(StaffingPolicies.beipiao())));

    Holder read = MAPPER.readValue(json, Holder.class);

    assertThat(read.policies()).containsExactly(StaffingPolicies.beipiao());
  }

  @Test
  void aDocumentMayIncludeThePoliciesTheModuleWasMadeWith() throws Exception {
    StaffingPolicy read = MAPPER.readValue("{\"format\":\"civicgrid-staffing-policy\",\"version\":1,"
        + "\"id\":\"xihe\",\"includes\":[\"wuhua\"],\"disabled\":[\"volunteer-team-led-by-party-member\"]}",
        StaffingPolicy.class);

    assertThat(read.rules()).hasSize(StaffingPolicies.wuhua().rules().size() - 1);
  }

  @Test
  void theReaderStaysStrictAndFailsAsTheDocumentReaderDoes() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"format\":\"civicgrid-staffing-policy\",\"version\":1,"
        + "\"id\":\"xihe\",\"includes\":[\"tongnan\"]}", StaffingPolicy.class))
        .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.report().findings())
            .extracting(Finding::rule).containsExactly(PolicyDocumentRule.UNKNOWN_INCLUDE));
  }

  /** A document that holds policies, as an application's configuration might. */
  record Holder(List<StaffingPolicy> policies) {}
}
