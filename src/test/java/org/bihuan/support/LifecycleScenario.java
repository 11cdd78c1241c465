package org.bihuan.support;

import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.TimelineEvent;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.CamundaIdentitySync;
import org.bihuan.identity.Users;
import org.bihuan.task.TaskCompletion;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives cases through the application's own services (as the API does) with the engine clock under the
 * test's control; due timers run when the test says time has passed, like the job executor would.
 */
public abstract class LifecycleScenario extends PostgresIntegrationTest {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 2 March 2026, 09:00 in Shanghai: an ordinary working week with no holiday near. */
    public static final Instant MONDAY_2_MARCH_0900 = at(2026, 3, 2, 9, 0);

    @Autowired
    protected TaskCompletion taskCompletion;
    @Autowired
    protected Users users;
    @Autowired
    protected CaseFiles caseFiles;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected ProcessEngine processEngine;
    @Autowired
    protected RuntimeService runtimeService;
    @Autowired
    protected TaskService taskService;
    @Autowired
    protected ManagementService managementService;
    @Autowired
    protected CamundaIdentitySync identitySync;

    @BeforeEach
    void startTheWeek() {
        TestUsers.ensure(jdbc);
        identitySync.syncToCamunda();
        BpmnAwareTests.init(processEngine);
        EngineClock.set(MONDAY_2_MARCH_0900);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    public static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    protected AppUser user(String username) {
        return users.find(username).orElseThrow();
    }

    protected List<Task> openTasks(String caseNo, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).list();
    }

    protected Task openTask(String caseNo, String taskKey) {
        List<Task> tasks = openTasks(caseNo, taskKey);
        assertThat(tasks).as("open %s task of %s", taskKey, caseNo).hasSize(1);
        return tasks.get(0);
    }

    protected void complete(String username, String caseNo, String taskKey, Map<String, Object> fields) {
        taskCompletion.complete(user(username), openTask(caseNo, taskKey).getId(), fields);
    }

    /** Completes the one open task of this key that is offered to the user (several units answer a multi-instance step). */
    protected void completeMine(String username, String caseNo, String taskKey, Map<String, Object> fields) {
        var mine = taskCompletion.tasksOf(user(username), caseNo).stream().filter(t -> t.taskKey().equals(taskKey)).toList();
        assertThat(mine).as("%s's open %s task of %s", username, taskKey, caseNo).hasSize(1);
        taskCompletion.complete(user(username), mine.get(0).id(), fields);
    }

    /**
     * Moves the engine clock and runs the case's timers that are then due (its lifecycle and its deadline
     * watches), as the job executor would. Other tests' cases share the database and are left alone.
     */
    protected void timePasses(String caseNo, Instant to) {
        EngineClock.passTo(runtimeService, managementService, caseNo, to);
    }

    protected CaseFile caseFile(String caseNo) {
        return caseFiles.get(caseNo);
    }

    protected List<String> timelineTypes(String caseNo) {
        return caseFiles.timeline(caseNo).stream().map(TimelineEvent::type).toList();
    }

    protected List<String> statusHistory(String caseNo) {
        return caseFiles.timeline(caseNo).stream().filter(e -> "STATUS".equals(e.type())).map(TimelineEvent::note).toList();
    }

    /** Templates of the notifications written for this case, to whom, in order. */
    protected List<String> notices(String caseNo) {
        return jdbc.sql("select template, recipient_username from notification where body like ? order by id")
                .param("%" + caseNo + "%")
                .query((rs, i) -> rs.getString("template") + "->" + rs.getString("recipient_username"))
                .list().stream().distinct().toList();
    }
}
