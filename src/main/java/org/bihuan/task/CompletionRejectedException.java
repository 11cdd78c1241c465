package org.bihuan.task;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A completion that reached the engine without passing the task's form or the lifecycle's rules (Tasklist, the
 * engine's REST API, {@code TaskService.complete}). It is the engine's form validation exception, which the
 * engine's REST API answers with 400, and the task stays open.
 */
public class CompletionRejectedException extends FormFieldValidationException {

    private final transient List<FieldError> errors;

    CompletionRejectedException(String taskKey, List<FieldError> errors) {
        super(List.copyOf(errors), "the " + taskKey + " form was not completed as it asks: " + errors.stream()
                .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** One entry per refused field, as our own API reports them. */
    public List<FieldError> errors() {
        return errors;
    }
}
