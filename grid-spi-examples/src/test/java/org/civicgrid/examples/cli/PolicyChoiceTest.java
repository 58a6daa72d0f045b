package org.civicgrid.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicgrid.core.staff.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyChoiceTest {
  @TempDir
  Path dir;

  @Test
  void eachBuiltInPolicyComesWithItsSchemeLevelAndWorkers() {
    assertThat(PolicyChoice.named("simulate", "tongnan")).satisfies(c -> {
      assertThat(c.scheme().id()).isEqualTo("unit-grid-3");
      assertThat(c.gridLevel()).isEqualTo("unit-grid");
      assertThat(c.workerRole()).isEqualTo(Roles.FULL_TIME_WORKER.id());
    });
    assertThat(PolicyChoice.named("simulate", "beipiao").gridLevel()).isEqualTo("grid");
    assertThat(PolicyChoice.named("simulate", "wuhua")).satisfies(c -> {
      assertThat(c.gridLevel()).isEqualTo("area");
      assertThat(c.workerRole()).isEqualTo(Roles.AREA_WORKER.id());
    });
  }

  @Test
  void aPolicyFileIsReadOverTheUnitGridScheme() throws IOException {
    Path file = Files.writeString(dir.resolve("two workers.json"), """
        {"format": "civicgrid-staffing-policy", "version": 1, "id": "two-workers", "rules": [
          {"id": "two-full-time-workers", "severity": "error", "levels": ["unit-grid"],
           "count": {"role": "full-time-worker", "min": 2}}]}
        """);
    PolicyChoice choice = PolicyChoice.named("simulate", file.toString());
    assertThat(choice.policy().id()).isEqualTo("two-workers");
    assertThat(choice.scheme().id()).isEqualTo("unit-grid-3");
  }

  @Test
  void aBrokenPolicyFileIsAnInputErrorNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"civicgrid-staffing-policy\",");
    assertThatThrownBy(() -> PolicyChoice.named("simulate", file.toString()))
        .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.exitCode()).isEqualTo(1))
        .hasMessageContaining(file.toString());
  }

  @Test
  void anythingElseIsAUsageError() {
    assertThatThrownBy(() -> PolicyChoice.named("simulate", "no-such.json"))
        .isInstanceOfSatisfying(CommandException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessage("civicgrid simulate: --policy no-such.json is neither tongnan, beipiao, wuhua nor a policy JSON"
            + " file");
  }
}
