package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.civicgrid.core.ErrorCode;
import org.civicgrid.core.io.ImportFailedException;
import org.civicgrid.core.report.Finding;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.LinkKind;
import org.civicgrid.core.staff.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffingPolicyJsonTest {
  private static final StaffingPolicy TONGNAN = StaffingPolicies.tongnan("grid");

  /** A city's policy as data: Tongnan's preset, a rule of its own, one rule re-graded and one disabled. */
  private static final String SHUANGJIANG = """
      {"format":"civicgrid-staffing-policy",
      "version":1,
      "id":"tongnan-shuangjiang",
      "includes":["tongnan"],
      "rules":[
        {"id":"shuangjiang.police-from-public-security","severity":"warning","levels":["grid"],"eligibility":{"role":"community-police-officer","department":"public-security"}},
        {"id":"shuangjiang.part-time-workers","severity":"info","levels":["grid"],"count":{"role":"part-time-worker","max":2}}
      ],
      "severities":{"needs-medical-worker":"info"},
      "disabled":["district-leader-links-rural-grid"]}
      """;

  @Test
  void writesOneRulePerLine() {
    StaffingPolicy policy = StaffingPolicy.builder("tiny")
        .rule("one-grid-leader", Severity.ERROR, RoleCount.exactly(Roles.GRID_LEADER.id(), 1), "grid")
        .rule("party", Severity.WARNING, Eligibility.partyMember(Roles.VOLUNTEER_WORKER.id()).ofAtLeastOneHolder())
        .build();

    assertThat(StaffingPolicyJson.write(policy)).isEqualTo("""
        {"format":"civicgrid-staffing-policy",
        "version":1,
        "id":"tiny",
        "rules":[
          {"id":"one-grid-leader","severity":"error","levels":["grid"],"count":{"role":"grid-leader","min":1,"max":1}},
          {"id":"party","severity":"warning","eligibility":{"role":"volunteer-worker","holders":"at-least-one","partyMember":true}}
        ]}
        """);
  }

  @Test
  void everyPresetAndEveryKindOfRuleSurvivesAWriteAndARead() throws IOException {
    StaffingPolicy everything = StaffingPolicy.builder("everything")
        .include(StaffingPolicies.beipiao())
        .rule("skills", Severity.INFO, new Eligibility(Roles.DISPUTE_MEDIATOR.id(), Eligibility.Holders.EVERY, false,
            ImmutableSet.of(Employment.FULL_TIME, Employment.PART_TIME),
            ImmutableSet.of("mediation"), Optional.empty()))
        .rule("quota", Severity.WARNING, LinkQuota.of(Roles.LIAISON_CADRE.id(), LinkKind.STATIONED, 2,
            new GridSelector(ImmutableSet.of("village"),
                ImmutableSet.of("township"), ImmutableSet.of("hill"))))
        .rule("between", Severity.INFO, RoleCount.between(Roles.VOLUNTEER.id(), 2, 5))
        .build();

    for (StaffingPolicy policy : new StaffingPolicy[] {TONGNAN, StaffingPolicies.beipiao(), StaffingPolicies.wuhua(),
        everything, StaffingPolicy.builder("empty").build()}) {
      assertThat(StaffingPolicyJson.read(new StringReader(StaffingPolicyJson.write(policy)))).isEqualTo(policy);
    }
  }

  @Test
  void aCityIncludesAPresetAddsRulesRegradesAndDisablesByIdAsData() throws IOException {
    StaffingPolicy read = StaffingPolicyJson.read(new StringReader(SHUANGJIANG), TONGNAN,
        StaffingPolicies.beipiao());

    StaffingPolicy inCode = StaffingPolicy.builder("tongnan-shuangjiang").include(TONGNAN)
        .rule("shuangjiang.police-from-public-security", Severity.WARNING,
            Eligibility.department(Roles.COMMUNITY_POLICE_OFFICER.id(), "public-security"), "grid")
        .rule("shuangjiang.part-time-workers", Severity.INFO, RoleCount.atMost(Roles.PART_TIME_WORKER.id(), 2), "grid")
        .severity("needs-medical-worker", Severity.INFO)
        .disable("district-leader-links-rural-grid")
        .build();
    assertThat(read).isEqualTo(inCode);
  }

  @Test
  void everyProblemIsReportedWithItsLineAndNothingIsRead() {
    String document = """
        {"format":"civicgrid-staffing-policy",
        "version":1,
        "id":"broken",
        "includes":["tongnan"],
        "rules":[
          {"id":"one-grid-leader","severity":"error","count":{"role":"grid-leader","min":1,"max":1}},
          {"id":"negative","severity":"error","count":{"role":"volunteer","min":-1}},
          {"id":"no-severity","count":{"role":"volunteer","min":1}},
          {"id":"two","severity":"info","count":{"role":"volunteer","min":1},"capacity":{"role":"volunteer","householdsPerHolder":9}},
          {"id":"typo","severity":"info","presence":{"role":"building-leader","place":"tower","at":"B1"}},
          {"id":"Bad Id","severity":"loud","quota":{"role":"liaison-cadre","link":"linked","atLeast":"one"}}
        ],
        "severities":{"needs-medic":"info","needs-medical-worker":"severe"},
        "disabled":["needs-fire-officer"]}
        """;

    assertThatThrownBy(() -> StaffingPolicyJson.read(new StringReader(document), TONGNAN))
        .isInstanceOfSatisfying(ImportFailedException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
          assertThat(e.report().findings()).extracting(f -> f.rule().id(), Finding::subject, Finding::message)
              .containsExactly(
                  tuple("duplicate-rule", "line 6", "rule one-grid-leader is already in included policy tongnan"),
                  tuple("malformed-rule", "line 7", "rule negative \"count\": count of volunteer: negative "
                      + "minimum -1"),
                  tuple("malformed-rule", "line 8", "rule no-severity: has no \"severity\""),
                  tuple("malformed-rule", "line 9", "rule two: has 2 requirements [count, capacity]; give exactly one "
                      + "of count, eligibility, sameHolder, capacity, presence, quota"),
                  tuple("malformed-rule", "line 10", "rule typo \"presence\": has no field \"at\" (fields: role, "
                      + "place)"),
                  tuple("malformed-rule", "line 10", "rule typo \"presence\": \"place\" is \"tower\", not one of "
                      + "building, unit, household-group"),
                  tuple("malformed-rule", "line 11", "rule Bad Id: \"severity\" is \"loud\", not one of info, "
                      + "warning, error"),
                  tuple("malformed-rule", "line 11", "rule Bad Id \"quota\": \"atLeast\" must be a whole number, "
                      + "not \"one\""),
                  tuple("unknown-rule", "line 13", "severity override of rule needs-medic, which the policy does "
                      + "not have"),
                  tuple("malformed-document", "line 13", "the severity of rule needs-medical-worker is \"severe\", "
                      + "not one of info, warning, error"),
                  tuple("unknown-rule", "line 14", "rule needs-fire-officer is disabled, but the policy does not "
                      + "have it"));
          assertThat(e.getMessage()).startsWith("MALFORMED_INPUT: staffing policy: 11 error(s)");
        });
  }

  @Test
  void aDocumentOfAnotherFormatOrVersionIsNotRead() {
    assertThatThrownBy(() -> StaffingPolicyJson.read(new StringReader(
        "{\"format\":\"civicgrid-categories\",\"version\":1,\"id\":\"x\"}")))
        .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.report().findings())
            .singleElement().extracting(Finding::message)
            .isEqualTo("format is \"civicgrid-categories\", not \"civicgrid-staffing-policy\""));
    assertThatThrownBy(() -> StaffingPolicyJson.read(new StringReader(
        "{\"format\":\"civicgrid-staffing-policy\",\"version\":2,\"id\":\"x\"}")))
        .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.report().findings())
            .singleElement().extracting(Finding::message)
            .isEqualTo("unsupported version 2 of civicgrid-staffing-policy (this library reads version 1)"));
    assertThatThrownBy(() -> StaffingPolicyJson.read(new StringReader("{\"id\":\"x\"}")))
        .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.report().findings())
            .singleElement().extracting(Finding::rule).isEqualTo(PolicyDocumentRule.MALFORMED_DOCUMENT));
  }

  @Test
  void brokenJsonAndContentAfterTheDocumentAreReported() {
    assertThatThrownBy(() -> StaffingPolicyJson.read(new StringReader(
        "{\"format\":\"civicgrid-staffing-policy\",\n\"version\":1,\n\"id\":\"x\",\n\"rules\":[")))
        .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.report().findings())
            .singleElement().satisfies(f -> {
              assertThat(f.rule()).isEqualTo(PolicyDocumentRule.BROKEN_JSON);
              assertThat(f.message()).startsWith("not valid JSON: ");
            }));
    assertThatThrownBy(() -> StaffingPolicyJson.read(new StringReader(
        "{\"format\":\"civicgrid-staffing-policy\",\"version\":1,\"id\":\"x\",\"rules\":[]}\n{}")))
        .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.report().findings())
            .singleElement().satisfies(f -> {
              assertThat(f.subject()).isEqualTo("line 2");
              assertThat(f.message()).isEqualTo("content after the end of the policy document");
            }));
  }

  @Test
  void aDocumentWithoutAnIdOrWithAnUnknownFieldIsRefused() {
    assertThatThrownBy(() -> StaffingPolicyJson.read(new StringReader(
        "{\"format\":\"civicgrid-staffing-policy\",\"version\":1,\"rules\":[],\"extends\":\"tongnan\"}")))
        .isInstanceOfSatisfying(ImportFailedException.class, e -> assertThat(e.report().findings())
            .extracting(Finding::message).containsExactlyInAnyOrder(
                "a policy document has no field \"extends\"", "the policy document has no \"id\""));
  }

  @Test
  void readsFilesAndNamesThemInFailures(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("shuangjiang.json");
    Files.writeString(file, SHUANGJIANG, StandardCharsets.UTF_8);
    Path written = dir.resolve("tongnan.json");
    StaffingPolicyJson.write(TONGNAN, written);

    assertThat(StaffingPolicyJson.read(file, TONGNAN).id()).isEqualTo("tongnan-shuangjiang");
    assertThat(StaffingPolicyJson.read(written)).isEqualTo(TONGNAN);
    assertThat(StaffingPolicyJson.read(new ByteArrayInputStream(SHUANGJIANG.getBytes(StandardCharsets.UTF_8)),
        TONGNAN).rules()).hasSize(TONGNAN.rules().size() + 1);
    assertThatThrownBy(() -> StaffingPolicyJson.read(file)).isInstanceOfSatisfying(ImportFailedException.class,
        e -> assertThat(e.getMessage()).isEqualTo("MALFORMED_INPUT: staffing policy " + file + ": 1 error(s)\n"
            + "  ERROR unknown-include [line 4] the document includes tongnan, which is not among the policies it "
            + "is read with []"));
  }

  @Test
  void twoDifferentIncludablePoliciesWithOneIdAreACallerMistake() {
    assertThatIllegalArgumentException().isThrownBy(() -> StaffingPolicyJson.read(new StringReader(SHUANGJIANG),
        TONGNAN, StaffingPolicies.tongnan("community")))
        .withMessage("two different includable policies have id tongnan");
  }
}
