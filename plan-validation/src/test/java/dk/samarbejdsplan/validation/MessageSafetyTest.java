package dk.samarbejdsplan.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * User data never becomes part of a message template: Expression Language, parameter references and bundle
 * keys in a name appear verbatim in the message, in both languages.
 */
class MessageSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {"${'a'.toUpperCase()}", "{x}", "#{1+1}", "${1+1}", "{VAL-001}", "{Element}",
        "{element.plan}", "\\{y\\}", "\\", "$", "a}b{c", "${''.getClass().forName('java.lang.Runtime')}"})
    void aForumNameAppearsVerbatim(String name) {
        CooperationPlan plan = Plans.withForum(0, 1, f -> f.name(name).representatives(List.of()));
        ValidationReport report = Plans.validator().validate(plan);
        assertEquals(List.of("VAL-206"), report.findings().stream().map(Finding::code).toList(), report::toString);
        Finding finding = report.findings().get(0);
        assertEquals("Forum \"" + name + "\" (kategori 1 \"Kontakt med lokalsamfundet m.v.\"): repræsentanter mangler"
                + " — angiv mindst én.", finding.message(Language.DA));
        assertEquals("Forum \"" + name + "\" (category 1 \"Kontakt med lokalsamfundet m.v.\"): representatives are"
                + " missing — give at least one.", finding.message(Language.EN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"${'a'.toUpperCase()}", "{x}", "{VAL-402}", "\\{y}"})
    void anIdAndAMunicipalityAppearVerbatim(String text) {
        CooperationPlan plan = Plans.withForum(0, 1, f -> f.interfaces(List.of(text)));
        Finding finding = Plans.validator().validate(plan).findings().get(0);
        assertEquals("VAL-209", finding.code());
        assertTrue(finding.messageDa().contains("snitfladen \"" + text + "\" peger ikke"), finding.messageDa());
        assertTrue(finding.messageEn().contains("the interface \"" + text + "\" does not refer"), finding.messageEn());

        CooperationPlan units = Plans.withUnits(Plans.unit("253", "Greve", "2007-10-26", "2007-11-14"),
                Plans.unit(text, text, "2007-09-26", "2007-11-07"));
        Finding code = Plans.validator().validate(units).findings().get(0);
        assertEquals("VAL-402", code.code());
        assertTrue(code.messageDa().startsWith("Enheden for " + text + " (kommune " + text + ") i forum"), code.messageDa());
        assertTrue(code.messageDa().contains("kommunekoden \"" + text + "\" er ikke tre cifre"), code.messageDa());
    }

    @Test
    void theDefaultLocaleDoesNotChooseTheLanguage() {
        CooperationPlan plan = Plans.withForum(0, 1, f -> f.representatives(List.of()));
        Finding reference = Plans.validator().validate(plan).findings().get(0);
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.forLanguageTag("da-DK"), Locale.GERMANY, Locale.forLanguageTag("tr-TR"))) {
                Locale.setDefault(locale);
                Finding finding = Plans.validator().validate(plan).findings().get(0);
                assertEquals(reference, finding, locale.toLanguageTag());
            }
        } finally {
            Locale.setDefault(before);
        }
        assertTrue(reference.messageEn().contains("representatives are missing"));
        assertTrue(reference.messageDa().contains("repræsentanter mangler"));
    }
}
