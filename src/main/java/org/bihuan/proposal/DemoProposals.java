package org.bihuan.proposal;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseType;
import org.bihuan.lifecycle.DemoActions;
import org.bihuan.lifecycle.DemoCases;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Proposals in different stages: under review, cosigning, assigned, a key one in handling, replied, not registered. */
@Component
class DemoProposals implements DemoCases {

    private final ProposalService proposals;
    private final CppccSessions sessions;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    DemoProposals(ProposalService proposals, CppccSessions sessions, WorkingDayCalendar calendar, Clock clock) {
        this.proposals = proposals;
        this.sessions = sessions;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public CaseType caseType() {
        return CaseType.PROPOSAL;
    }

    @Override
    public String seed(DemoActions demo) {
        String session = currentSession();
        String underReview = submit(demo, "member", "关于加快老旧小区加装电梯的建议", "城乡建设", List.of());
        String cosigning = submit(demo, "member", "关于完善社区居家养老服务的建议", "社会事业", List.of("member2"));
        String assigned = submit(demo, "member2", "关于优化中小企业融资担保的建议", "经济", List.of());
        demo.act("committee", assigned, "review", Map.of("decision", "REGISTER"));
        demo.act("committee", assigned, "assign", Map.of("leadUnit", "CZJ", "mode", "LEAD"));
        String handling = submit(demo, "member", "关于推进国有企业及时支付中小企业账款的建议", "经济", List.of());
        demo.act("committee", handling, "review", Map.of("decision", "REGISTER"));
        demo.act("committee", handling, "assign", Map.of("leadUnit", "GZW", "coUnits", List.of("CZJ"), "mode", "LEAD", "key", true,
                "supervisingLeader", "leader"));
        demo.act("unit-b", handling, "signFor", Map.of("decision", "ACCEPT"));
        demo.act("unit-a", handling, "signFor", Map.of("decision", "ACCEPT"));
        String replied = submit(demo, "member2", "关于加强校园周边交通安全的建议", "社会事业", List.of());
        demo.act("committee", replied, "review", Map.of("decision", "REGISTER"));
        demo.act("committee", replied, "assign", Map.of("leadUnit", "CZJ", "mode", "LEAD"));
        demo.act("unit-a", replied, "signFor", Map.of("decision", "ACCEPT"));
        demo.act("unit-a", replied, "consult", Map.of("date", "2026-03-10", "method", "MEETING", "summary", "与提案人座谈，听取具体意见。"));
        demo.act("unit-a", replied, "reply", Map.of("replyClass", "B", "publishable", true,
                "replyText", "经研究，已将校园周边交通设施改造列入本年度计划，预计年内完成。"));
        String notRegistered = submit(demo, "member", "关于为本人所在单位解决编制问题的建议", "其他", List.of());
        demo.act("committee", notRegistered, "review", Map.of("decision", "NOT_REGISTER", "reason", "属于个人及单位具体事务，不符合提案立案条件。"));
        return "%s (under review), %s (cosigning), %s (assigned), %s (key, in handling), %s (replied), %s (not registered), in %s"
                .formatted(underReview, cosigning, assigned, handling, replied, notRegistered, session);
    }

    /**
     * The demo proposals belong to a session open today: when none is kept yet, this year's (plenary in the first half
     * of January, recess to the year's end), as the 7th committee's session of the year.
     */
    private String currentSession() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        if (sessions.current().isEmpty() && sessions.list().isEmpty()) {
            int year = today.getYear();
            sessions.create(new SessionRequest(7, Math.max(1, year - 2022), LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 15),
                    LocalDate.of(year, 12, 31)));
        }
        return sessions.current().map(CppccSession::name).orElse("no session");
    }

    private String submit(DemoActions demo, String member, String title, String category, List<String> cosigners) {
        String content = "问题：" + title.replace("关于", "").replace("的建议", "") + "方面仍存在短板。"
                + "分析：相关政策落实不到位，部门协同不足。建议：一是明确责任分工；二是加大资金保障；三是建立定期评估机制。";
        return proposals.submit(demo.user(member),
                new ProposalRequest(title, content, category, cosigners.isEmpty() ? "INDIVIDUAL" : "JOINT", cosigners)).proposalNo();
    }

}
