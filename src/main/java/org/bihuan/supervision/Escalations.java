package org.bihuan.supervision;

import static org.bihuan.persistence.SqlTime.utc;

import org.bihuan.domain.ConflictException;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.calendar.Deadlines;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.Display;
import org.bihuan.casefile.StepDeadlines;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.CaseDocuments;
import org.bihuan.notification.Notifications;
import org.bihuan.notification.Recipient;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a level of the 督办 ladder to a step — the same whether the deadline watch reached it or a
 * supervisor chose it by hand: a line in the ledger, the notices, the case's overdue mark, a numbered
 * letter, the public notice list, and the human act the level asks for (supervision-act.bpmn).
 */
@Service
@Transactional
public class Escalations {

    static final String ACT_PROCESS = "supervision-act";

    private final EscalationLadder ladder;
    private final SupervisionLedger ledger;
    private final CaseFiles caseFiles;
    private final CaseDocuments documents;
    private final StepDeadlines steps;
    private final ResponsiblePeople responsiblePeople;
    private final Users users;
    private final Notifications notifications;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final RuntimeService runtimeService;
    private final JdbcClient jdbc;
    private final Clock clock;

    Escalations(EscalationLadder ladder, SupervisionLedger ledger, CaseFiles caseFiles, CaseDocuments documents, StepDeadlines steps,
                ResponsiblePeople responsiblePeople, Users users, Notifications notifications, Deadlines deadlines,
                WorkingDayCalendar calendar, @Lazy RuntimeService runtimeService, JdbcClient jdbc, Clock clock) {
        this.ladder = ladder;
        this.ledger = ledger;
        this.caseFiles = caseFiles;
        this.documents = documents;
        this.steps = steps;
        this.responsiblePeople = responsiblePeople;
        this.users = users;
        this.notifications = notifications;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The deadline watch reached a level for an open step. */
    LedgerEntry reached(String levelName, Step step) {
        return apply(ladder.level(levelName), step, false, CaseFiles.SYSTEM, null);
    }

    /** 督办 by hand on any open case: the level the supervisor chose, with a note, on the step the case waits in. */
    public LedgerEntry byHand(AppUser supervisor, String caseNo, String levelName, String note) {
        requireSupervisor(supervisor);
        EscalationProperties.Level level;
        try {
            level = ladder.level(levelName);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequestException("level", "must be one of " + ladder.levels().stream().map(EscalationProperties.Level::name).toList());
        }
        CaseFile file = caseFiles.get(caseNo);
        if (file.closedAt() != null) {
            throw new ConflictException("case " + caseNo + " is closed; there is nothing to supervise");
        }
        Step step = openStep(file);
        return apply(level, step, true, supervisor.username(), note);
    }

    /** Only a supervisor (or an administrator) starts a 督办 by hand. */
    static void requireSupervisor(AppUser user) {
        if (!user.has(Role.SUPERVISOR) && !user.has(Role.ADMIN)) {
            throw new ForbiddenException("only a supervisor starts 督办 by hand");
        }
    }

    /** 催办 by hand on one open step (a unit's overdue steps at once): the level given, on that step, with the note. */
    LedgerEntry onStep(AppUser supervisor, String levelName, OverdueStep step, String note) {
        CaseFile file = caseFiles.get(step.caseNo());
        if (file.closedAt() != null) {
            throw new ConflictException("case " + step.caseNo() + " is closed; there is nothing to supervise");
        }
        return apply(ladder.level(levelName), new Step(step.caseNo(), step.taskId(), step.stepKey(), step.stepName(), step.unitCode(),
                step.dueAt()), true, supervisor.username(), note);
    }

    /** The human act of a ledger line was done (a supervisor's record, the unit's answer, the 约谈 record). */
    void actDone(long ledgerId, String actor, String answer) {
        LedgerEntry entry = ledger.get(ledgerId);
        String status = "UNIT_RESPONSE".equals(ladder.level(entry.level()).act()) ? "ANSWERED" : "RECORDED";
        ledger.answer(ledgerId, status, actor, clock.instant(), answer);
    }

    void stepDone(long ledgerId) {
        ledger.stepDone(ledgerId);
    }

    private LedgerEntry apply(EscalationProperties.Level level, Step step, boolean manual, String by, String note) {
        Instant now = clock.instant();
        CaseFile file = caseFiles.get(step.caseNo());
        ResponsiblePeople.Responsible responsible = step.taskId() == null
                ? responsiblePeople.ofUnit(step.unitCode())
                : responsiblePeople.of(step.taskId());
        String unitCode = step.unitCode() != null ? step.unitCode() : file.unitCode();
        Instant answerDue = "UNIT_RESPONSE".equals(level.act()) ? deadlines.due("supervision.response", now) : null;
        String letterNo = level.letter() ? issueLetter(file, step, unitCode, note, now, answerDue, level.name(), manual) : null;
        LedgerEntry entry = new LedgerEntry(0, file.caseNo(), file.caseType().name(), step.taskId(), step.stepKey(), step.stepName(),
                unitCode, level.name(), manual, now, by, note, step.due(), letterNo, answerDue, null, null, null,
                level.needsHumanAct() ? "OPEN" : "NOTIFIED");
        long id = ledger.add(entry);

        if (step.taskId() != null) {
            steps.escalated(step.taskId(), level.name(), level.marksOverdue());
        }
        if (level.marksOverdue()) {
            caseFiles.markOverdue(file.caseNo());
        }
        String due = step.due() == null ? "" : Display.dateTime(step.due(), calendar.zone());
        caseFiles.record(file.caseNo(), level.name(), by, level.label() + "：" + step.stepName()
                + (step.due() == null ? "" : "（期限 " + due + "）") + "，" + responsible.unitName()
                + (letterNo == null ? "" : "，" + letterNo) + (note == null || note.isBlank() ? "" : "。" + note));
        if (level.publicNotice()) {
            jdbc.sql("insert into public_notice (case_no, ledger_id, unit_code, at, text) values (?, ?, ?, ?, ?)")
                    .params(file.caseNo(), id, unitCode, utc(now),
                            responsible.unitName() + "办理“" + file.title() + "”（" + file.caseNo() + "）" + step.stepName() + "环节严重超期")
                    .update();
        }
        notify(level, file, step, responsible, unitCode, due, letterNo, answerDue, id);
        if (level.needsHumanAct()) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("caseNo", file.caseNo());
            variables.put("caseTitle", file.title());
            variables.put("act", level.act());
            variables.put("ledgerId", id);
            variables.put("taskId", step.taskId());
            variables.put("unitGroup", unitCode);
            variables.put("answerDue", answerDue == null ? null : Date.from(answerDue));
            variables.put("level", level.name());
            runtimeService.startProcessInstanceByKey(ACT_PROCESS, file.caseNo(), variables);
        }
        return ledger.get(id);
    }

    private void notify(EscalationProperties.Level level, CaseFile file, Step step, ResponsiblePeople.Responsible responsible,
                        String unitCode, String due, String letterNo, Instant answerDue, long ledgerId) {
        Map<String, Object> params = new HashMap<>(Map.of("caseNo", file.caseNo(), "title", file.title(), "stepName", step.stepName(),
                "due", due, "unitName", responsible.unitName()));
        if (letterNo != null) {
            params.put("letterNo", letterNo);
        }
        if (answerDue != null) {
            params.put("answerDeadline", Display.dateTime(answerDue, calendar.zone()));
        }
        Map<String, Recipient> unitSide = new LinkedHashMap<>();
        if (level.recipients().contains("RESPONSIBLE")) {
            responsible.recipients().forEach(r -> unitSide.putIfAbsent(r.username(), r));
        }
        if (level.recipients().contains("UNIT_HEAD") && unitCode != null) {
            ResponsiblePeople.recipients(users.headsOfUnit(unitCode)).forEach(r -> unitSide.putIfAbsent(r.username(), r));
        }
        String key = "escalation:" + ledgerId;
        if (!unitSide.isEmpty()) {
            notifications.send(level.template(), params, unitSide.values(), key);
        }
        if (level.recipients().contains("SUPERVISORS")) {
            String template = level.supervisorTemplate() == null ? level.template() : level.supervisorTemplate();
            notifications.send(template, params, responsiblePeople.supervisors(), key);
        }
    }

    /** The step the case waits in now: its newest open step with a deadline, or the case as a whole. */
    private Step openStep(CaseFile file) {
        return steps.newestOpen(file.caseNo())
                .map(open -> new Step(file.caseNo(), open.taskId(), open.stepKey(), open.stepName(), open.unitCode(), open.dueAt()))
                .orElseGet(() -> new Step(file.caseNo(), null, file.currentStep(), file.currentStep() == null ? "办理" : file.currentStep(),
                        file.unitCode(), file.currentDue()));
    }

    /**
     * 督办通知书: the numbered document to the unit (series DB, 督〔2026〕3号), issued with the ledger line; the
     * level's own notice to the unit names it. The ladder's letter is issued once per step, level and instant (a retried
     * job finds it in the register); a supervisor's 督办 by hand is an act of its own, even at the instant the ladder
     * acted, so it is never taken for the ladder's letter.
     */
    private String issueLetter(CaseFile file, Step step, String unitCode, String note, Instant now, Instant answerDue, String level,
                               boolean byHand) {
        Map<String, Object> params = new HashMap<>();
        params.put("caseKind", file.caseType() == org.bihuan.casefile.CaseType.COMPLAINT ? "拖欠中小企业账款投诉" : "政协提案");
        params.put("stepName", step.stepName());
        params.put("dueClause", step.due() == null ? "" : "应于" + Display.dateTime(step.due(), calendar.zone()) + "前完成，");
        boolean late = step.due() != null && step.due().isBefore(now);
        int overdue = late ? calendar.workingDaysBetween(LocalDate.ofInstant(step.due(), calendar.zone()),
                LocalDate.ofInstant(now, calendar.zone())) : 0;
        params.put("lateClause", late ? "截至本通知发出时仍未办结" + (overdue > 0 ? "，已超期" + overdue + "个工作日" : "") : "目前尚未办结");
        Instant answerBy = answerDue != null ? answerDue : deadlines.due("supervision.response", now);
        params.put("answerDeadline", Display.dateTime(answerBy, calendar.zone()));
        params.put("note", note);
        params.put("issuer", ladder.issuer());
        String source = "supervision:" + file.caseNo() + ":" + (step.taskId() == null ? "case" : step.taskId()) + ":" + level
                + ":" + (byHand ? "by-hand:" + java.util.UUID.randomUUID() : now.toEpochMilli());
        return documents.toUnit(file.caseNo(), unitCode, "SUPERVISION_LETTER", params, source).documentNo();
    }

    String unitName(String unitCode) {
        return unitCode == null ? "" : users.unit(unitCode).map(Unit::name).orElse(unitCode);
    }

    String issuer() {
        return ladder.issuer();
    }

    /** A step being escalated: its task (null for a case-level 督办 by hand), key, name, unit and due instant. */
    record Step(String caseNo, String taskId, String stepKey, String stepName, String unitCode, Instant due) {
    }

    List<EscalationProperties.Level> levels() {
        return ladder.levels();
    }
}
