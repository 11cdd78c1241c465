package org.bihuan.supervision;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bihuan.complaint.ComplaintFixtures;
import org.bihuan.support.LifecycleScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One complaint walked up the whole ladder with the engine clock moved. Its handle step is due Wednesday
 * 1 April 2026 17:30 (30 days from signing on 2 March). With the default levels:
 * 预警 -2WD → Monday 30 March; 超期催办 at the deadline; 督办书 +5WD → Thursday 9 April (清明 4–6 April is off:
 * 2, 3, 7, 8, 9); 约谈 +10WD → Thursday 16 April (10, 13, 14, 15, 16); 通报 +15WD → Thursday 23 April
 * (17, 20, 21, 22, 23).
 */
class EscalationLadderScenariosTest extends LifecycleScenario {

    @Autowired
    ApplicationContext context;
    @Autowired
    Escalations escalations;
    @Autowired
    SupervisionQueries queries;
    @Autowired
    SupervisionLedger ledger;
    @Autowired
    org.bihuan.document.DocumentRegister documents;

    ComplaintFixtures complaints;

    @BeforeEach
    void fixtures() {
        complaints = new ComplaintFixtures(context);
    }

    @Test
    void anOverdueStepClimbsEveryLevelAndTheLedgerShowsWhatWasDone() {
        String caseNo = complaints.inHandling();

        timePasses(caseNo, at(2026, 3, 30, 17, 31));
        assertThat(levels(caseNo)).containsExactly("WARNING");

        timePasses(caseNo, at(2026, 4, 1, 17, 31));
        assertThat(levels(caseNo)).containsExactly("WARNING", "OVERDUE");
        assertThat(caseFile(caseNo).overdue()).isTrue();
        assertThat(notices(caseNo)).contains("step.overdue->unit-a", "step.overdue->head-a", "step.escalated->supervisor");
        assertThat(openTasks(caseNo, "superviseOverdue")).hasSize(1);

        timePasses(caseNo, at(2026, 4, 9, 17, 31));
        LedgerEntry letter = entry(caseNo, "SUPERVISION_LETTER");
        assertThat(letter.letterNo()).matches("督〔2026〕\\d+号");
        assertThat(letter.answerDueAt()).isEqualTo(at(2026, 4, 16, 17, 30));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("supervisionResponse")
                .taskCandidateGroup("CZJ").count()).isEqualTo(1);
        complete("unit-a", caseNo, "supervisionResponse", Map.of("progress", "正在协调被投诉单位筹措资金。", "measures", "4月20日前办结。"));
        assertThat(entry(caseNo, "SUPERVISION_LETTER").status()).isEqualTo("ANSWERED");
        assertThat(entry(caseNo, "SUPERVISION_LETTER").answer()).contains("筹措资金");
        assertThat(entry(caseNo, "SUPERVISION_LETTER").answeredBy()).isEqualTo("unit-a");

        timePasses(caseNo, at(2026, 4, 16, 17, 31));
        assertThat(levels(caseNo)).contains("SUMMONS");
        complete("supervisor", caseNo, "summons", Map.of("date", "2026-04-17", "attendees", "财政局卫局长", "summary", "承诺一周内办结。"));
        assertThat(entry(caseNo, "SUMMONS").status()).isEqualTo("RECORDED");

        timePasses(caseNo, at(2026, 4, 23, 17, 31));
        assertThat(levels(caseNo)).containsExactly("WARNING", "OVERDUE", "SUPERVISION_LETTER", "SUMMONS", "PUBLIC_NOTICE");
        assertThat(queries.notices(null, null, null)).anySatisfy(n -> assertThat(n.caseNo()).isEqualTo(caseNo));
        // 1 April to 23 April is 15 working days overdue
        assertThat(queries.overdue("COMPLAINT", "CZJ", null, null)).filteredOn(o -> o.caseNo().equals(caseNo)).singleElement()
                .satisfies(o -> {
                    assertThat(o.overdueWorkingDays()).isEqualTo(15);
                    assertThat(o.aging()).isEqualTo("11-20");
                    assertThat(o.escalationLevel()).isEqualTo("PUBLIC_NOTICE");
                    assertThat(o.supervisionCount()).isEqualTo(5);
                    assertThat(o.unitName()).isEqualTo("市财政局");
                });

        // answered late: the escalation stops, the record stays
        complaints.act("unit-a", caseNo, "handle", Map.of("outcome", "PAID_IN_FULL", "amountRecovered", "1234567.89", "reply", "已全额支付。"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).processDefinitionKey("deadline-watch")
                .variableValueEquals("stepKey", "handle").count()).isZero();
        assertThat(openTasks(caseNo, "superviseOverdue")).isEmpty();
        assertThat(entry(caseNo, "OVERDUE").status()).isEqualTo("STEP_DONE");
        assertThat(queries.overdue(null, null, null, null)).noneMatch(o -> o.caseNo().equals(caseNo));
        assertThat(caseFile(caseNo).overdueCount()).isEqualTo(1);
        assertThat(timelineTypes(caseNo)).contains("WARNING", "OVERDUE", "SUPERVISION_LETTER", "SUMMONS", "PUBLIC_NOTICE");
    }

    @Test
    void completingTheStepStopsTheLadderBeforeTheNextLevel() {
        String caseNo = complaints.inHandling();
        timePasses(caseNo, at(2026, 4, 1, 17, 31));

        complaints.act("unit-a", caseNo, "handle", Map.of("outcome", "UNFOUNDED", "amountRecovered", "0", "reply", "投诉事项不成立。"));
        timePasses(caseNo, at(2026, 4, 24, 9, 0));

        assertThat(levels(caseNo)).containsExactly("WARNING", "OVERDUE");
    }

    @Test
    void aSupervisorIssuesASupervisionLetterByHandAndTheUnitAnswers() {
        String caseNo = complaints.inHandling();

        assertThatThrownBy(() -> escalations.byHand(user("unit-a"), caseNo, "SUPERVISION_LETTER", "x"))
                .isInstanceOf(org.bihuan.domain.ForbiddenException.class);
        LedgerEntry entry = escalations.byHand(user("supervisor"), caseNo, "SUPERVISION_LETTER", "请加快办理，按期答复投诉人。");

        assertThat(entry.manual()).isTrue();
        assertThat(entry.by()).isEqualTo("supervisor");
        assertThat(entry.stepKey()).isEqualTo("handle");
        assertThat(entry.unitCode()).isEqualTo("CZJ");
        // 5 working days from Monday 2 March
        assertThat(entry.answerDueAt()).isEqualTo(at(2026, 3, 9, 17, 30));
        complete("unit-a", caseNo, "supervisionResponse", Map.of("progress", "已约谈被投诉单位。", "measures", "本周内答复。"));

        LedgerEntry answered = ledger.get(entry.id());
        assertThat(answered.status()).isEqualTo("ANSWERED");
        assertThat(ledger.find(new SupervisionLedger.Filter(caseNo, null, null, null, null, null, 100)))
                .extracting(LedgerEntry::level, LedgerEntry::manual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SUPERVISION_LETTER", true));
        // a manual 督办 does not mark the case overdue
        assertThat(caseFile(caseNo).overdue()).isFalse();
    }

    @Test

    void theSupervisionLetterIsANumberedDatedPdfNamingTheUnitAndTheAnswerDeadline() throws IOException {
        String caseNo = complaints.inHandling();
        LedgerEntry entry = escalations.byHand(user("supervisor"), caseNo, "SUPERVISION_LETTER", "请按期办结。");

        byte[] pdf = documents.pdf(documents.byNumber(entry.letterNo()).orElseThrow());

        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("督办通知书", entry.letterNo(), "市财政局", caseNo, "2026-03-0917:30", "2026年3月2日");
        }
    }

    private List<String> levels(String caseNo) {
        return ledger.find(new SupervisionLedger.Filter(caseNo, null, null, null, null, null, 100)).stream()
                .map(LedgerEntry::level).collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> { java.util.Collections.reverse(l); return l; }));
    }

    private LedgerEntry entry(String caseNo, String level) {
        return ledger.find(new SupervisionLedger.Filter(caseNo, null, null, level, null, null, 100)).get(0);
    }
}
