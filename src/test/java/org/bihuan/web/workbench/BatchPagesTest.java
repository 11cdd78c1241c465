package org.bihuan.web.workbench;

import org.bihuan.support.PageClient;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch pages as the server renders them: the committee's table of proposals waiting for registration and
 * assignment with the assign form's unit options, each row completed on its own and reported; the 交办清单 per unit;
 * a supervisor's 催办 to every overdue step of a unit; both closed to a unit official (the 403 page).
 */
class BatchPagesTest extends WorkbenchScenario {

    @Test
    void theCommitteeRegistersAndAssignsEachChosenRowOnItsOwnAndReadsTheUnitsLists() {
        String toRegister = proposal("member", "关于批量交办测试的建议一");
        String alreadyRegistered = proposal("member2", "关于批量交办测试的建议二");
        complete("committee", alreadyRegistered, "review", Map.of("decision", "REGISTER"));
        String withoutLeadUnit = proposal("member", "关于批量交办测试的建议三");
        String notChosen = proposal("member", "关于批量交办测试的建议四");
        PageClient committee = new PageClient(port).signIn("committee");

        PageClient.Page table = committee.get(ProposalBatchPages.PATH);
        assertThat(table.status()).isEqualTo(200);
        assertThat(rowsOf(table.body())).contains(toRegister, alreadyRegistered, withoutLeadUnit, notChosen);
        assertThat(table.body()).contains("name=\"leadUnit." + toRegister + "\"", "name=\"coUnits." + toRegister + "\"",
                "name=\"mode." + alreadyRegistered + "\"", "<option value=\"GZW\">市国资委</option>", "主办会办", "审查立案",
                "交办", "关于批量交办测试的建议一");

        Map<String, List<String>> form = new LinkedHashMap<>();
        for (String no : List.of(toRegister, alreadyRegistered, withoutLeadUnit, notChosen)) {
            form.put("caseNo", append(form.get("caseNo"), no));
            form.put("task." + no, List.of(taskId("committee", no, no.equals(alreadyRegistered) ? "assign" : "review")));
            form.put("mode." + no, List.of("LEAD"));
        }
        form.put("include", List.of(toRegister, alreadyRegistered, withoutLeadUnit));
        form.put("leadUnit." + toRegister, List.of("CZJ"));
        form.put("coUnits." + toRegister, List.of("GZW", "GXJ"));
        form.put("leadUnit." + alreadyRegistered, List.of("GZW"));
        form.put("leadUnit." + withoutLeadUnit, List.of(""));
        form.put("coUnits." + withoutLeadUnit, List.of("GZW"));
        PageClient.Page done = committee.postMultiValued(ProposalBatchPages.PATH, form);

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("本批办理结果：完成 2 件，未完成 1 件", "已立案并交办", "已交办", "已立案，但未交办：",
                "href=\"#f-leadUnit-" + withoutLeadUnit + "\"", "主办单位：必须填写", "id=\"f-leadUnit-" + withoutLeadUnit + "-error\"",
                "市财政局 今日交办清单", "市国资委 今日交办清单");
        assertThat(rowsOf(done.body())).doesNotContain(toRegister, alreadyRegistered).contains(withoutLeadUnit, notChosen);
        String coUnitsOfRefusedRow = done.body().substring(done.body().indexOf("id=\"f-coUnits-" + withoutLeadUnit + "\""));
        assertThat(coUnitsOfRefusedRow.substring(0, coUnitsOfRefusedRow.indexOf("</select>"))).as("the refused row keeps its co-unit")
                .contains("<option value=\"GZW\" selected=\"selected\">市国资委</option>").doesNotContain("<option value=\"CZJ\" selected");
        assertThat(tasksOf("committee", withoutLeadUnit)).extracting(t -> t.get("taskKey").asText()).containsExactly("assign");
        assertThat(tasksOf("committee", notChosen)).extracting(t -> t.get("taskKey").asText()).containsExactly("review");
        assertDiagramMarksCurrent(toRegister, "signFor");
        assertDiagramMarksCurrent(alreadyRegistered, "signFor");
        assertDiagramMarksCurrent(withoutLeadUnit, "assign");

        PageClient.Page list = committee.get(ProposalBatchPages.LIST + "?unit=GZW&from=2026-03-02&to=2026-03-02");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("交办清单：市国资委", toRegister, alreadyRegistered, "会办", "主办", "已交办", "data-print",
                "href=\"/workbench/batches/proposals/assignment-list.csv?unit=GZW&amp;from=2026-03-02&amp;to=2026-03-02\"");
        PageClient.Page csv = committee.get(ProposalBatchPages.LIST + ".csv?unit=GZW&from=2026-03-02&to=2026-03-02");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains(toRegister + ",关于批量交办测试的建议一,CO,ASSIGNED,2026-03-02");
        assertThat(new PageClient(port).signIn("unit-a").get(ProposalBatchPages.LIST + "?unit=GZW").status())
                .as("another unit's list").isEqualTo(403);
        assertThat(new PageClient(port).signIn("unit-a").get(ProposalBatchPages.LIST + "?unit=CZJ&from=2026-03-02&to=2026-03-02").body())
                .contains(toRegister);
    }

    @Test
    void nothingChosenIsSaidAndTheBatchPagesAreNotAUnitOfficials() {
        PageClient committee = new PageClient(port).signIn("committee");
        committee.get(ProposalBatchPages.PATH);
        assertThat(committee.post(ProposalBatchPages.PATH, Map.of()).body()).contains("请至少勾选一件提案");

        PageClient unitOfficial = new PageClient(port).signIn("unit-a");
        PageClient.Page batch = unitOfficial.get(ProposalBatchPages.PATH);
        assertThat(batch.status()).isEqualTo(403);
        assertThat(batch.body()).contains("无权访问");
        unitOfficial.get("/workbench/cases");
        assertThat(unitOfficial.post(ProposalBatchPages.PATH, Map.of("include", "x")).status()).isEqualTo(403);
        assertThat(unitOfficial.get(UnitReminderPages.PATH).status()).isEqualTo(403);
        assertThat(unitOfficial.post(UnitReminderPages.PATH, Map.of("unit", "CZJ")).status()).isEqualTo(403);
        assertThat(new PageClient(port).signIn("intake").get(ProposalBatchPages.PATH).status()).isEqualTo(403);
        assertThat(new PageClient(port).signIn("committee").get(UnitReminderPages.PATH).status()).isEqualTo(403);
    }

    @Test
    void aSupervisorRemindsEveryOverdueStepOfAUnitAndReadsTheAnswerPerStep() {
        String late = complaintTransferredToCzj();
        complete("unit-a", late, "signFor", Map.of("decision", "SIGN"));
        // the handle step (30 days from Monday 2 March) is due Wednesday 1 April, 17:30
        timePasses(late, at(2026, 4, 1, 17, 31));
        PageClient supervisor = new PageClient(port).signIn("supervisor");

        PageClient.Page steps = supervisor.get(UnitReminderPages.PATH + "?unit=CZJ");
        assertThat(steps.status()).isEqualTo(200);
        assertThat(rowsOf(steps.body())).contains(late);
        assertThat(steps.body()).contains("市财政局的超期环节", "办理并答复", "已超期", "name=\"note\"");

        PageClient.Page sent = supervisor.post(UnitReminderPages.PATH, Map.of("unit", "CZJ", "note", "请本周内办结"));

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("催办结果：已催办", "id=\"reminders-sent\"", "已记录：超期催办");
        assertThat(rowsOf(sent.body())).contains(late);
        assertThat(as("supervisor").get("/api/supervision/ledger?caseNo=" + late).json())
                .anySatisfy(line -> assertThat(line.get("note").asText()).isEqualTo("请本周内办结"));
        PageClient.Page noUnit = supervisor.post(UnitReminderPages.PATH, Map.of("note", "x"));
        assertThat(noUnit.body()).contains("id=\"f-unit-error\"", "请选择单位");
    }

    private static List<String> append(List<String> values, String value) {
        List<String> all = values == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(values);
        all.add(value);
        return all;
    }
}
