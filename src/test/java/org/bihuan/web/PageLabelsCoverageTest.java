package org.bihuan.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Pattern;
import org.bihuan.casefile.CaseType;
import org.bihuan.identity.Role;
import org.bihuan.lifecycle.StatusVocabulary;
import org.bihuan.support.PostgresIntegrationTest;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code a page may show has a label in both languages: the statuses and user task keys of the deployed
 * models, the roles, the options of every form's choice fields, and the enumerated values of the request records.
 * The bundles are read as files, so a key missing in English is not hidden by the Chinese default.
 */
class PageLabelsCoverageTest extends PostgresIntegrationTest {

    private static Properties chinese;
    private static Properties english;

    @Autowired
    StatusVocabulary vocabulary;

    @BeforeAll
    static void bundles() throws IOException {
        chinese = bundle("messages.properties");
        english = bundle("messages_en.properties");
    }

    @Test
    void everyStatusAndStepOfTheModelsHasALabelInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (CaseType type : CaseType.values()) {
            assertThat(vocabulary.statuses(type)).as("statuses of %s", type).isNotEmpty();
            assertThat(vocabulary.userTaskKeys(type)).as("steps of %s", type).isNotEmpty();
            vocabulary.statuses(type).forEach(status -> keys.add("status." + type + "." + status));
            vocabulary.userTaskKeys(type).forEach(step -> keys.add("step." + type + "." + step));
        }
        assertLabelled(keys);
    }

    @Test
    void everyStepOfTheSupervisionActHasALabelInBothLanguages() throws IOException {
        try (InputStream model = Files.newInputStream(Path.of("processes/supervision-act.bpmn"))) {
            List<String> keys = Bpmn.readModelFromStream(model).getModelElementsByType(UserTask.class).stream()
                    .map(task -> "step.SUPERVISION." + task.getId()).toList();
            assertThat(keys).isNotEmpty();
            assertLabelled(keys);
        }
    }

    @Test
    void everyRoleHasALabelInBothLanguages() {
        assertLabelled(Stream.of(Role.values()).map(role -> "role." + role.name()).toList());
    }

    @Test
    void everyOptionOfEveryFormsChoiceFieldHasALabelInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
                String name = form.getFileName().toString().replace(".form", "");
                collectChoices(name, json.readTree(form.toFile()).path("components"), keys);
            }
        }
        assertThat(keys).hasSizeGreaterThan(20);
        assertLabelled(keys);
    }

    /** The request records' enumerated fields (a @Pattern of alternatives) and the group whose labels they use. */
    @Test
    void everyEnumeratedValueOfTheRequestRecordsHasALabelInBothLanguages() throws ReflectiveOperationException {
        Map<String, String> groups = Map.of(
                "org.bihuan.complaint.ComplaintRequest$Complainant.sizeClass", "sizeClass",
                "org.bihuan.complaint.ComplaintRequest$Respondent.type", "respondentType",
                "org.bihuan.proposal.ProposalRequest.type", "proposalType");
        List<String> keys = new ArrayList<>();
        for (var entry : groups.entrySet()) {
            String[] recordAndField = entry.getKey().split("\\.(?=[a-zA-Z]+$)");
            Class<?> record = Class.forName(recordAndField[0]);
            // a record component's constraint lands on its field (Pattern has no RECORD_COMPONENT target)
            Pattern pattern = record.getDeclaredField(recordAndField[1]).getAnnotation(Pattern.class);
            assertThat(pattern).as("the @Pattern of %s", entry.getKey()).isNotNull();
            for (String value : pattern.regexp().split("\\|")) {
                keys.add(entry.getValue() + "." + value);
            }
        }
        assertLabelled(keys);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys of messages_en.properties")
                .isEqualTo(new TreeSet<>(chinese.stringPropertyNames()));
    }

    private static void collectChoices(String form, JsonNode components, List<String> keys) {
        for (JsonNode component : components) {
            for (JsonNode option : component.path("values")) {
                keys.add("choice." + form + "." + component.path("key").asText() + "." + option.path("value").asText());
            }
            collectChoices(form, component.path("components"), keys);
        }
    }

    private static void assertLabelled(List<String> keys) {
        Set<String> missingInChinese = new TreeSet<>();
        Set<String> missingInEnglish = new TreeSet<>();
        for (String key : keys) {
            if (chinese.getProperty(key, "").isBlank()) {
                missingInChinese.add(key);
            }
            if (english.getProperty(key, "").isBlank()) {
                missingInEnglish.add(key);
            }
        }
        assertThat(missingInChinese).as("keys without a label in messages.properties").isEmpty();
        assertThat(missingInEnglish).as("keys without a label in messages_en.properties").isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
