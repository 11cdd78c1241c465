package org.bihuan.task;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Loading from the classpath, without Spring: a broken form must stop the start. */
class FormSchemasLoadingTest {

    @Test
    void theFormsOfTheApplicationLoadFromTheClasspath() {
        FormSchemas forms = new FormSchemas(FormSchemas.LOCATION);

        assertThat(forms.ids()).containsExactlyInAnyOrderElementsOf(FormFilesTest.ALL_FORMS);
        assertThat(forms.get("acceptReview").id()).isEqualTo("acceptReview");
        assertThat(forms.json("acceptReview")).contains("\"id\": \"acceptReview\"", "不予受理");
    }

    @Test
    void anUnknownFormIsAMistake() {
        FormSchemas forms = new FormSchemas(FormSchemas.LOCATION);

        assertThatIllegalArgumentException().isThrownBy(() -> forms.get("approveLoan")).withMessageContaining("approveLoan");
        assertThatIllegalArgumentException().isThrownBy(() -> forms.json("approveLoan"));
    }

    @Test
    void twoFilesWithTheSameFormIdStopTheStart() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new FormSchemas("classpath*:form-fixtures/duplicate-id/**/*.form"))
                .withMessageContaining("form id 'sample' is defined twice")
                .withMessageContaining("one").withMessageContaining("two");
    }

    @Test
    void aFileNamedOtherwiseThanItsFormIdStopsTheStart() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new FormSchemas("classpath*:form-fixtures/misnamed/*.form"))
                .withMessageContaining("form id 'sample' does not match the file name 'other.form'");
    }

    @Test
    void invalidJsonStopsTheStartNamingTheFile() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new FormSchemas("classpath*:form-fixtures/invalid-json/*.form"))
                .withMessageContaining("invalid-json/sample.form")
                .withMessageContaining("not valid JSON");
    }

    @Test
    void anUnsupportedExpressionStopsTheStartNamingTheFormAndTheExpression() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new FormSchemas("classpath*:form-fixtures/unsupported-expression/*.form"))
                .withMessageContaining("form 'sample'")
                .withMessageContaining("'=amount > 100'");
    }
}
