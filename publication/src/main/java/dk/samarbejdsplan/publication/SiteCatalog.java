package dk.samarbejdsplan.publication;

import dk.samarbejdsplan.model.CooperationPlan;
import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.history.PlanHistory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The site's DCAT-AP catalogue ({@code catalog.jsonld}), JSON-LD with its {@code @context} embedded: a
 * {@code dcat:Catalog} published by the police district, a {@code dcat:Dataset} per year (title, description,
 * issued date, temporal coverage, keywords, landing page) and a {@code dcat:Distribution} per file of the year's
 * current edition (download and access URL relative to the catalogue, IANA media type IRI, format, issued date,
 * byte size, licence when configured). Written with Jackson's generator, so every text is a JSON string.
 */
final class SiteCatalog {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final String LANGUAGES = "http://publications.europa.eu/resource/authority/language/";

    private SiteCatalog() {
    }

    static void write(Path file, PlanHistory history, Map<Integer, List<PublishedFile>> published,
            Optional<String> license, Language language) throws IOException {
        CooperationPlan latest = history.latest().orElseThrow().plan();
        try (OutputStream out = Files.newOutputStream(file);
                JsonGenerator g = FACTORY.createGenerator(Pretty.INSTANCE, out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeName("@context");
            g.writeStartObject();
            g.writeStringProperty("dcat", "http://www.w3.org/ns/dcat#");
            g.writeStringProperty("dct", "http://purl.org/dc/terms/");
            g.writeStringProperty("foaf", "http://xmlns.com/foaf/0.1/");
            g.writeStringProperty("xsd", "http://www.w3.org/2001/XMLSchema#");
            g.writeEndObject();
            g.writeStringProperty("@id", SitePublisher.CATALOG);
            g.writeStringProperty("@type", "dcat:Catalog");
            text(g, "dct:title", SitePages.text(language, "catalog.title", latest.district().name()), language);
            text(g, "dct:description", SitePages.text(language, "catalog.description"), language);
            iri(g, "dct:language", LANGUAGES + (language == Language.DA ? "DAN" : "ENG"));
            iri(g, "foaf:homepage", "index.html");
            g.writeName("dct:publisher");
            g.writeStartObject();
            g.writeStringProperty("@id", "#politikreds");
            g.writeStringProperty("@type", "foaf:Agent");
            text(g, "foaf:name", latest.district().name(), Language.DA);
            if (latest.district().code().isPresent()) {
                g.writeStringProperty("dct:identifier", latest.district().code().get());
            }
            g.writeEndObject();
            g.writeName("dcat:dataset");
            g.writeStartArray();
            List<Integer> years = history.years();
            for (int i = years.size() - 1; i >= 0; i--) {
                int year = years.get(i);
                dataset(g, history.current(year).orElseThrow().plan(), published.get(year), license, language);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        try (OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND)) {
            out.write('\n');
        }
    }

    private static void dataset(JsonGenerator g, CooperationPlan plan, List<PublishedFile> files,
            Optional<String> license, Language language) {
        String folder = plan.year() + "/";
        g.writeStartObject();
        g.writeStringProperty("@id", folder);
        g.writeStringProperty("@type", "dcat:Dataset");
        text(g, "dct:title", plan.title(), Language.DA);
        text(g, "dct:description", SitePages.text(language, "catalog.dataset.description", plan.year(),
                plan.edition()), language);
        issued(g, plan);
        g.writeName("dct:temporal");
        g.writeStartObject();
        g.writeStringProperty("@type", "dct:PeriodOfTime");
        typed(g, "dcat:startDate", plan.year() + "-01-01", "xsd:date");
        typed(g, "dcat:endDate", plan.year() + "-12-31", "xsd:date");
        g.writeEndObject();
        g.writeName("dcat:keyword");
        g.writeStartArray();
        for (String keyword : List.of("samarbejdsplan", "politi", "retsplejelovens § 113", "kredsråd")) {
            g.writeStartObject();
            g.writeStringProperty("@value", keyword);
            g.writeStringProperty("@language", "da");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("dct:publisher");
        g.writeStartObject();
        g.writeStringProperty("@id", "#politikreds");
        g.writeEndObject();
        files.stream().filter(f -> f.name().equals("index.html")).findFirst()
                .ifPresent(f -> iri(g, "dcat:landingPage", folder + f.name()));
        g.writeName("dcat:distribution");
        g.writeStartArray();
        for (PublishedFile file : files) {
            g.writeStartObject();
            g.writeStringProperty("@id", folder + file.name() + "#distribution");
            g.writeStringProperty("@type", "dcat:Distribution");
            g.writeStringProperty("dct:title", file.name());
            iri(g, "dcat:downloadURL", folder + file.name());
            iri(g, "dcat:accessURL", folder + file.name());
            String mediaType = file.mediaType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            iri(g, "dcat:mediaType", IANA + mediaType);
            iri(g, "dct:format", IANA + mediaType);
            issued(g, plan);
            typed(g, "dcat:byteSize", Long.toString(file.byteSize()), "xsd:nonNegativeInteger");
            if (license.isPresent()) {
                iri(g, "dct:license", license.get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The date the kredsråd discussed the plan, or else its year: deterministic, unlike the clock. */
    private static void issued(JsonGenerator g, CooperationPlan plan) {
        if (plan.discussedInDistrictCouncil().isPresent()) {
            typed(g, "dct:issued", plan.discussedInDistrictCouncil().get().toString(), "xsd:date");
        } else {
            typed(g, "dct:issued", Integer.toString(plan.year()), "xsd:gYear");
        }
    }

    private static void text(JsonGenerator g, String name, String value, Language language) {
        g.writeName(name);
        g.writeStartObject();
        g.writeStringProperty("@value", value);
        g.writeStringProperty("@language", language == Language.DA ? "da" : "en");
        g.writeEndObject();
    }

    private static void typed(JsonGenerator g, String name, String value, String type) {
        g.writeName(name);
        g.writeStartObject();
        g.writeStringProperty("@value", value);
        g.writeStringProperty("@type", type);
        g.writeEndObject();
    }

    private static void iri(JsonGenerator g, String name, String iri) {
        g.writeName(name);
        g.writeStartObject();
        g.writeStringProperty("@id", iri);
        g.writeEndObject();
    }

    /** Two-space indentation, so that the catalogue can be read by people too. */
    private static final class Pretty extends ObjectWriteContext.Base {
        static final Pretty INSTANCE = new Pretty();

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
