package org.bihuan.web.complaint;

import org.bihuan.lifecycle.TrackingLimitsForTests;
import org.bihuan.support.PageClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * My complaints, one case and public tracking as a browser without script sees them: labels instead of codes,
 * deadlines in working days, another enterprise's case as the 404 page, the rating form's refusals next to their
 * field, and tracking that answers the same "not found" to every wrong combination and a page with the wait to
 * too many.
 */
class CaseAndTrackingPagesTest extends PortalScenario {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void noTrackingAttemptsYet() {
        TrackingLimitsForTests.forgetAttempts(context);
    }

    @Test
    void myComplaintsShowStatusStepAndDeadlineInWorkingDays() {
        String caseNo = fileComplaint();
        PageClient.Page list = new PageClient(port).signIn("ent-a").get("/portal/complaints");
        assertThat(list.status()).isEqualTo(200);
        // filed Monday 2 March 09:00; acceptance review is due after complaint.accept working days
        assertThat(list.body()).contains(caseNo, "已提交", "受理审查", "还剩 ", " 个工作日").doesNotContain(">SUBMITTED<", ">acceptReview<");
        assertThat(new PageClient(port).signIn("ent-a").get("/portal/complaints?lang=en").body())
                .contains("Submitted", "working days left");
    }

    @Test
    void anotherEnterprisesCaseIsThe404Page() {
        String caseNo = fileComplaint();
        PageClient.Page foreign = new PageClient(port).signIn("ent-b").get("/portal/complaints/" + caseNo);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).contains("页面不存在").doesNotContain("某市城市建设集团有限公司");
        assertThat(new PageClient(port).signIn("ent-b").get("/portal/complaints/" + caseNo + "/receipt").status()).isEqualTo(404);
        assertThat(new PageClient(port).signIn("ent-a").get("/portal/complaints/" + caseNo).status()).isEqualTo(200);
    }

    @Test
    void theCasePageAsksForTheSupplementWithWhatIntakeAsked() {
        String caseNo = complaintAwaitingSupplement();
        PageClient.Page page = new PageClient(port).signIn("ent-a").get("/portal/complaints/" + caseNo);
        assertThat(page.body()).contains("需要您办理", SUPPLEMENT_REASON, "name=\"note\"", "for=\"f-note\"", "enctype=\"multipart/form-data\"",
                "待补正", "状态变为“待补正”");
    }

    @Test
    void aRatingWithoutALevelIsRefusedNextToItsFieldAndKeepsTheComment() {
        String caseNo = complaintReplied(fileComplaint());
        PageClient browser = new PageClient(port).signIn("ent-a");
        PageClient.Page page = browser.get("/portal/complaints/" + caseNo);
        assertThat(page.body()).contains(REPLY, "达成还款计划", "name=\"satisfaction\"", "value=\"BASICALLY_SATISFIED\"", "基本满意");

        PageClient.Page refused = browser.post("/portal/complaints/" + caseNo + "/evaluation", Map.of("comment", "回复及时。"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"f-satisfaction-error\"", "必须填写", "回复及时。");

        PageClient.Page rated = browser.post("/portal/complaints/" + caseNo + "/evaluation", Map.of("satisfaction", "SATISFIED", "comment", "回复及时。"));
        assertThat(rated.status()).isEqualTo(302);
        assertThat(browser.get(rated.location().replaceFirst("^http://[^/]+", "")).body()).contains("感谢您的评价", "您的评价", "满意").doesNotContain("name=\"satisfaction\"");
    }

    @Test
    void trackingFindsTheCaseWithThePhoneDigitsAndTheSameNotFoundOtherwise() {
        String caseNo = fileComplaint();
        PageClient anyone = new PageClient(port);
        PageClient.Page found = anyone.get("/track?no=" + caseNo + "&phone=0001");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains(caseNo, "已提交", "受理审查", "个工作日", "提交").doesNotContain("13800000001", "杭州甲乙");

        PageClient.Page wrongDigits = anyone.get("/track?no=" + caseNo + "&phone=9999");
        PageClient.Page unknown = anyone.get("/track?no=TS1999-000001&phone=0001");
        assertThat(wrongDigits.status()).isEqualTo(200);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(main(unknown)).as("the same answer").isEqualTo(main(wrongDigits).replace(caseNo, "TS1999-000001").replace("9999", "0001"));
        assertThat(wrongDigits.body()).contains("没有找到").doesNotContain("已提交");
        assertThat(unknown.body()).contains("没有找到");
        assertThat(anyone.get("/track?lang=en&no=" + caseNo + "&phone=0001").body()).contains("Submitted", "Acceptance review", "Filed");
    }

    private static String main(PageClient.Page page) {
        return page.body().substring(page.body().indexOf("<main"), page.body().indexOf("</main>"));
    }

    @Test
    void tooManyAttemptsShowHowLongToWait() {
        String caseNo = fileComplaint();
        PageClient anyone = new PageClient(port);
        for (int i = 0; i < 5; i++) {
            anyone.get("/track?no=" + caseNo + "&phone=000" + i);
        }
        PageClient.Page limited = anyone.get("/track?no=" + caseNo + "&phone=0001");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("600");
        assertThat(limited.body()).contains("查询次数过多", "10 分钟后再试").doesNotContain("已提交");
    }
}
