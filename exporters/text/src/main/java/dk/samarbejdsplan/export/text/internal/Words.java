package dk.samarbejdsplan.export.text.internal;

import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.MeetingStatus;
import dk.samarbejdsplan.model.PlanStatus;
import java.util.List;
import java.util.Locale;

/**
 * The words the text exporter writes itself, in Danish and English: labels and short phrases, every one
 * written out in full (no abbreviation).
 */
final class Words {
    static final Words DA = new Words(Language.DA,
            "Politikreds:", "År:", "Retsgrundlag:", "Status:", "udkast", "vedtaget", "Drøftet i kredsrådet:",
            "Udgave:", "Bilag 1: Samarbejdsfora", "Planen har ingen samarbejdsfora.",
            "Ingen samarbejdsfora i denne kategori.",
            "Forum:", "Emne:", "Repræsentanter:", "ikke oplyst", "Møder om året:", "Kommissorium:",
            "Målsætninger:", "Handleplan:", "Snitflader til andre fora:", "Noter:", "Lokale enheder:",
            "Kommune", "kommunekode", "møde", "møder", "ingen daterede møder", "og", "Handleplan for",
            "planlagt", "afholdt");
    static final Words EN = new Words(Language.EN,
            "Police district:", "Year:", "Legal basis:", "Status:", "draft", "adopted",
            "Discussed in the district council:", "Edition:", "Annex 1: Cooperation forums",
            "The plan has no cooperation forums.", "No cooperation forums in this category.",
            "Forum:", "Topic:", "Representatives:", "not stated", "Meetings a year:", "Terms of reference:",
            "Goals:", "Action plan:", "Interfaces with other forums:", "Notes:", "Local units:",
            "Municipality", "municipality code", "meeting on", "meetings on", "no dated meetings", "and",
            "Action plan for", "planned", "held");

    final Language language;
    final String district;
    final String year;
    final String legalBasis;
    final String status;
    final String draft;
    final String adopted;
    final String discussed;
    final String edition;
    final String annexHeading;
    final String noForums;
    final String noForumsInCategory;
    final String forum;
    final String topic;
    final String representatives;
    final String notStated;
    final String meetingsAYear;
    final String termsOfReference;
    final String goals;
    final String actionPlan;
    final String interfaces;
    final String notes;
    final String localUnits;
    final String municipality;
    final String municipalityCode;
    final String oneMeeting;
    final String manyMeetings;
    final String noMeetings;
    final String and;
    /** {@link #and} with a space either side: between the last two items of an enumeration. */
    final String andBetween;
    final String actionPlanFor;
    final String planned;
    final String held;

    private Words(Language language, String district, String year, String legalBasis, String status,
            String draft, String adopted, String discussed, String edition, String annexHeading, String noForums,
            String noForumsInCategory, String forum, String topic, String representatives, String notStated,
            String meetingsAYear, String termsOfReference, String goals, String actionPlan, String interfaces,
            String notes, String localUnits, String municipality, String municipalityCode, String oneMeeting,
            String manyMeetings, String noMeetings, String and, String actionPlanFor, String planned,
            String held) {
        this.language = language;
        this.district = district;
        this.year = year;
        this.legalBasis = legalBasis;
        this.status = status;
        this.draft = draft;
        this.adopted = adopted;
        this.discussed = discussed;
        this.edition = edition;
        this.annexHeading = annexHeading;
        this.noForums = noForums;
        this.noForumsInCategory = noForumsInCategory;
        this.forum = forum;
        this.topic = topic;
        this.representatives = representatives;
        this.notStated = notStated;
        this.meetingsAYear = meetingsAYear;
        this.termsOfReference = termsOfReference;
        this.goals = goals;
        this.actionPlan = actionPlan;
        this.interfaces = interfaces;
        this.notes = notes;
        this.localUnits = localUnits;
        this.municipality = municipality;
        this.municipalityCode = municipalityCode;
        this.oneMeeting = oneMeeting;
        this.manyMeetings = manyMeetings;
        this.noMeetings = noMeetings;
        this.and = and;
        this.andBetween = " " + and + " ";
        this.actionPlanFor = actionPlanFor;
        this.planned = planned;
        this.held = held;
    }

    static Words of(Language language) {
        return language == Language.EN ? EN : DA;
    }

    String status(PlanStatus value) {
        return value == PlanStatus.ADOPTED ? adopted : draft;
    }

    String meetingStatus(MeetingStatus value) {
        return value == MeetingStatus.HELD ? held : planned;
    }

    /**
     * The municipality's name as the text names it: "Greve Kommune", "Greve Municipality"; a name that already
     * ends with the word (or with Danish "Kommune" in English) is kept.
     */
    String municipalityName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(" " + municipality.toLowerCase(Locale.ROOT)) || lower.endsWith(" kommune")) {
            return name;
        }
        return name + " " + municipality;
    }

    /** "A", "A og B", "A, B og C" ("and" in English); items must hold no comma for this to be clear. */
    String enumerate(List<String> items) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                s.append(i == items.size() - 1 ? andBetween : ", ");
            }
            s.append(items.get(i));
        }
        return s.toString();
    }
}
