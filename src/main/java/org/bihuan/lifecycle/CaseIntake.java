package org.bihuan.lifecycle;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseChannel;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseNumbers;
import org.bihuan.casefile.CaseType;
import org.bihuan.identity.AppUser;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Opens a case of any type: takes its number, opens the case file, lets the lifecycle store its own record,
 * starts the lifecycle's process under the case number. A submission that fails after its number was taken
 * leaves the number in the register as void, with the reason.
 */
@Service
@Transactional
public class CaseIntake {

    private final Lifecycles lifecycles;
    private final CaseNumbers numbers;
    private final CaseFiles caseFiles;
    private final RuntimeService runtimeService;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    CaseIntake(Lifecycles lifecycles, CaseNumbers numbers, CaseFiles caseFiles, RuntimeService runtimeService,
               WorkingDayCalendar calendar, Clock clock) {
        this.lifecycles = lifecycles;
        this.numbers = numbers;
        this.caseFiles = caseFiles;
        this.runtimeService = runtimeService;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * @param storeRecord writes the lifecycle's own row(s) for the new case number
     * @param variables   the lifecycle's start variables; the kernel adds caseNo, caseTitle, rehandleCount and receivedAt
     */
    public Opened open(CaseType type, AppUser owner, String title, Instant receivedAt, Consumer<String> storeRecord,
                       Map<String, Object> variables) {
        return open(type, owner, title, receivedAt, CaseChannel.WEB, storeRecord, variables);
    }

    /**
     * Opens a case that came in through {@code channel} at {@code receivedAt}, which may lie in the past (an
     * official files what arrived by phone or post): the case's clocks count from then.
     */
    public Opened open(CaseType type, AppUser owner, String title, Instant receivedAt, CaseChannel channel,
                       Consumer<String> storeRecord, Map<String, Object> variables) {
        Lifecycle lifecycle = lifecycles.of(type);
        int year = lifecycle.numberYear(LocalDate.ofInstant(receivedAt, calendar.zone()));
        String caseNo = numbers.next(lifecycle.numberSeries(), year, sequence -> lifecycle.caseNumber(year, sequence));
        try {
            caseFiles.open(CaseFile.opened(caseNo, type, title, "SUBMITTED", owner.username(), receivedAt, channel));
            storeRecord.accept(caseNo);
            Map<String, Object> all = new HashMap<>(variables);
            all.put("caseNo", caseNo);
            all.put("caseTitle", title);
            all.put("rehandleCount", 0);
            all.put("receivedAt", Date.from(receivedAt));
            all.put("channel", channel.name());
            ProcessInstance instance = runtimeService.startProcessInstanceByKey(type.processKey(), caseNo, all);
            caseFiles.linkProcess(caseNo, instance.getId());
            return new Opened(caseNo, receivedAt);
        } catch (RuntimeException failed) {
            numbers.voidReason(lifecycle.numberSeries(), caseNo,
                    failed.getClass().getSimpleName() + ": " + NestedExceptionUtils.getMostSpecificCause(failed).getMessage());
            throw failed;
        }
    }

    /** Opens now. */
    public Opened open(CaseType type, AppUser owner, String title, Consumer<String> storeRecord, Map<String, Object> variables) {
        return open(type, owner, title, clock.instant(), storeRecord, variables);
    }

    public record Opened(String caseNo, Instant receivedAt) {
    }
}
