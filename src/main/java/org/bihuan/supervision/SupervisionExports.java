package org.bihuan.supervision;

import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.export.TableExport;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/** The overdue list and the 督办台账 as CSV or XLSX: the same columns for the API's downloads and the pages'. */
@Component
class SupervisionExports {

    private final Escalations escalations;
    private final WorkingDayCalendar calendar;

    SupervisionExports(Escalations escalations, WorkingDayCalendar calendar) {
        this.escalations = escalations;
        this.calendar = calendar;
    }

    SupervisionDesk.Download overdue(List<OverdueStep> rows, boolean xlsx) {
        List<String> header = List.of("编号", "类型", "案由", "环节", "承办单位", "期限", "超期工作日", "超期区间", "督办级别", "督办次数", "最近督办", "最近督办时间");
        List<List<Object>> cells = rows.stream().map(o -> List.<Object>of(o.caseNo(), o.caseType(), o.title(), o.stepName(),
                nullToEmpty(o.unitName()), o.dueAt(), o.overdueWorkingDays(), o.aging(), nullToEmpty(o.escalationLevel()),
                o.supervisionCount(), nullToEmpty(o.lastAction()), o.lastActionAt() == null ? "" : o.lastActionAt())).toList();
        return file("超期清单", header, cells, xlsx);
    }

    SupervisionDesk.Download ledger(List<LedgerEntry> rows, boolean xlsx) {
        List<String> header = List.of("编号", "类型", "环节", "承办单位", "督办级别", "手动", "时间", "督办人", "督办意见", "督办书编号",
                "答复期限", "状态", "答复人", "答复时间", "答复内容");
        List<List<Object>> cells = rows.stream().map(e -> Arrays.<Object>asList(e.caseNo(), e.caseType(), e.stepName(),
                escalations.unitName(e.unitCode()), e.level(), e.manual() ? "是" : "否", e.at(), e.by(), e.note(), e.letterNo(),
                e.answerDueAt(), e.status(), e.answeredBy(), e.answeredAt(), e.answer())).toList();
        return file("督办台账", header, cells, xlsx);
    }

    private SupervisionDesk.Download file(String name, List<String> header, List<List<Object>> rows, boolean xlsx) {
        byte[] body = xlsx ? TableExport.xlsx(name, header, rows, calendar.zone()) : TableExport.csv(header, rows, calendar.zone());
        return new SupervisionDesk.Download(name + (xlsx ? ".xlsx" : ".csv"),
                xlsx ? TableExport.XLSX_MEDIA_TYPE : "text/csv;charset=UTF-8", body);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
