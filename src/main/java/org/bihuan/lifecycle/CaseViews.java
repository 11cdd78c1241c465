package org.bihuan.lifecycle;

import org.bihuan.casefile.Attachment;
import org.bihuan.casefile.Attachments;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseVisibility;
import org.bihuan.casefile.StepDeadlines;
import org.bihuan.casefile.TimelineEvent;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Users;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One case for an official, whatever its type: the kernel's view ({@link CaseDetails}) with the lifecycle's own part,
 * and the lifecycle's diagram ({@link CaseDiagram}). Both follow the one visibility rule: a case the official may not
 * see is not found.
 */
@Service
@Transactional(readOnly = true)
public class CaseViews {

    static final String CLOCK_PAUSED = "CLOCK_PAUSED";
    static final String CLOCK_RESUMED = "CLOCK_RESUMED";

    private final CaseFiles caseFiles;
    private final CaseVisibility visibility;
    private final StepDeadlines steps;
    private final Attachments attachments;
    private final Lifecycles lifecycles;
    private final List<CaseLetters> letterSources;
    private final Users users;
    private final RepositoryService repositoryService;
    private final HistoryService historyService;

    CaseViews(CaseFiles caseFiles, CaseVisibility visibility, StepDeadlines steps, Attachments attachments, Lifecycles lifecycles,
              List<CaseLetters> letterSources, Users users, RepositoryService repositoryService, HistoryService historyService) {
        this.caseFiles = caseFiles;
        this.visibility = visibility;
        this.steps = steps;
        this.attachments = attachments;
        this.lifecycles = lifecycles;
        this.letterSources = letterSources;
        this.users = users;
        this.repositoryService = repositoryService;
        this.historyService = historyService;
    }

    public CaseDetails details(AppUser user, String caseNo) {
        CaseFile file = visibleCase(user, caseNo);
        Lifecycle lifecycle = lifecycles.of(file.caseType());
        List<TimelineEvent> timeline = caseFiles.timeline(caseNo);
        Instant pausedSince = pausedSince(timeline);
        List<StepDeadlines.StepState> states = steps.states(caseNo, pausedSince);
        List<CaseDetails.NamedDeadline> deadlines = new ArrayList<>();
        caseFiles.deadlines(caseNo).forEach((name, due) -> deadlines.add(new CaseDetails.NamedDeadline(name, due,
                states.stream().filter(s -> s.stepKey().equals(name)).reduce((first, second) -> second)
                        .map(StepDeadlines.StepState::state).orElse(null))));
        List<CaseLetters.Letter> letters = letterSources.stream().flatMap(source -> source.letters(file).stream()).toList();
        return new CaseDetails(file.caseNo(), file.caseType(), file.title(), file.status(), file.channel(),
                file.unitCode() == null ? null : users.unit(file.unitCode())
                        .map(u -> new CaseDetails.UnitRef(u.code(), u.name()))
                        .orElse(new CaseDetails.UnitRef(file.unitCode(), file.unitCode())),
                file.currentStep(), file.currentDue(), file.overdue(), file.receivedAt(), file.closedAt(), file.closureReason(),
                file.satisfaction(), file.rehandleCount(), pausedSince, escalationLevel(states),
                lifecycle.details(user, caseNo), states, deadlines, attachments.list(caseNo), timeline,
                submitted(caseNo, lifecycle.replySteps()), submitted(caseNo, lifecycle.ratingSteps()), letters,
                "/api/cases/" + caseNo + "/diagram");
    }

    /** One piece of the case's evidence, for an official who may see the case. */
    public AttachmentFile attachment(AppUser user, String caseNo, long id) {
        visibleCase(user, caseNo);
        Attachment attachment = attachments.list(caseNo).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("no attachment " + id + " on case " + caseNo));
        return new AttachmentFile(attachment, attachments.content(caseNo, id));
    }

    /** An attachment with its content. */
    public record AttachmentFile(Attachment attachment, byte[] content) {
    }

    public CaseDiagram diagram(AppUser user, String caseNo) {
        CaseFile file = visibleCase(user, caseNo);
        if (file.processInstanceId() == null) {
            throw new NotFoundException("case " + caseNo + " has no process");
        }
        HistoricProcessInstance process = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(file.processInstanceId()).singleResult();
        if (process == null) {
            throw new NotFoundException("case " + caseNo + " has no process history");
        }
        String xml;
        try (InputStream model = repositoryService.getProcessModel(process.getProcessDefinitionId())) {
            xml = new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(file.processInstanceId()).list();
        Set<String> passed = new LinkedHashSet<>();
        activities.stream().filter(a -> a.getEndTime() != null)
                .sorted(Comparator.comparing(HistoricActivityInstance::getEndTime).thenComparing(HistoricActivityInstance::getId))
                .map(HistoricActivityInstance::getActivityId).filter(CaseViews::drawn).forEach(passed::add);
        Set<String> current = new LinkedHashSet<>();
        activities.stream().filter(a -> a.getEndTime() == null)
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime).thenComparing(HistoricActivityInstance::getId))
                .map(HistoricActivityInstance::getActivityId).filter(CaseViews::drawn).forEach(current::add);
        return new CaseDiagram(caseNo, process.getProcessDefinitionKey(), process.getProcessDefinitionId(), xml,
                List.copyOf(passed), List.copyOf(current));
    }

    /** Multi-instance bodies ("handle#multiInstanceBody") are the engine's, not elements of the drawing. */
    private static boolean drawn(String activityId) {
        return activityId != null && !activityId.contains("#");
    }

    private CaseFile visibleCase(AppUser user, String caseNo) {
        if (!user.isOfficial()) {
            throw new ForbiddenException("the case view is for officials; an enterprise or a member reads its own cases");
        }
        return caseFiles.find(caseNo).filter(f -> visibility.canSee(user, f))
                .orElseThrow(() -> new NotFoundException("no case " + caseNo));
    }

    private List<CaseDetails.Submitted> submitted(String caseNo, List<String> stepKeys) {
        List<CaseDetails.Submitted> all = new ArrayList<>();
        for (String key : stepKeys) {
            caseFiles.submissions(caseNo, key).forEach(s -> all.add(new CaseDetails.Submitted(key, s.actor(), s.at(), s.data())));
        }
        all.sort(Comparator.comparing(CaseDetails.Submitted::at));
        return all;
    }

    /** The clock stops with a CLOCK_PAUSED event and runs again with CLOCK_RESUMED; the latest of them tells. */
    private static Instant pausedSince(List<TimelineEvent> timeline) {
        TimelineEvent last = null;
        for (TimelineEvent event : timeline) {
            if (CLOCK_PAUSED.equals(event.type()) || CLOCK_RESUMED.equals(event.type())) {
                last = event;
            }
        }
        return last != null && CLOCK_PAUSED.equals(last.type()) ? last.at() : null;
    }

    private static String escalationLevel(List<StepDeadlines.StepState> states) {
        return states.stream().filter(s -> s.completedAt() == null && s.cancelledAt() == null)
                .map(StepDeadlines.StepState::escalationLevel).filter(Objects::nonNull).reduce((a, b) -> b)
                .orElseGet(() -> states.stream().map(StepDeadlines.StepState::escalationLevel).filter(Objects::nonNull)
                        .reduce((a, b) -> b).orElse(null));
    }

}
