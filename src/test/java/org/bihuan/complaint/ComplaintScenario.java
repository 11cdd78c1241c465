package org.bihuan.complaint;

import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.TimelineEvent;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.CamundaIdentitySync;
import org.bihuan.identity.Users;
import org.bihuan.support.EngineClock;
import org.bihuan.support.PostgresIntegrationTest;
import org.bihuan.support.TestUsers;
import org.bihuan.task.TaskCompletion;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives complaints through the application's own services (as the API does) with the engine clock under
 * the test's control; due timers run when the test says time has passed, like the job executor would.
 */
abstract class ComplaintScenario extends PostgresIntegrationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 2 March 2026, 09:00 in Shanghai: an ordinary working week with no holiday near. */
    static final Instant MONDAY_2_MARCH_0900 = at(2026, 3, 2, 9, 0);

    @Autowired
    ComplaintService complaints;
    @Autowired
    TaskCompletion taskCompletion;
    @Autowired
    Users users;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    CamundaIdentitySync identitySync;
    @Autowired
    ComplaintRecords complaintRecords;

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

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    AppUser user(String username) {
        return users.find(username).orElseThrow();
    }

    static ComplaintRequest request(boolean inLitigation) {
        return new ComplaintRequest(
                new ComplaintRequest.Complainant("杭州甲乙科技有限公司", TestUsers.ENT_A_CREDIT_CODE, "SMALL", "王经理",
                        "13800000001", "wang@jiayi.example", "杭州市西湖区文三路 1 号"),
                new ComplaintRequest.Respondent("某市城市建设集团有限公司", "91330100MA2H3B4C61", "LARGE_ENTERPRISE", "市本级",
                        "杭州市上城区解放路 2 号", "刘主任", "0571-88000000"),
                new BigDecimal("1234567.89"), "HT-2024-001", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31),
                "完成软件开发项目并验收合格，对方逾期一年未付款。", inLitigation);
    }

    String submitComplaint() {
        return complaints.submit(user("ent-a"), request(false)).trackingNo();
    }

    ProcessInstance process(String caseNo) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey("arrears-complaint").singleResult();
    }

    Task openTask(String caseNo, String taskKey) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).list();
        assertThat(tasks).as("open %s task of %s", taskKey, caseNo).hasSize(1);
        return tasks.get(0);
    }

    void complete(String username, String caseNo, String taskKey, Map<String, Object> fields) {
        taskCompletion.complete(user(username), openTask(caseNo, taskKey).getId(), fields);
    }

    /** Accepted, transferred to 财政局 (CZJ) and signed: the case waits in `handle`. */
    String complaintInHandling() {
        String caseNo = submitComplaint();
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        complete("intake", caseNo, "transfer", Map.of("unitCode", "CZJ"));
        complete("unit-a", caseNo, "signFor", Map.of("decision", "SIGN"));
        return caseNo;
    }

    /** Handled and replied: the complainant is asked to evaluate. */
    String complaintReplied() {
        String caseNo = complaintInHandling();
        complete("unit-a", caseNo, "handle", Map.of("outcome", "REPAYMENT_PLAN", "amountRecovered", "500000.00",
                "reply", "已约谈被投诉单位，双方签订分期还款协议，首期款项已支付。"));
        return caseNo;
    }

    /**
     * Moves the engine clock and runs the case's timers that are then due (its lifecycle and its deadline
     * watches), as the job executor would. Other tests' cases share the database and are left alone.
     */
    void timePasses(String caseNo, Instant to) {
        EngineClock.set(to);
        for (int round = 0; round < 20; round++) {
            List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list().stream()
                    .flatMap(p -> managementService.createJobQuery().processInstanceId(p.getId()).executable().list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs keep becoming due: a timer loop?");
    }

    CaseFile caseFile(String caseNo) {
        return caseFiles.get(caseNo);
    }

    List<String> timelineTypes(String caseNo) {
        return caseFiles.timeline(caseNo).stream().map(TimelineEvent::type).toList();
    }

    List<String> statusHistory(String caseNo) {
        return caseFiles.timeline(caseNo).stream().filter(e -> "STATUS".equals(e.type())).map(TimelineEvent::note).toList();
    }

    /** Templates of the notifications written for this case, to whom, in order. */
    List<String> notices(String caseNo) {
        return jdbc.sql("select template, recipient_username from notification where body like ? order by id")
                .param("%" + caseNo + "%")
                .query((rs, i) -> rs.getString("template") + "->" + rs.getString("recipient_username"))
                .list().stream().distinct().toList();
    }
}
