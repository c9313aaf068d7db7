package dk.samarbejdsplan.export.html;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's HTML validator), run in-process with its schema from the jar: nothing is
 * fetched. One check at a time.
 */
final class NuChecker {

    /** One message of the checker. */
    record Message(String type, int line, int column, String text) {
        @Override
        public String toString() {
            return type + " at " + line + ":" + column + ": " + text;
        }
    }

    private NuChecker() {
    }

    /**
     * Checks an HTML document.
     *
     * @param html the document
     * @return every error and warning, in document order
     */
    static synchronized List<Message> check(String html) throws Exception {
        List<Message> messages = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                messages.add(new Message("warning", e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }

            @Override
            public void error(SAXParseException e) {
                messages.add(new Message("error", e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                messages.add(new Message("fatal", e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, new SystemErrErrorHandler());
        validator.setUpValidatorAndParsers(handler, false, false);
        InputSource source = new InputSource(new StringReader(html));
        source.setSystemId("plan.html");
        validator.checkHtmlInputSource(source);
        return messages;
    }
}
