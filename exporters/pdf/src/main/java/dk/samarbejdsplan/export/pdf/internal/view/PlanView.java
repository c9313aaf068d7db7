package dk.samarbejdsplan.export.pdf.internal.view;

import java.util.List;

/**
 * The plan as the PDF templates read it.
 *
 * @param lang the document's language tag ({@code da}, {@code en})
 * @param textLang the language tag of the plan's own text when it is not the document's, else {@code ""}
 * @param documentTitle the title in the PDF's metadata: the plan's title and the district
 * @param title the plan's title
 * @param subtitle the subtitle, or {@code ""}
 * @param district the police district's name
 * @param year the plan year
 * @param edition the edition
 * @param status the status in words
 * @param draft whether the plan is a draft
 * @param legalBasis the legal basis
 * @param discussed the date the district council discussed it, in words, or {@code ""}
 * @param sections the numbered sections
 * @param annexSummary how many forums in how many categories
 * @param categories the categories of annex 1
 * @param meetingsIntro the sentence before the meetings tables
 * @param meetings the tables of the year's meetings by month, one per forum with dated meetings in the year;
 *        empty when the plan has none
 */
public record PlanView(String lang, String textLang, String documentTitle, String title, String subtitle,
        String district, String year, String edition, String status, boolean draft, String legalBasis,
        String discussed, List<SectionView> sections, String annexSummary, List<CategoryView> categories,
        String meetingsIntro, List<MeetingsView> meetings) {
}
