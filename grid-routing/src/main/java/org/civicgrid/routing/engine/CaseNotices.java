package org.civicgrid.routing.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.routing.cases.CaseCommand;
import org.civicgrid.routing.cases.CaseEvent;
import org.civicgrid.routing.cases.CaseState;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.notify.Notification;
import org.civicgrid.routing.notify.Recipient;

/** The {@link NotificationPlanner#standard() standard plan}. Stateless and thread-safe. */
final class CaseNotices implements NotificationPlanner {
  static final CaseNotices INSTANCE = new CaseNotices();

  private CaseNotices() {}

  @Override
  public List<Notification> plan(CaseEvent event, CaseState after) {
    CaseCommand command = event.command();
    if (command instanceof CaseCommand.Dispatch dispatch) {
      return toPersonOrUnits(event, after, "case-dispatched", dispatch.assignee(), dispatch.units());
    }
    if (command instanceof CaseCommand.Transfer transfer) {
      return toPersonOrUnits(event, after, "case-transferred", transfer.assignee(), List.of(transfer.to()));
    }
    if (command instanceof CaseCommand.Join join) {
      return ImmutableList.of(notice(event, after, "case-joined", Recipient.unit(join.unit())));
    }
    if (command instanceof CaseCommand.Escalate escalate) {
      return ImmutableList.of(notice(event, after, "case-escalated", Recipient.unit(escalate.to())));
    }
    if (command instanceof CaseCommand.Warn) {
      Optional<HandlingUnit> lead = after.leadUnit();
      return lead.isEmpty() ? ImmutableList.of()
          : ImmutableList.of(notice(event, after, "rung-warning", Recipient.unit(lead.get())));
    }
    if (command instanceof CaseCommand.Supervise card) {
      return ImmutableList.of(notice(event, after, "supervision-card", Recipient.unit(card.unit())));
    }
    if (command instanceof CaseCommand.Whistle whistle) {
      ImmutableList.Builder<Notification> summonses = ImmutableList.builder();
      for (HandlingUnit department : whistle.departments()) {
        summonses.add(notice(event, after, "department-summoned", Recipient.unit(department)));
      }
      return summonses.build();
    }
    if (command instanceof CaseCommand.EscalateSummons escalated) {
      return ImmutableList.of(notice(event, after, "summons-escalated", Recipient.unit(escalated.to())));
    }
    return ImmutableList.of();
  }

  private static List<Notification> toPersonOrUnits(CaseEvent event, CaseState after, String kind,
      Optional<PersonId> person, List<HandlingUnit> units) {
    if (person.isPresent()) {
      return ImmutableList.of(notice(event, after, kind, Recipient.person(person.get())));
    }
    ImmutableList.Builder<Notification> notices = ImmutableList.builder();
    for (HandlingUnit unit : units) {
      notices.add(notice(event, after, kind, Recipient.unit(unit)));
    }
    return notices.build();
  }

  private static Notification notice(CaseEvent event, CaseState after, String kind, Recipient to) {
    return new Notification(NotificationPlanner.key(event, to), to, kind,
        ImmutableMap.of("case", event.caseId().value(), "category", after.intake().category(), "reason", event.why()),
        ImmutableSet.of());
  }
}
