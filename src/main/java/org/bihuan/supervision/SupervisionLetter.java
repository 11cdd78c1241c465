package org.bihuan.supervision;

import org.bihuan.domain.ConflictException;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.Display;
import org.bihuan.document.Letter;
import org.bihuan.document.LetterPdf;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 督办通知书: the numbered formal letter of a SUPERVISION_LETTER ledger line, to the unit, with the answer deadline. */
@Component
class SupervisionLetter {

    private final SupervisionLedger ledger;
    private final CaseFiles caseFiles;
    private final Escalations escalations;
    private final LetterPdf letterPdf;
    private final WorkingDayCalendar calendar;

    SupervisionLetter(SupervisionLedger ledger, CaseFiles caseFiles, Escalations escalations, LetterPdf letterPdf, WorkingDayCalendar calendar) {
        this.ledger = ledger;
        this.caseFiles = caseFiles;
        this.escalations = escalations;
        this.letterPdf = letterPdf;
        this.calendar = calendar;
    }

    byte[] render(LedgerEntry entry) {
        if (entry.letterNo() == null) {
            throw new ConflictException("ledger entry " + entry.id() + " (" + entry.level() + ") has no supervision letter");
        }
        CaseFile file = caseFiles.get(entry.caseNo());
        String unit = escalations.unitName(entry.unitCode());
        String kind = "COMPLAINT".equals(entry.caseType()) ? "拖欠中小企业账款投诉" : "政协提案";
        List<String> paragraphs = new ArrayList<>();
        String due = entry.stepDueAt() == null ? "" : "应于" + Display.dateTime(entry.stepDueAt(), calendar.zone()) + "前完成，";
        int overdue = entry.stepDueAt() == null ? 0 : calendar.workingDaysBetween(
                LocalDate.ofInstant(entry.stepDueAt(), calendar.zone()), LocalDate.ofInstant(entry.at(), calendar.zone()));
        boolean late = entry.stepDueAt() != null && entry.stepDueAt().isBefore(entry.at());
        paragraphs.add("你单位承办的" + kind + "“" + file.title() + "”（编号" + file.caseNo() + "），" + entry.stepName() + "环节" + due
                + (late ? "截至本通知发出时仍未办结" + (overdue > 0 ? "，已超期" + overdue + "个工作日" : "") : "目前尚未办结") + "。");
        paragraphs.add("根据有关规定，现予以督办。请你单位高度重视，于" + Display.dateTime(entry.answerDueAt(), calendar.zone())
                + "前办结，并将办理进展、超期原因和整改措施书面报告" + escalations.issuer() + "。逾期仍未办结的，将按规定约谈单位负责人并予以通报。");
        if (entry.note() != null && !entry.note().isBlank()) {
            paragraphs.add("督办意见：" + entry.note());
        }
        Letter letter = new Letter("督办通知书", entry.letterNo(), unit + "：", paragraphs, escalations.issuer(),
                LocalDate.ofInstant(entry.at(), calendar.zone()), List.of("答复期限：" + Display.dateTime(entry.answerDueAt(), calendar.zone())));
        return letterPdf.render(letter);
    }
}
