package org.bihuan.lifecycle;

import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.bihuan.task.TaskCompletion;

import java.util.HashMap;
import java.util.Map;

/** What a demo script does: act as a demo account, and complete that account's task on a case as a person would. */
public final class DemoActions {

    private final Users users;
    private final TaskCompletion tasks;

    DemoActions(Users users, TaskCompletion tasks) {
        this.users = users;
        this.tasks = tasks;
    }

    public AppUser user(String username) {
        return users.find(username).orElseThrow(() -> new IllegalStateException("no demo account " + username));
    }

    /** Completes the user's open task of this key on the case, validated like any other completion. */
    public void act(String username, String caseNo, String taskKey, Map<String, Object> fields) {
        tasks.completeAs(user(username), caseNo, taskKey, new HashMap<>(fields));
    }
}
