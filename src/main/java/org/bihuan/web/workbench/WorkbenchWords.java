package org.bihuan.web.workbench;

import org.bihuan.task.InboxRow;
import org.bihuan.web.PageLabels;
import org.springframework.stereotype.Component;

/**
 * What the workbench's pages say about a task, in the page's language: its step (a lifecycle's step, or a
 * supervision act's beside it), its due time in working days, the escalation level it reached, who holds it.
 * For templates as {@code ${@workbenchWords.due(row)}}.
 */
@Component("workbenchWords")
public class WorkbenchWords {

    private static final String SUPERVISION = "SUPERVISION";

    private final PageLabels labels;

    WorkbenchWords(PageLabels labels) {
        this.labels = labels;
    }

    /** The step's label: {@code step.<CASE_TYPE>.<key>}, else {@code step.SUPERVISION.<key>}, else the model's name. */
    public String step(String caseType, String taskKey, String modelName) {
        for (String scope : new String[]{caseType, SUPERVISION}) {
            if (scope != null) {
                String label = labels.step(scope, taskKey);
                if (!label.equals(taskKey)) {
                    return label;
                }
            }
        }
        return modelName == null ? taskKey : modelName;
    }

    public String step(InboxRow row) {
        return step(row.caseType(), row.taskKey(), row.name());
    }

    /** "2 working days left", "due today", "3 working days overdue", as the inbox counted them on the calendar. */
    public String due(InboxRow row) {
        if (row.due() == null) {
            return labels.message("workbench.due.none");
        }
        if (row.overdue()) {
            return labels.message("deadline.overdue", row.workingDaysOverdue());
        }
        return row.workingDaysLeft() == null || row.workingDaysLeft() == 0 ? labels.message("deadline.today")
                : labels.message("deadline.left", row.workingDaysLeft());
    }

    /** The 督办 ladder's level by its label (the timeline's words for it); blank for none. */
    public String level(String level) {
        return level == null ? "" : labels.of("timeline", level);
    }

    /** Who holds the task: nobody yet, the reader, or a colleague by name. */
    public String holder(InboxRow row) {
        if (row.assignee() == null) {
            return labels.message("workbench.holder.nobody");
        }
        return row.mine() ? labels.message("workbench.holder.me") : row.assigneeName();
    }
}
