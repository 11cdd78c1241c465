package org.bihuan.lifecycle;

import java.util.List;

/**
 * A step (user task) a case of some type may be imported at.
 *
 * @param taskKey      the user task of the lifecycle's model the case starts before
 * @param names        what the ledger may call it besides the key (受理, 办理, 回访 …)
 * @param status       the case status a case at this step has (what the model's elements before it set)
 * @param deadline     the configured deadline ({@code bihuan.deadlines.<key>}) the step's due instant is recomputed
 *                     by, from the step's start, when the ledger gives none
 * @param unitRequired whether the step is a unit's (the case file then has that unit)
 */
public record LegacyStep(String taskKey, List<String> names, String status, String deadline, boolean unitRequired) {

    boolean isCalled(String word) {
        String w = word.strip();
        return taskKey.equalsIgnoreCase(w) || names.contains(w);
    }
}
