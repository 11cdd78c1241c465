package org.bihuan.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FormFilesTest {

    static final Set<String> COMPLAINT_TASKS = Set.of("acceptReview", "confirmBackdate", "supplement", "transfer", "signFor", "handle",
            "extension", "rehandle", "evaluate", "followUpCall", "reviewDissatisfaction", "superviseOverdue");
    /** The proposer's evaluation is the complaint's {@code evaluate} form, so it is not listed again. */
    static final Set<String> PROPOSAL_TASKS = Set.of("cosign", "review", "assign", "proposalSignFor", "coOpinion",
            "consult", "reply", "proposalExtension", "rehandleDecision", "leaderSupervision");
    /** The acts of the 督办 ladder (supervision-act.bpmn) beside superviseOverdue. */
    static final Set<String> SUPERVISION_TASKS = Set.of("supervisionResponse", "summons");
    static final Set<String> ALL_FORMS = union(union(COMPLAINT_TASKS, PROPOSAL_TASKS), SUPERVISION_TASKS);

    @Test
    void everyFormFileParsesAndIsNamedAfterItsUniqueId() {
        Set<String> ids = new HashSet<>();
        for (Path file : FormFiles.all()) {
            FormSchema schema = FormSchema.parse(FormFiles.json(file));
            assertThat(file.getFileName()).hasToString(schema.id() + ".form");
            assertThat(ids.add(schema.id())).as("id %s is unique", schema.id()).isTrue();
            assertThat(schema.fields()).as("%s has input fields", file).isNotEmpty();
        }
        assertThat(ids).hasSize(24).containsExactlyInAnyOrderElementsOf(ALL_FORMS);
    }

    /** Tasklist of Camunda 7.24 ships form-js with schema version 16 (see camunda-webapp-webjar's deps.js). */
    @Test
    void everyFormTargetsTheTasklistOfCamunda724() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (Path file : FormFiles.all()) {
            JsonNode form = json.readTree(FormFiles.json(file));
            assertThat(form.path("executionPlatform").asText()).as("%s", file).isEqualTo("Camunda Platform");
            assertThat(form.path("executionPlatformVersion").asText()).as("%s", file).isEqualTo("7.24.0");
            assertThat(form.path("schemaVersion").asInt()).as("%s", file).isEqualTo(16);
            assertThat(form.path("components").isArray()).as("%s", file).isTrue();
        }
    }

    @Test
    void everyFieldHasAChineseLabelAndEveryChoiceAnUpperCaseCode() {
        for (Path file : FormFiles.all()) {
            for (FormField field : FormSchema.parse(FormFiles.json(file)).fields()) {
                assertThat(field.label()).as("label of %s in %s", field.key(), file)
                        .matches(".*\\p{IsHan}.*");
                assertThat(field.values()).as("values of %s in %s", field.key(), file)
                        .allMatch(value -> value.matches("[A-Z][A-Z_]*"));
            }
        }
    }

    @Test
    void textareasAreLongTextsKeptInTheCaseFile() {
        FormSchema handle = FormFiles.schema("handle");

        assertThat(handle.isLongText("reply")).isTrue();
        assertThat(handle.isLongText("outcome")).isFalse();
        assertThat(handle.isLongText("amountRecovered")).isFalse();
        assertThat(handle.field("reply")).get().extracting(FormField::longText).isEqualTo(true);
    }

    @Test
    void rehandlingAsksForTheSameFieldsAsHandling() {
        assertThat(FormFiles.schema("rehandle").fields()).isEqualTo(FormFiles.schema("handle").fields());
    }

    @Test
    void theFollowUpCallAsksTheSameQuestionAsTheEnterprisesEvaluation() {
        assertThat(FormFiles.schema("followUpCall").fields().stream().map(FormFilesTest::question))
                .containsExactlyElementsOf(FormFiles.schema("evaluate").fields().stream()
                        .map(FormFilesTest::question).toList());
    }

    @Test
    void theProposalExtensionAsksTheSameQuestionAsTheComplaintExtension() {
        assertThat(FormFiles.schema("proposalExtension").fields().stream().map(FormFilesTest::question))
                .containsExactlyElementsOf(FormFiles.schema("extension").fields().stream()
                        .map(FormFilesTest::question).toList());
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> result = new HashSet<>(first);
        result.addAll(second);
        return Set.copyOf(result);
    }

    private static List<Object> question(FormField field) {
        return List.of(field.key(), field.type(), field.required(), field.values());
    }
}
