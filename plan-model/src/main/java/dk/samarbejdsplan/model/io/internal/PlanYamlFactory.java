package dk.samarbejdsplan.model.io.internal;

import java.io.CharArrayReader;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLGenerator;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Jackson's YAML factory with two additions the plan reader and writer need: parsers that show the SnakeYAML
 * Engine event behind each token (anchors, aliases, tags, whether a scalar was quoted), and generators that
 * choose each string's style themselves ({@link YamlStyles}). Immutable and thread-safe like its parent.
 */
public final class PlanYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    /** Load settings by read buffer size, smallest first (empty: always the builder's). */
    private final transient List<LoadSettings> sizedSettings;

    /**
     * @param builder a configured builder
     */
    public PlanYamlFactory(YAMLFactoryBuilder builder) {
        this(builder, List.of());
    }

    /**
     * @param builder a configured builder
     * @param sizedSettings the builder's load settings with read buffers of growing size, smallest first: a
     *        parser of a document of known length gets the smallest buffer that holds all of it (or the largest)
     */
    public PlanYamlFactory(YAMLFactoryBuilder builder, List<LoadSettings> sizedSettings) {
        super(builder);
        this.sizedSettings = List.copyOf(sizedSettings);
    }

    /** @return the load settings the parsers use */
    public LoadSettings loadSettings() {
        return _loadSettings;
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, Reader r) {
        LoadSettings settings = r instanceof WholeCodePointReader whole ? settingsFor(whole.length()) : _loadSettings;
        return new EventParser(readCtxt, ioCtxt, _getBufferRecycler(),
                readCtxt.getStreamReadFeatures(_streamReadFeatures),
                readCtxt.getFormatReadFeatures(_formatReadFeatures), settings, r, false);
    }

    /** The settings whose read buffer holds a document of this many characters, or the largest. */
    private LoadSettings settingsFor(int length) {
        if (sizedSettings == null) {
            return _loadSettings; // deserialised
        }
        for (LoadSettings settings : sizedSettings) {
            if (settings.getBufferSize() > length) {
                return settings;
            }
        }
        return _loadSettings;
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ioCtxt, char[] data, int offset,
            int len, boolean recyclable) {
        return new EventParser(readCtxt, ioCtxt, _getBufferRecycler(),
                readCtxt.getStreamReadFeatures(_streamReadFeatures),
                readCtxt.getFormatReadFeatures(_formatReadFeatures), _loadSettings,
                new CharArrayReader(data, offset, len), true);
    }

    @Override
    protected YAMLGenerator _createGenerator(ObjectWriteContext writeCtxt, IOContext ioCtxt, Writer out) {
        return new StyledGenerator(writeCtxt, ioCtxt, writeCtxt.getStreamWriteFeatures(_streamWriteFeatures),
                writeCtxt.getFormatWriteFeatures(_formatWriteFeatures), out, this);
    }

    /** A YAML parser that exposes the event behind the current token. */
    public static final class EventParser extends YAMLParser {
        EventParser(ObjectReadContext readCtxt, IOContext ioCtxt, BufferRecycler br, int streamReadFeatures,
                int formatFeatures, LoadSettings loadSettings, Reader reader, boolean ownsReader) {
            super(readCtxt, ioCtxt, br, streamReadFeatures, formatFeatures, loadSettings, reader, ownsReader);
        }

        /** @return the SnakeYAML Engine event of the current token, or {@code null} before the first */
        public Event currentEvent() {
            return _lastEvent;
        }
    }

    /** A YAML generator whose strings get the style {@link YamlStyles#styleOf(String)} picks. */
    public static final class StyledGenerator extends YAMLGenerator {
        StyledGenerator(ObjectWriteContext writeCtxt, IOContext ioCtxt, int streamWriteFeatures,
                int formatWriteFeatures, Writer out, PlanYamlFactory factory) {
            super(writeCtxt, ioCtxt, streamWriteFeatures, formatWriteFeatures, factory._quotingChecker, out,
                    factory._version, factory._dumpSettings);
        }

        @Override
        public JsonGenerator writeString(String text) throws JacksonException {
            if (text == null) {
                return writeNull();
            }
            _verifyValueWrite("write String value");
            _writeScalar(text, "string", YamlStyles.styleOf(text));
            return this;
        }

        /**
         * Writes a value that must stay a plain scalar, such as an ISO date ({@code 2007-10-26}).
         *
         * @param text the text; the caller makes sure it is safe as a plain scalar
         * @return this generator
         */
        public JsonGenerator writePlain(String text) {
            _verifyValueWrite("write String value");
            _writeScalar(text, "string", ScalarStyle.PLAIN);
            return this;
        }
    }
}
