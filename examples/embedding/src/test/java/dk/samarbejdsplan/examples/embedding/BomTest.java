package dk.samarbejdsplan.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM (bom/pom.xml) lists every library module of the build at the project's version, and has no parent (so
 * that the parent's third-party versions never reach a project that imports it).
 */
class BomTest {

    private static final Path ROOT = Path.of(System.getProperty("repo.root")).toAbsolutePath().normalize();
    /** Programs and build helpers, not libraries: not in the BOM. */
    private static final Set<String> NOT_LIBRARIES = Set.of("examples", "benchmarks", "plugin-archetype", "bom");

    @Test
    void listsEveryLibraryModuleAtTheProjectVersion() throws Exception {
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        Element project = bom.getDocumentElement();
        assertTrue(child(project, "parent") == null, "the BOM has no parent");
        assertEquals(text(child(read(ROOT.resolve("pom.xml")).getDocumentElement(), "version")),
                text(child(project, "version")), "the BOM's version is the project's");

        Set<String> listed = new TreeSet<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertEquals("dk.samarbejdsplan", text(child(dependency, "groupId")));
            assertEquals("${project.version}", text(child(dependency, "version")));
            listed.add(text(child(dependency, "artifactId")));
        }

        List<String> missing = new ArrayList<>();
        for (Path pom : libraryPoms()) {
            Element module = read(pom).getDocumentElement();
            Element packaging = child(module, "packaging");
            if (packaging == null || text(packaging).equals("jar")) {
                String artifactId = text(child(module, "artifactId"));
                if (!listed.contains(artifactId)) {
                    missing.add(artifactId + " (" + ROOT.relativize(pom) + ")");
                }
            }
        }
        assertEquals(List.of(), missing, "library modules the BOM does not list");
        assertTrue(listed.containsAll(List.of("plan-model", "plan-validation", "exporter-api", "exporter-testkit",
                "exporter-html", "exporter-csv", "exporter-jsonld", "exporter-text")), listed.toString());
    }

    private static List<Path> libraryPoms() throws Exception {
        try (Stream<Path> files = Files.walk(ROOT, 4)) {
            return files.filter(f -> f.getFileName().toString().equals("pom.xml"))
                    .filter(f -> !f.equals(ROOT.resolve("pom.xml")))
                    .filter(f -> {
                        Path relative = ROOT.relativize(f);
                        for (Path part : relative) {
                            String name = part.toString();
                            if (NOT_LIBRARIES.contains(name) || name.equals("target") || name.equals("src")
                                    || name.startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    }).sorted().toList();
        }
    }

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    /** The first child element of that name, or null. */
    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element element) {
        return element.getTextContent().strip();
    }
}
