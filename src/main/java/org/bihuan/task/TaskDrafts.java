package org.bihuan.task;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.identity.AppUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A task's form as a user left it, kept on the server per task and user, so work survives a closed tab or a switch
 * from the phone to the desk. Nothing is validated (a draft may be half done); it is gone when the task ends.
 */
@Service
@Transactional
public class TaskDrafts {

    private final JdbcClient jdbc;
    private final TaskCompletion tasks;
    private final ObjectMapper json;
    private final Clock clock;
    private final TaskProperties properties;

    TaskDrafts(JdbcClient jdbc, TaskCompletion tasks, ObjectMapper json, Clock clock, TaskProperties properties) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    public TaskDraft save(AppUser user, String taskId, Map<String, Object> values) {
        OpenTask task = tasks.taskFor(user, taskId);
        String data;
        try {
            data = json.writeValueAsString(values == null ? Map.of() : values);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("values", "cannot be kept as JSON");
        }
        if (data.length() > properties.draftMaxChars()) {
            throw new InvalidRequestException("values", "are larger than " + properties.draftMaxChars() + " characters as JSON");
        }
        Instant now = clock.instant();
        jdbc.sql("delete from task_draft where task_id = ? and username = ?").params(taskId, user.username()).update();
        jdbc.sql("insert into task_draft (task_id, username, case_no, saved_at, data) values (?, ?, ?, ?, ?)")
                .params(taskId, user.username(), task.caseNo(), utc(now), data).update();
        return new TaskDraft(taskId, parse(data), now);
    }

    @Transactional(readOnly = true)
    public Optional<TaskDraft> find(AppUser user, String taskId) {
        tasks.taskFor(user, taskId);
        return jdbc.sql("select task_id, saved_at, data from task_draft where task_id = ? and username = ?")
                .params(taskId, user.username())
                .query((rs, i) -> new TaskDraft(rs.getString("task_id"), parse(rs.getString("data")), instant(rs, "saved_at")))
                .optional();
    }

    public TaskDraft get(AppUser user, String taskId) {
        return find(user, taskId).orElseThrow(() -> new NotFoundException("no draft of task " + taskId));
    }

    public void discard(AppUser user, String taskId) {
        jdbc.sql("delete from task_draft where task_id = ? and username = ?").params(taskId, user.username()).update();
    }

    /** The task ended (completed or cancelled): nobody's draft of it is of use any more. */
    void taskEnded(String taskId) {
        jdbc.sql("delete from task_draft where task_id = ?").param(taskId).update();
    }

    private Map<String, Object> parse(String data) {
        try {
            return json.readValue(data, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored draft is not JSON", e);
        }
    }
}
