package org.bihuan.web.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.casefile.CaseType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task page shows a form's words and the case page a lifecycle's diagram in the page's language: every word of every
 * form component ({@link TaskForms#WORDS}) and every name a lifecycle's diagram draws ({@link DiagramWords#DRAWN}) has its
 * key in both bundles, and the Chinese of a diagram name is the model's own, so a renamed step fails here until the
 * bundles follow.
 */
class WorkbenchWordsTest {

    private static Properties chinese;
    private static Properties english;

    @BeforeAll
    static void bundles() throws IOException {
        chinese = bundle("messages.properties");
        english = bundle("messages_en.properties");
    }

    @Test
    void everyWordOfEveryFormHasItsKeyInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        int words = 0;
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
                for (JsonNode component : TaskForms.components(json.readTree(form.toFile()))) {
                    for (String property : TaskForms.WORDS) {
                        if (component.path(property).isTextual()) {
                            words++;
                            String key = TaskForms.key(component.path("id").asText(), property);
                            if (chinese.getProperty(key, "").isBlank() || english.getProperty(key, "").isBlank()) {
                                missing.add(form.getFileName() + ": " + key);
                            }
                        }
                    }
                }
            }
        }
        assertThat(words).isGreaterThan(50);
        assertThat(missing).as("form words without a key in both bundles").isEmpty();
    }

    @Test
    void everyNameALifecyclesDiagramDrawsHasItsKeyInBothLanguagesTheChineseBeingTheModels() throws Exception {
        List<String> problems = new ArrayList<>();
        int names = 0;
        for (CaseType type : CaseType.values()) {
            Path model = Path.of("processes", type.processKey() + ".bpmn");
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList all = factory.newDocumentBuilder().parse(model.toFile()).getElementsByTagNameNS(DiagramWords.BPMN, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                if (DiagramWords.DRAWN.contains(element.getLocalName()) && !element.getAttribute("name").isBlank()) {
                    names++;
                    String key = DiagramWords.key(type.processKey(), element.getAttribute("id"));
                    if (!element.getAttribute("name").equals(chinese.getProperty(key))) {
                        problems.add(key + ": Chinese is not the model's name '" + element.getAttribute("name") + "'");
                    }
                    if (english.getProperty(key, "").isBlank()) {
                        problems.add(key + ": no English");
                    }
                }
            }
        }
        assertThat(names).isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
