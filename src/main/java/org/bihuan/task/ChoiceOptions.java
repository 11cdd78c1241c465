package org.bihuan.task;

import java.util.List;

/**
 * The options that a form's choice field offers through {@code "valuesKey"}: choices that are data (units,
 * leaders, proposals) rather than a fixed list in the form. The same options are given to Tasklist (a task
 * variable named after the key) and to the API, and a completion must choose among them.
 */
public interface ChoiceOptions {

    /** The {@code valuesKey} the forms name, e.g. {@code unitOptions}. */
    String valuesKey();

    /** The options for this task, in the order they are shown. */
    List<ChoiceOption> offeredFor(OpenTask task);
}
