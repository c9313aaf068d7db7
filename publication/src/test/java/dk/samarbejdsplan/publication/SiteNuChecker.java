package dk.samarbejdsplan.publication;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker, in-process with its schema from the jar (nothing fetched), as exporter-html's tests run it. */
final class SiteNuChecker {
    private SiteNuChecker() {
    }

    /** @return every error and warning of the document, as text */
    static synchronized List<String> check(String html, String name) throws Exception {
        List<String> messages = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                messages.add("warning " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                messages.add("error " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                messages.add("fatal " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, new SystemErrErrorHandler());
        validator.setUpValidatorAndParsers(handler, false, false);
        InputSource source = new InputSource(new StringReader(html));
        source.setSystemId(name);
        validator.checkHtmlInputSource(source);
        return messages;
    }
}
