package org.bihuan.web.workbench;

import org.bihuan.support.PageClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Absences and stand-ins as the server renders them: the stand-in chosen among the colleagues of the same unit, the
 * rules' refusals next to their fields, my absences listed and cancelled.
 */
class AbsencePagesTest extends WorkbenchScenario {

    @BeforeEach
    void noAbsenceOfUnitAYet() {
        jdbc.sql("update task_absence set status = 'CANCELLED' where username in ('unit-a', 'head-a') and status in ('PLANNED', 'ACTIVE')")
                .update();
    }

    @Test
    void anOfficialMarksAnAbsenceWithAColleagueOfTheUnitAndCancelsIt() {
        PageClient unitA = new PageClient(port).signIn("unit-a");
        PageClient.Page page = unitA.get(AbsencePages.PATH);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"standIn\"", "value=\"head-a\"", "卫局长（财政局）", "市财政局")
                .doesNotContain("value=\"unit-b\"", "value=\"unit-a\"");

        PageClient.Page marked = unitA.post(AbsencePages.PATH, Map.of("from", "2026-03-03", "to", "2026-03-04", "standIn", "head-a",
                "note", "外出培训"));
        assertThat(marked.status()).as(marked.body()).isEqualTo(302);
        PageClient.Page listed = unitA.get(AbsencePages.PATH + "?announced");
        assertThat(listed.body()).contains("2026-03-03 至 2026-03-04", "代岗人：卫局长（财政局）", "尚未开始", "外出培训");
        assertThat(as("unit-a").get("/api/me/absences").json()).hasSize(1);

        Matcher cancel = Pattern.compile("action=\"(/workbench/absences/\\d+/cancel)\"").matcher(listed.body());
        assertThat(cancel.find()).isTrue();
        PageClient headA = new PageClient(port).signIn("head-a");
        headA.get(AbsencePages.PATH);
        assertThat(headA.post(cancel.group(1), Map.of()).status()).as("someone else's absence").isEqualTo(404);
        assertThat(unitA.post(cancel.group(1), Map.of()).status()).isEqualTo(302);
        assertThat(unitA.get(AbsencePages.PATH + "?cancelled").body()).contains("请假已取消", "尚无请假登记");
        assertThat(as("unit-a").get("/api/me/absences").json()).isEmpty();
    }

    @Test
    void theRulesRefusalsShowNextToTheirFields() {
        PageClient unitA = new PageClient(port).signIn("unit-a");
        unitA.get(AbsencePages.PATH);

        PageClient.Page otherUnit = unitA.post(AbsencePages.PATH, Map.of("from", "2026-03-04", "to", "2026-03-03", "standIn", "unit-b"));
        assertThat(otherUnit.status()).isEqualTo(200);
        assertThat(otherUnit.body()).contains("id=\"f-standIn-error\"", "必须是本单位在岗的同事", "id=\"f-to-error\"", "不能早于开始日期",
                "value=\"2026-03-04\"");
        PageClient.Page notADay = unitA.post(AbsencePages.PATH, Map.of("from", "4 March", "to", "2026-03-05", "standIn", "head-a"));
        assertThat(notADay.body()).contains("id=\"f-from-error\"", "格式不正确", "value=\"2026-03-05\"");
        assertThat(as("unit-a").get("/api/me/absences").json()).isEmpty();

        PageClient.Page noUnit = new PageClient(port).signIn("admin").get(AbsencePages.PATH);
        assertThat(noUnit.status()).isEqualTo(200);
        assertThat(noUnit.body()).contains("只有承办单位的人员才能指定本单位同事代岗");
        assertThat(new PageClient(port).signIn("member").get(AbsencePages.PATH).status()).isEqualTo(403);
    }
}
