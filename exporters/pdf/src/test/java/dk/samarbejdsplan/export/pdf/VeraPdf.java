package dk.samarbejdsplan.export.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the independent PDF/A and PDF/UA validator, in-process: the failed rules of a PDF for a flavour.
 */
final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * Validates a PDF.
     *
     * @param pdf the file's bytes
     * @param flavour for example {@link PDFAFlavour#PDFUA_1}
     * @return every failed rule, as "clause-test: description (context)", empty when the file conforms
     */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage() + " (" + a.getLocation().getContext() + ")");
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.add("not compliant, without a failed assertion");
            }
            return failed;
        } catch (ModelParsingException | ValidationException | java.io.IOException e) {
            throw new AssertionError("veraPDF could not read the PDF: " + e, e);
        } catch (Exception e) {
            throw new AssertionError("veraPDF failed: " + e, e);
        }
    }
}
