package org.civicgrid.examples.open311;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.civicgrid.routing.cases.CaseId;
import org.civicgrid.routing.cases.CasePlace;
import org.civicgrid.routing.cases.CaseStatus;
import org.civicgrid.routing.cases.Channel;
import org.civicgrid.routing.cases.HandlingUnit;
import org.civicgrid.routing.cases.Reporter;
import org.civicgrid.routing.cases.Tier;
import org.civicgrid.routing.cases.Urgency;

/**
 * A service request read and checked by {@link RequestReader}, before it becomes a case: every field
 * is valid, so building the case cannot fail on input. Immutable.
 *
 * @param caseId the case number the request maps to
 * @param serviceCode the subcategory code
 * @param place where the matter is
 * @param reporter who reported it
 * @param description what the reporter said
 * @param media attachments, first the request's {@code media_url}
 * @param urgency how urgent
 * @param tier where it should be solved
 * @param channel how it came in
 * @param status the case status it stands for
 * @param requested when it was reported, when the request says
 * @param updated when it last changed, when the request says
 * @param notes the request's {@code status_notes}, empty when none
 * @param units the handling units, lead first, possibly none
 * @param satisfaction the rating of a rated case
 * @param duplicateOf the original of a duplicate
 */
record RequestIntake(
    CaseId caseId, String serviceCode, CasePlace place, Reporter reporter, String description, List<URI> media,
    Urgency urgency, Tier tier, Channel channel, CaseStatus status, Optional<Instant> requested,
    Optional<Instant> updated, String notes, List<HandlingUnit> units, OptionalInt satisfaction,
    Optional<CaseId> duplicateOf) {
  RequestIntake {
    media = ImmutableList.copyOf(media);
    units = ImmutableList.copyOf(units);
  }
}
