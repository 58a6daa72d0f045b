package org.civicgrid.routing.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicgrid.routing.calendar.Shanghai.at;

import org.junit.jupiter.api.Test;

class ReprojectionTest {
  private static final Deadline DISPUTE =
      Deadline.start(WorkingCalendar.chinaNational(), TimeLimit.workingDays(2), at("2025-03-14 16:00"));

  @Test
  void printsOldAndNewDueWithTheReason() {
    Reprojection r = DISPUTE.withLimit(TimeLimit.workingDays(3), "extension approved");
    assertThat(r.toString()).contains("extension approved", "2025-03-18T09:30:00Z", "2025-03-19T09:30:00Z",
        "2 working days", "3 working days");
  }

  @Test
  void aReasonIsRequired() {
    assertThatThrownBy(() -> DISPUTE.withLimit(TimeLimit.workingDays(3), " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reason");
  }
}
