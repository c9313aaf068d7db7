package dk.samarbejdsplan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cooperation forum (<i>samarbejdsforum</i>): one row of the plan's annex, for example the kredsråd, a
 * beredskabskommission or the meetings with the courts.
 *
 * @param id a stable identifier that survives from year to year (lowercase letters, digits and hyphens, for
 *        example {@code "kredsraadet"}); other forums refer to it in {@link #interfaces()}
 * @param name the forum's name (<i>forum</i>)
 * @param topic what the forum deals with (<i>emne</i>)
 * @param representatives who sits in the forum (<i>repræsentanter</i>), one role or organisation each
 * @param frequency how often it meets (<i>møder pr. år</i>)
 * @param termsOfReference its terms of reference (<i>kommissorium</i>), if published
 * @param goals its goals (<i>målsætninger</i>)
 * @param actionPlan its action plan (<i>handleplan</i>), if published
 * @param interfaces the ids of other forums it works with (<i>snitflader til andre fora</i>)
 * @param notes free notes, as paragraphs
 * @param localUnits its local units, one per municipality (for the lokalråd)
 */
public record Forum(
        String id,
        String name,
        String topic,
        List<String> representatives,
        MeetingFrequency frequency,
        Optional<String> termsOfReference,
        List<String> goals,
        Optional<String> actionPlan,
        List<String> interfaces,
        List<String> notes,
        List<LocalUnit> localUnits) {

    /** Checks for {@code null} and copies the lists. */
    public Forum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        representatives = Lists.copy(representatives, "representatives");
        Objects.requireNonNull(frequency, "frequency");
        termsOfReference = Objects.requireNonNullElse(termsOfReference, Optional.empty());
        goals = Lists.copy(goals, "goals");
        actionPlan = Objects.requireNonNullElse(actionPlan, Optional.empty());
        interfaces = Lists.copy(interfaces, "interfaces");
        notes = Lists.copy(notes, "notes");
        localUnits = Lists.copy(localUnits, "localUnits");
    }

    /**
     * A builder for a new forum.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this forum's values, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).topic(topic).representatives(representatives).frequency(frequency)
                .termsOfReference(termsOfReference.orElse(null)).goals(goals).actionPlan(actionPlan.orElse(null))
                .interfaces(interfaces).notes(notes).localUnits(localUnits);
    }

    /**
     * Builds a {@link Forum}; not thread-safe. Required: {@code id}, {@code name}, {@code topic} and
     * {@code frequency}; {@link #build()} names a missing one. An optional value is given as {@code null} for
     * "absent" ({@code termsOfReference(null)}, {@code actionPlan(null)}), while the record returns it as an
     * {@link Optional} ({@link Forum#termsOfReference()}); lists not set are empty.
     */
    public static final class Builder {
        private String id;
        private String name;
        private String topic;
        private final List<String> representatives = new ArrayList<>();
        private MeetingFrequency frequency;
        private String termsOfReference;
        private final List<String> goals = new ArrayList<>();
        private String actionPlan;
        private final List<String> interfaces = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<LocalUnit> localUnits = new ArrayList<>();

        private Builder() {
        }

        /** @param value the stable id @return this builder */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** @param value the name @return this builder */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** @param value the topic @return this builder */
        public Builder topic(String value) {
            this.topic = value;
            return this;
        }

        /** @param values the representatives, replacing any set before @return this builder */
        public Builder representatives(List<String> values) {
            representatives.clear();
            representatives.addAll(values);
            return this;
        }

        /** @param value one more representative @return this builder */
        public Builder representative(String value) {
            representatives.add(value);
            return this;
        }

        /** @param value the meeting frequency @return this builder */
        public Builder frequency(MeetingFrequency value) {
            this.frequency = value;
            return this;
        }

        /**
         * @param text the meeting frequency as text, for example {@code "Min. 4"}
         * @return this builder
         * @throws FrequencyFormatException if the text is not a meeting frequency
         */
        public Builder frequency(String text) {
            this.frequency = MeetingFrequency.parse(text);
            return this;
        }

        /** @param value the terms of reference, or {@code null} for none @return this builder */
        public Builder termsOfReference(String value) {
            this.termsOfReference = value;
            return this;
        }

        /** @param values the goals, replacing any set before @return this builder */
        public Builder goals(List<String> values) {
            goals.clear();
            goals.addAll(values);
            return this;
        }

        /** @param value the action plan, or {@code null} for none @return this builder */
        public Builder actionPlan(String value) {
            this.actionPlan = value;
            return this;
        }

        /** @param values the ids of related forums, replacing any set before @return this builder */
        public Builder interfaces(List<String> values) {
            interfaces.clear();
            interfaces.addAll(values);
            return this;
        }

        /** @param values the notes, replacing any set before @return this builder */
        public Builder notes(List<String> values) {
            notes.clear();
            notes.addAll(values);
            return this;
        }

        /** @param value one more note @return this builder */
        public Builder note(String value) {
            notes.add(value);
            return this;
        }

        /** @param values the local units, replacing any set before @return this builder */
        public Builder localUnits(List<LocalUnit> values) {
            localUnits.clear();
            localUnits.addAll(values);
            return this;
        }

        /** @param value one more local unit @return this builder */
        public Builder localUnit(LocalUnit value) {
            localUnits.add(value);
            return this;
        }

        /**
         * Builds the forum.
         *
         * @return the forum
         * @throws NullPointerException if id, name, topic or frequency is missing; the message names the field
         *         and the builder
         */
        public Forum build() {
            return new Forum(Builders.required(id, "Forum.Builder", "id"),
                    Builders.required(name, "Forum.Builder", "name"), Builders.required(topic, "Forum.Builder", "topic"),
                    representatives, Builders.required(frequency, "Forum.Builder", "frequency"),
                    Optional.ofNullable(termsOfReference),
                    goals, Optional.ofNullable(actionPlan), interfaces, notes, localUnits);
        }
    }
}
