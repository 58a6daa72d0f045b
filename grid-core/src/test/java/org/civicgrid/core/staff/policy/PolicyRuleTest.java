package org.civicgrid.core.staff.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.civicgrid.core.report.Rule;
import org.civicgrid.core.report.Severity;
import org.civicgrid.core.staff.Roles;
import org.junit.jupiter.api.Test;

class PolicyRuleTest {
  private static final PolicyRule ONE_GRID_LEADER =
      PolicyRule.of("one-grid-leader", Severity.ERROR, RoleCount.exactly(Roles.GRID_LEADER.id(), 1));

  @Test
  void isTheReportRuleOfItsGapsNamedByItsId() {
    Rule rule = ONE_GRID_LEADER;

    assertThat(rule.id()).isEqualTo("one-grid-leader");
    assertThat(rule.name()).isEqualTo("one-grid-leader");
    assertThat(rule.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void appliesToEveryLevelUnlessGivenSome() {
    PolicyRule atGrids = ONE_GRID_LEADER.atLevels("grid", "community");

    assertThat(ONE_GRID_LEADER.appliesTo("county")).isTrue();
    assertThat(atGrids.appliesTo("community")).isTrue();
    assertThat(atGrids.appliesTo("county")).isFalse();
    assertThat(atGrids).hasToString("one-grid-leader (ERROR at grid, community): exactly 1 grid-leader");
  }

  @Test
  void aChangedSeverityKeepsEverythingElse() {
    PolicyRule warning = ONE_GRID_LEADER.atLevels("grid").withSeverity(Severity.WARNING);

    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.levels()).containsExactly("grid");
    assertThat(warning.requirement()).isEqualTo(ONE_GRID_LEADER.requirement());
  }

  @Test
  void aCityRuleTakesAPrefix() {
    assertThat(ONE_GRID_LEADER.withSeverity(Severity.INFO)).isNotEqualTo(ONE_GRID_LEADER);
    assertThat(PolicyRule.of("beipiao.night-patrol", Severity.INFO, RoleCount.atLeast(Roles.VOLUNTEER.id(), 1)).id())
        .isEqualTo("beipiao.night-patrol");
  }

  @Test
  void anIdThatIsNotLowerKebabIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> PolicyRule.of("One Grid Leader", Severity.ERROR,
            ONE_GRID_LEADER.requirement()))
        .withMessage("rule id One Grid Leader must be lower-kebab, optionally after one 'prefix.', at most 64 "
            + "characters");
  }

  @Test
  void aBlankLevelIsRefusedNamingTheRule() {
    assertThatIllegalArgumentException().isThrownBy(() -> ONE_GRID_LEADER.atLevels(""))
        .withMessage("rule one-grid-leader names a blank level");
  }
}
