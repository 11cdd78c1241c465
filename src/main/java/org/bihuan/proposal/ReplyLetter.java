package org.bihuan.proposal;

import org.bihuan.lifecycle.CaseNotices;
import org.bihuan.domain.ConflictException;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.document.Letter;
import org.bihuan.document.LetterPdf;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** 答复函: the lead unit's reply to the proposers as a dated formal letter. */
@Component
class ReplyLetter {

    private final ProposalRecords proposals;
    private final CaseNotices notices;
    private final LetterPdf letterPdf;
    private final WorkingDayCalendar calendar;
    private final CppccSessions sessions;

    ReplyLetter(ProposalRecords proposals, CaseNotices notices, LetterPdf letterPdf, WorkingDayCalendar calendar,
                CppccSessions sessions) {
        this.sessions = sessions;
        this.proposals = proposals;
        this.notices = notices;
        this.letterPdf = letterPdf;
        this.calendar = calendar;
    }

    /**
     * The letter's heading cites the proposal's CPPCC session (对市政协七届二次会议第20260068号提案的答复); a proposal filed
     * outside every session (or before sessions were kept) is cited by its year, as before.
     */
    String heading(ProposalRecord p) {
        return p.sessionId() == null ? "关于市政协" + p.sessionYear() + "年第" + p.caseNo() + "号提案的答复"
                : "对市政协" + sessions.get(p.sessionId()).name() + "第" + p.caseNo() + "号提案的答复";
    }

    byte[] render(String proposalNo) {
        ProposalRecord p = proposals.get(proposalNo);
        if (p.repliedAt() == null || p.replyText() == null) {
            throw new ConflictException("proposal " + proposalNo + " has no reply yet");
        }
        String unit = notices.unitName(p.leadUnit());
        String addressee = String.join("、", proposals.activeSigners(proposalNo).stream().map(notices::displayName).toList()) + "：";
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("您提出的《" + p.title() + "》（第" + proposalNo + "号提案）收悉。" + unit + "高度重视，认真研究办理，现将有关情况答复如下：");
        Arrays.stream(p.replyText().split("\\R+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(paragraphs::add);
        paragraphs.add("本提案答复类别为" + ReplyClass.label(p.replyClass()) + "。");
        paragraphs.add("感谢您对我们工作的关心和支持，欢迎继续提出宝贵意见和建议。");
        String documentNo = p.leadUnit() + "提复〔" + p.sessionYear() + "〕" + Integer.parseInt(proposalNo.substring(4)) + "号";
        LocalDate date = LocalDate.ofInstant(p.repliedAt(), calendar.zone());
        Letter letter = new Letter(heading(p), documentNo, addressee, paragraphs,
                unit, date, List.of("抄送：市政协提案委员会"));
        return letterPdf.render(letter);
    }
}
