package dk.samarbejdsplan.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A police district's cooperation plan for one year (<i>samarbejdsplan</i>, retsplejelovens § 113): the
 * narrative sections and, in the annex (<i>bilag</i>), the cooperation forums grouped in numbered
 * categories.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}, change a copy with {@link #toBuilder()},
 * read one from a file with {@code dk.samarbejdsplan.model.io.PlanReader}, and draft next year's plan with
 * {@link #nextYear(int)}.
 *
 * @param district the police district (<i>politikreds</i>)
 * @param year the year the plan covers
 * @param edition the edition within the year, from 1 (a revised plan gets the next number)
 * @param status draft or adopted
 * @param discussedInDistrictCouncil the date the kredsråd discussed the plan, if it has
 * @param legalBasis the legal basis, for example {@code "Retsplejelovens § 113"}
 * @param title the plan's title, for example {@code "Samarbejdsplan for 2007"}
 * @param subtitle the sentence under the title, if any
 * @param sections the narrative sections, in order
 * @param categories the categories of forums, in order
 * @param endedForums the forums of last year's plan that ended, each with its reason (<i>nedlagte fora</i>), in
 *        order; empty when none are recorded
 */
public record CooperationPlan(
        PoliceDistrict district,
        int year,
        int edition,
        PlanStatus status,
        Optional<LocalDate> discussedInDistrictCouncil,
        String legalBasis,
        String title,
        Optional<String> subtitle,
        List<Section> sections,
        List<Category> categories,
        List<EndedForum> endedForums) {

    /** Checks for {@code null} and copies the lists. */
    public CooperationPlan {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(status, "status");
        discussedInDistrictCouncil = Objects.requireNonNullElse(discussedInDistrictCouncil, Optional.empty());
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(title, "title");
        subtitle = Objects.requireNonNullElse(subtitle, Optional.empty());
        sections = Lists.copy(sections, "sections");
        categories = Lists.copy(categories, "categories");
        endedForums = Lists.copy(endedForums, "endedForums");
    }

    /**
     * A plan that records no ended forums (the constructor before {@code endedForums} was added).
     *
     * @param district the police district
     * @param year the year
     * @param edition the edition within the year
     * @param status draft or adopted
     * @param discussedInDistrictCouncil the date the kredsråd discussed the plan, if it has
     * @param legalBasis the legal basis
     * @param title the title
     * @param subtitle the subtitle, if any
     * @param sections the sections
     * @param categories the categories
     */
    public CooperationPlan(PoliceDistrict district, int year, int edition, PlanStatus status,
            Optional<LocalDate> discussedInDistrictCouncil, String legalBasis, String title, Optional<String> subtitle,
            List<Section> sections, List<Category> categories) {
        this(district, year, edition, status, discussedInDistrictCouncil, legalBasis, title, subtitle, sections,
                categories, List.of());
    }

    /**
     * Every forum of the plan, category by category.
     *
     * @return the forums in plan order
     */
    public Stream<Forum> forums() {
        return categories.stream().flatMap(c -> c.forums().stream());
    }

    /**
     * The forum with an id. This scans the plan (time linear in its size); for many lookups build a
     * {@link PlanIndex} once ({@link #index()}).
     *
     * @param id the forum id
     * @return the first forum with that id, if any
     */
    public Optional<Forum> forum(String id) {
        for (Category category : categories) {
            for (Forum forum : category.forums()) {
                if (forum.id().equals(id)) {
                    return Optional.of(forum);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The category holding a forum. This scans the plan (time linear in its size); for many lookups build a
     * {@link PlanIndex} once ({@link #index()}).
     *
     * @param forumId the forum id
     * @return the first category with a forum of that id, if any
     */
    public Optional<Category> categoryOf(String forumId) {
        for (Category category : categories) {
            for (Forum forum : category.forums()) {
                if (forum.id().equals(forumId)) {
                    return Optional.of(category);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Indexes the forums by id, for many lookups in constant time each (the plan is a record and keeps no
     * index itself: build this once and keep it while you need it).
     *
     * @return a new index of this plan (immutable and thread-safe)
     */
    public PlanIndex index() {
        return PlanIndex.of(this);
    }

    /**
     * Drafts next year's plan from this one: the same district, sections, categories and forums (with their
     * ids), the year changed (also where the title and the subtitle name the year), edition 1, status {@link PlanStatus#DRAFT}, no kredsråd
     * date, no dated meetings and no year-specific meeting counts ("Min. 4 (2 i 2007)" becomes "Min. 4"), and no
     * ended forums (those were this year's changes).
     *
     * @param newYear the year of the new plan, normally {@code year() + 1}
     * @return the draft
     */
    public CooperationPlan nextYear(int newYear) {
        List<Category> nextCategories = new ArrayList<>();
        for (Category category : categories) {
            List<Forum> nextForums = new ArrayList<>();
            for (Forum forum : category.forums()) {
                nextForums.add(forum.toBuilder()
                        .frequency(forum.frequency().withoutYearCount())
                        .localUnits(forum.localUnits().stream().map(LocalUnit::withoutMeetings).toList())
                        .build());
            }
            nextCategories.add(category.withForums(nextForums));
        }
        return toBuilder()
                .year(newYear)
                .edition(1)
                .status(PlanStatus.DRAFT)
                .discussedInDistrictCouncil(null)
                .title(replaceYear(title, newYear))
                .subtitle(subtitle.map(s -> replaceYear(s, newYear)).orElse(null))
                .categories(nextCategories)
                .endedForums(List.of())
                .build();
    }

    /** The plan's year, as a whole number in a text, replaced by another year. */
    private String replaceYear(String text, int newYear) {
        return text.replaceAll("(?<!\\d)" + year + "(?!\\d)", Integer.toString(newYear));
    }

    /**
     * A builder for a new plan.
     *
     * @return an empty builder (edition 1, status draft)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this plan's values, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().district(district).year(year).edition(edition).status(status)
                .discussedInDistrictCouncil(discussedInDistrictCouncil.orElse(null)).legalBasis(legalBasis)
                .title(title).subtitle(subtitle.orElse(null)).sections(sections).categories(categories)
                .endedForums(endedForums);
    }

    /**
     * Builds a {@link CooperationPlan}; not thread-safe. Required: {@code district}; {@link #build()} names it
     * when it is missing. Defaults: edition 1, status draft, legal basis "Retsplejelovens § 113", the title
     * "Samarbejdsplan for YEAR". An optional value is given as {@code null} for "absent"
     * ({@code subtitle(null)}, {@code discussedInDistrictCouncil(null)}), while the record returns it as an
     * {@link Optional} ({@link CooperationPlan#subtitle()}); lists not set are empty.
     */
    public static final class Builder {
        private PoliceDistrict district;
        private int year;
        private int edition = 1;
        private PlanStatus status = PlanStatus.DRAFT;
        private LocalDate discussedInDistrictCouncil;
        private String legalBasis = "Retsplejelovens § 113";
        private String title;
        private String subtitle;
        private final List<Section> sections = new ArrayList<>();
        private final List<Category> categories = new ArrayList<>();
        private final List<EndedForum> endedForums = new ArrayList<>();

        private Builder() {
        }

        /** @param value the district @return this builder */
        public Builder district(PoliceDistrict value) {
            this.district = value;
            return this;
        }

        /** @param value the year @return this builder */
        public Builder year(int value) {
            this.year = value;
            return this;
        }

        /** @param value the edition within the year, from 1 @return this builder */
        public Builder edition(int value) {
            this.edition = value;
            return this;
        }

        /** @param value the status @return this builder */
        public Builder status(PlanStatus value) {
            this.status = value;
            return this;
        }

        /** @param value the date the kredsråd discussed the plan, or {@code null} @return this builder */
        public Builder discussedInDistrictCouncil(LocalDate value) {
            this.discussedInDistrictCouncil = value;
            return this;
        }

        /** @param value the legal basis (default "Retsplejelovens § 113") @return this builder */
        public Builder legalBasis(String value) {
            this.legalBasis = value;
            return this;
        }

        /** @param value the title @return this builder */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** @param value the subtitle, or {@code null} @return this builder */
        public Builder subtitle(String value) {
            this.subtitle = value;
            return this;
        }

        /** @param values the sections, replacing any set before @return this builder */
        public Builder sections(List<Section> values) {
            sections.clear();
            sections.addAll(values);
            return this;
        }

        /** @param value one more section @return this builder */
        public Builder section(Section value) {
            sections.add(value);
            return this;
        }

        /** @param values the categories, replacing any set before @return this builder */
        public Builder categories(List<Category> values) {
            categories.clear();
            categories.addAll(values);
            return this;
        }

        /** @param values the ended forums, replacing any set before @return this builder */
        public Builder endedForums(List<EndedForum> values) {
            endedForums.clear();
            endedForums.addAll(values);
            return this;
        }

        /**
         * Records one more ended forum.
         *
         * @param id the forum's id in last year's plan
         * @param reason why it ended
         * @return this builder
         */
        public Builder endedForum(String id, String reason) {
            endedForums.add(new EndedForum(id, reason));
            return this;
        }

        /**
         * Adds a category numbered after the ones added before.
         *
         * @param id the category's stable id
         * @param title the category's title
         * @param forums its forums
         * @return this builder
         */
        public Builder category(String id, String title, List<Forum> forums) {
            categories.add(new Category(id, categories.size() + 1, title, forums));
            return this;
        }

        /**
         * Builds the plan. If no title was set it is "Samarbejdsplan for YEAR".
         *
         * @return the plan
         * @throws NullPointerException if the district, the status or the legal basis is missing; the message
         *         names the field and the builder
         */
        public CooperationPlan build() {
            String effectiveTitle = title != null ? title : "Samarbejdsplan for " + year;
            return new CooperationPlan(Builders.required(district, "CooperationPlan.Builder", "district"), year, edition,
                    Builders.required(status, "CooperationPlan.Builder", "status"),
                    Optional.ofNullable(discussedInDistrictCouncil),
                    Builders.required(legalBasis, "CooperationPlan.Builder", "legalBasis"), effectiveTitle,
                    Optional.ofNullable(subtitle), sections, categories, endedForums);
        }
    }
}
