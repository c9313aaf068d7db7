package dk.samarbejdsplan.publication;

import dk.samarbejdsplan.model.Language;
import dk.samarbejdsplan.model.history.PlanHistory;
import dk.samarbejdsplan.model.history.PlanHistoryReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The example history ({@code examples/plans}: 2007 and 2008) plus a second edition of 2008 (so that edition 1 is
 * superseded), published as a site once per language for the site's tests, with the built-in exporters.
 */
final class ExampleSite {
    private static final Map<Language, Path> SITES = new EnumMap<>(Language.class);
    private static Path plans;

    private ExampleSite() {
    }

    /** @return the plan folder: the two example plans and 2008's edition 2 (adopted 12 June 2008) */
    static synchronized Path plans() {
        if (plans == null) {
            try {
                plans = Files.createTempDirectory("site-plans");
                deleteOnExit(plans);
                Path examples = Path.of("..", "examples", "plans");
                for (String name : new String[] {"samarbejdsplan-2007.yaml", "samarbejdsplan-2008.yaml"}) {
                    Files.copy(examples.resolve(name), plans.resolve(name));
                }
                String edition2 = Files.readString(examples.resolve("samarbejdsplan-2008.yaml"), StandardCharsets.UTF_8)
                        .replace("\nedition: 1\n", "\nedition: 2\n")
                        .replace("discussedInDistrictCouncil: 2008-02-28", "discussedInDistrictCouncil: 2008-06-12");
                Files.writeString(plans.resolve("samarbejdsplan-2008-udgave-2.yaml"), edition2, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return plans;
    }

    private static void deleteOnExit(Path folder) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }));
    }

    static PlanHistory history() {
        try {
            return PlanHistoryReader.create().read(plans());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Publisher publisher(Language language) {
        try {
            return Publisher.create(PublicationOptions.builder().language(language).build());
        } catch (PublicationException e) {
            throw new AssertionError(e.message(Language.EN), e);
        }
    }

    /** @return the site of the example history in a language (published once, then shared; do not change it) */
    static synchronized Path site(Language language) {
        return SITES.computeIfAbsent(language, l -> {
            try {
                Path parent = Files.createTempDirectory("site-" + l.name().toLowerCase(java.util.Locale.ROOT));
                deleteOnExit(parent);
                Path site = parent.resolve("site");
                SitePublisher.create(publisher(l)).withLicense("https://creativecommons.org/publicdomain/zero/1.0/")
                        .publish(history(), site);
                return site;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (PublicationException e) {
                throw new AssertionError(e.message(Language.EN), e);
            }
        });
    }
}
