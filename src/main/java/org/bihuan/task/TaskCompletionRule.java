package org.bihuan.task;

import java.util.List;
import java.util.Map;

/**
 * A rule of a lifecycle that a form cannot express (e.g. "a complaint in litigation cannot be accepted").
 * Checked after the form's own validation and before the engine sees anything; a broken rule is a 400
 * naming the field, and nothing is stored.
 */
public interface TaskCompletionRule {

    boolean appliesTo(OpenTask task);

    /** @param values the submitted values, already validated and typed by the task's form */
    List<FieldError> check(OpenTask task, Map<String, Object> values);
}
