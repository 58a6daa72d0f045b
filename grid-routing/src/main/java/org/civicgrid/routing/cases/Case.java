package org.civicgrid.routing.cases;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.net.URI;
import java.util.List;

/**
 * One matter as it was reported (一事一记): what it is, where, how it came in, who reported it and how
 * urgent it is. It is the intake of a {@link CaseCommand.Report}; what happens to the case afterwards
 * is in its {@link CaseState} and log. Immutable and thread-safe.
 *
 * <p>{@link #toString()} shows the reporter masked and leaves the description out, since residents'
 * free text often names people and numbers.
 *
 * @param id the case number
 * @param category the code of the case's subcategory in the category catalogue
 *     ({@code org.civicgrid.routing.category}), for example {@code 01.02}; any non-blank code of
 *     letters, digits, '.', '_' and '-', up to 32 characters
 * @param place where the matter is
 * @param channel how the report came in
 * @param reporter who reported it, masked when shown
 * @param description what the reporter said, not blank, at most 4,000 characters (Open311's limit)
 * @param attachments photos, recordings and documents, as references to where they are stored
 * @param urgency how urgent the matter is
 * @param tier where the matter should be solved
 */
public record Case(
    CaseId id, String category, CasePlace place, Channel channel, Reporter reporter, String description,
    List<URI> attachments, Urgency urgency, Tier tier) {
  private static final int MAX_CATEGORY_LENGTH = 32;
  private static final int MAX_DESCRIPTION_LENGTH = 4000;

  public Case {
    checkNotNull(id, "id");
    checkArgument(category != null && isCategoryCode(category),
        "case %s category %s must be 1 to %s letters, digits, '.', '_' or '-'", id, category,
        MAX_CATEGORY_LENGTH);
    checkNotNull(place, "case %s place", id);
    checkNotNull(channel, "case %s channel", id);
    checkNotNull(reporter, "case %s reporter", id);
    checkArgument(description != null && !description.isBlank(), "case %s has no description", id);
    checkArgument(description.length() <= MAX_DESCRIPTION_LENGTH,
        "case %s description has %s characters, more than %s", id, description.length(), MAX_DESCRIPTION_LENGTH);
    attachments = ImmutableList.copyOf(checkNotNull(attachments, "case %s attachments", id));
    checkNotNull(urgency, "case %s urgency", id);
    checkNotNull(tier, "case %s tier", id);
  }

  /**
   * Starts a case with the given number; the builder defaults to no attachments, {@link
   * Urgency#NORMAL}, {@link Tier#GRID} and an {@link Reporter#anonymous() anonymous} reporter.
   */
  public static Builder builder(CaseId id) {
    return new Builder(id);
  }

  private static boolean isCategoryCode(String code) {
    if (code.isEmpty() || code.length() > MAX_CATEGORY_LENGTH) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
          || c == '.' || c == '_' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "case " + id + " [" + category + ", " + channel + ", " + place + ", " + urgency + ", " + tier
        + ", reported by " + reporter + ", " + attachments.size() + " attachments]";
  }

  /** Collects a case's fields; not thread-safe, use one builder per case. */
  public static final class Builder {
    private final CaseId id;
    private String category;
    private CasePlace place;
    private Channel channel;
    private Reporter reporter = Reporter.anonymous();
    private String description;
    private List<URI> attachments = ImmutableList.of();
    private Urgency urgency = Urgency.NORMAL;
    private Tier tier = Tier.GRID;

    private Builder(CaseId id) {
      this.id = checkNotNull(id, "id");
    }

    public Builder category(String category) {
      this.category = category;
      return this;
    }

    public Builder place(CasePlace place) {
      this.place = place;
      return this;
    }

    public Builder channel(Channel channel) {
      this.channel = channel;
      return this;
    }

    public Builder reporter(Reporter reporter) {
      this.reporter = reporter;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder attachments(List<URI> attachments) {
      this.attachments = attachments;
      return this;
    }

    public Builder urgency(Urgency urgency) {
      this.urgency = urgency;
      return this;
    }

    public Builder tier(Tier tier) {
      this.tier = tier;
      return this;
    }

    /**
     * The case.
     *
     * @throws NullPointerException or IllegalArgumentException naming the case and the missing or bad
     *     field
     */
    public Case build() {
      return new Case(id, category, place, channel, reporter, description, attachments, urgency, tier);
    }
  }
}
