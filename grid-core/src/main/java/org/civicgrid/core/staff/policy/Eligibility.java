package org.civicgrid.core.staff.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicgrid.core.staff.Employment;
import org.civicgrid.core.staff.PersonId;
import org.civicgrid.core.staff.RoleId;
import org.civicgrid.core.staff.StaffMember;
import org.civicgrid.core.staff.Team;

/**
 * What the holders of a role must be: a party member (Wuhua's 党员三是: grid leaders must be), of one of
 * some employments (a full-time worker employed full-time), with some skills (a mediator trained in
 * mediation), of a department (the community police officer from public security). Either every holder
 * must qualify, or — a team "led by a party member" — at least one of them. A gap names the grid and
 * the person with what they lack; a grid with no holder has no gap here ({@link RoleCount} says whether
 * it needs one). Immutable.
 *
 * @param employment the employments allowed; empty when any is
 * @param skills the skills each qualifying holder has, all of them
 * @param department the id of the department a qualifying holder belongs to, if one is required
 */
public record Eligibility(
    RoleId role, Holders holders, boolean partyMember, ImmutableSet<Employment> employment,
    ImmutableSet<String> skills, Optional<String> department) implements Requirement {

  /** Which of a role's holders in a grid must qualify. */
  public enum Holders {
    /** Each holder. */
    EVERY,
    /** One holder at least, when the role has holders at all. */
    AT_LEAST_ONE
  }

  public Eligibility {
    checkNotNull(role, "role");
    checkNotNull(holders, "holders");
    employment = ImmutableSet.copyOf(employment);
    skills = ImmutableSet.copyOf(skills);
    checkNotNull(department, "department");
    for (String skill : skills) {
      checkArgument(!skill.isBlank() && skill.strip().equals(skill),
          "eligibility of %s: skill '%s' is blank or has surrounding spaces", role, skill);
    }
    checkArgument(department.isEmpty() || !department.get().isBlank(), "eligibility of %s: blank department",
        role);
    checkArgument(partyMember || !employment.isEmpty() || !skills.isEmpty() || department.isPresent(),
        "eligibility of %s requires nothing: no party membership, employment, skill or department", role);
  }

  /** Every holder of {@code role} is a party member. */
  public static Eligibility partyMember(RoleId role) {
    return new Eligibility(role, Holders.EVERY, true, ImmutableSet.of(), ImmutableSet.of(), Optional.empty());
  }

  /** Every holder of {@code role} is employed in one of these ways. */
  public static Eligibility employment(RoleId role, Employment... allowed) {
    return new Eligibility(role, Holders.EVERY, false, ImmutableSet.copyOf(allowed), ImmutableSet.of(),
        Optional.empty());
  }

  /** Every holder of {@code role} has all these skills. */
  public static Eligibility skills(RoleId role, String... skills) {
    return new Eligibility(role, Holders.EVERY, false, ImmutableSet.of(), ImmutableSet.copyOf(skills),
        Optional.empty());
  }

  /** Every holder of {@code role} belongs to the department with this id. */
  public static Eligibility department(RoleId role, String departmentId) {
    return new Eligibility(role, Holders.EVERY, false, ImmutableSet.of(), ImmutableSet.of(),
        Optional.of(checkNotNull(departmentId, "departmentId")));
  }

  /** The same qualification, asked of at least one holder of the role in each grid rather than of each. */
  public Eligibility ofAtLeastOneHolder() {
    return new Eligibility(role, Holders.AT_LEAST_ONE, partyMember, employment, skills, department);
  }

  @Override
  public ImmutableSet<RoleId> rolesNamed() {
    return ImmutableSet.of(role);
  }

  /** What {@code member} lacks, one phrase per requirement missed; empty when the member qualifies. */
  public List<String> shortfalls(StaffMember member) {
    checkNotNull(member, "member");
    List<String> missing = new ArrayList<>(2);
    if (partyMember && !member.partyMember()) {
      missing.add("is not a party member");
    }
    if (!employment.isEmpty() && !employment.contains(member.employment())) {
      missing.add("is " + name(member.employment()) + ", not " + employments());
    }
    if (!member.skills().containsAll(skills)) {
      missing.add("lacks skill " + String.join(", ", skills.stream().filter(s -> !member.skills().contains(s))
          .toList()));
    }
    if (department.isPresent() && !member.department().map(d -> d.id().equals(department.get())).orElse(false)) {
      missing.add("is not of department " + department.get());
    }
    return missing;
  }

  void check(PolicyRule rule, Team team, Evaluation evaluation) {
    List<PersonId> holders = Evaluation.holders(team, role);
    if (holders.isEmpty()) {
      return;
    }
    if (this.holders == Holders.AT_LEAST_ONE) {
      if (holders.stream().noneMatch(p -> shortfalls(evaluation.member(p)).isEmpty())) {
        evaluation.gap(rule, team.grid(), "no " + role + " of " + Evaluation.label(team.grid()) + " is "
            + qualification() + ": " + evaluation.labels(holders));
      }
      return;
    }
    for (PersonId holder : holders) {
      List<String> missing = shortfalls(evaluation.member(holder));
      if (!missing.isEmpty()) {
        evaluation.gap(rule, team.grid(), evaluation.label(holder) + ", " + role + " of "
            + Evaluation.label(team.grid()) + ", " + String.join(" and ", missing));
      }
    }
  }

  private String qualification() {
    List<String> parts = new ArrayList<>(4);
    if (partyMember) {
      parts.add("a party member");
    }
    if (!employment.isEmpty()) {
      parts.add(employments());
    }
    if (!skills.isEmpty()) {
      parts.add("skilled in " + String.join(", ", skills));
    }
    department.ifPresent(d -> parts.add("of department " + d));
    return String.join(", ", parts);
  }

  private String employments() {
    return employment.stream().map(Eligibility::name).collect(Collectors.joining(" or "));
  }

  private static String name(Employment employment) {
    return employment.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return (holders == Holders.EVERY ? "every " : "at least one ") + role + " is " + qualification();
  }
}
