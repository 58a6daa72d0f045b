package org.civicgrid.core.staff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.civicgrid.core.layer.Department;

/**
 * A person who serves grids, with the attributes staffing policies use — party membership,
 * employment, home department, skills — and the channels to reach them. Roles and grids are not part
 * of the member: they come from {@link Assignment}s, which change over time.
 *
 * <p>The name is not masked: grid staff are published on every grid's notice board (网格公示牌) so
 * residents know whom to call. Contacts are personal data and are masked in {@link #toString()} (see
 * {@link Contact}); no accessor here reveals them. Immutable.
 *
 * @param department the functional department the member belongs to (public security for a community
 *     police officer, civil affairs for a hired grid worker), if any
 * @param skills free-form tags a policy or a dispatcher matches, such as {@code mediation} or
 *     {@code first-aid}
 */
public record StaffMember(
    PersonId id, String name, boolean partyMember, Employment employment, Optional<Department> department,
    ImmutableSet<String> skills, ImmutableList<Contact> contacts) {

  public StaffMember {
    checkNotNull(id, "id");
    checkArgument(name != null && !name.isBlank(), "staff member %s has no name", id);
    checkNotNull(employment, "staff member %s has no employment", id);
    checkNotNull(department, "department");
    skills = ImmutableSet.copyOf(skills);
    for (String skill : skills) {
      checkArgument(!skill.isBlank() && skill.strip().equals(skill),
          "staff member %s: skill '%s' is blank or has surrounding spaces", id, skill);
    }
    contacts = ImmutableList.copyOf(contacts);
  }

  /** Starts a member with this id, name and employment. */
  public static Builder builder(String id, String name, Employment employment) {
    return new Builder(PersonId.of(id), name, employment);
  }

  /** A builder holding this member's data, to change some of it. */
  public Builder toBuilder() {
    Builder builder = new Builder(id, name, employment).skills(skills).contacts(contacts);
    department.ifPresent(builder::department);
    return partyMember ? builder.partyMember() : builder;
  }

  /** The first contact of this kind, if any. */
  public Optional<Contact> contact(ContactKind kind) {
    return contacts.stream().filter(c -> c.kind() == kind).findFirst();
  }

  /** Name and id as shown in explanations and reports: {@code 张伟 (p-001)}. */
  public String label() {
    return name + " (" + id + ")";
  }

  /** Everything but contact values, which are masked: safe to log. */
  @Override
  public String toString() {
    return label() + " [" + (partyMember ? "party member, " : "")
        + employment.name().toLowerCase(Locale.ROOT).replace('_', '-')
        + department.map(d -> ", " + d.id()).orElse("") + (skills.isEmpty() ? "" : ", skills " + skills)
        + ", contacts " + contacts + "]";
  }

  /** Builds a {@link StaffMember}. Not thread-safe. */
  public static final class Builder {
    private final PersonId id;
    private final String name;
    private boolean partyMember;
    private Employment employment;
    private Department department;
    private final Set<String> skills = new TreeSet<>();
    private final List<Contact> contacts = new ArrayList<>();

    private Builder(PersonId id, String name, Employment employment) {
      this.id = checkNotNull(id, "id");
      this.name = name;
      this.employment = checkNotNull(employment, "employment");
    }

    public Builder partyMember() {
      this.partyMember = true;
      return this;
    }

    public Builder notPartyMember() {
      this.partyMember = false;
      return this;
    }

    public Builder employment(Employment employment) {
      this.employment = checkNotNull(employment, "employment");
      return this;
    }

    public Builder department(Department department) {
      this.department = checkNotNull(department, "department");
      return this;
    }

    public Builder skills(Iterable<String> skills) {
      skills.forEach(s -> this.skills.add(checkNotNull(s, "skill")));
      return this;
    }

    public Builder skills(String... skills) {
      return skills(List.of(skills));
    }

    public Builder contact(Contact contact) {
      contacts.add(checkNotNull(contact, "contact"));
      return this;
    }

    /** Replaces the contacts added so far. */
    public Builder contacts(List<Contact> contacts) {
      this.contacts.clear();
      contacts.forEach(this::contact);
      return this;
    }

    public StaffMember build() {
      return new StaffMember(id, name, partyMember, employment, Optional.ofNullable(department),
          ImmutableSet.copyOf(skills), ImmutableList.copyOf(contacts));
    }
  }
}
