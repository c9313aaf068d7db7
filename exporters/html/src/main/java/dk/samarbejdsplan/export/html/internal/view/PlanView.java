package dk.samarbejdsplan.export.html.internal.view;

import java.util.List;

/**
 * The whole publication, as the templates see it ({@code $plan}).
 *
 * @param lang the page's language tag ({@code da} or {@code en})
 * @param textLang the language tag of the plan's own text when it differs from the page's, else {@code ""}
 * @param documentTitle the text of the {@code title} element
 * @param title the plan's title (the {@code h1})
 * @param subtitle the subtitle, or {@code ""}
 * @param districtName the police district's name
 * @param year the year, as digits
 * @param edition the edition, as digits
 * @param statusText the status in words ("Vedtaget", "Udkast")
 * @param draft whether the plan is a draft
 * @param legalBasis the legal basis as written in the plan
 * @param discussed the date the kredsråd discussed the plan; empty list or one date
 * @param sections the narrative sections
 * @param annexId the id of the annex heading
 * @param annexSummary a sentence counting the forums and categories
 * @param meetingsPicture the picture of the year's meetings: one, or none when the plan has no meeting in its year
 * @param categories the categories of the annex
 * @param endedForums the forums the plan records as ended since last year, with the reason; often none
 * @param downloads the other files of the publication
 */
public record PlanView(
        String lang,
        String textLang,
        String documentTitle,
        String title,
        String subtitle,
        String districtName,
        String year,
        String edition,
        String statusText,
        boolean draft,
        String legalBasis,
        List<DateView> discussed,
        List<SectionView> sections,
        String annexId,
        String annexSummary,
        List<MeetingsPictureView> meetingsPicture,
        List<CategoryView> categories,
        List<EndedForumView> endedForums,
        List<DownloadView> downloads) {
}
