package org.bihuan.supervision.stats;

import org.bihuan.supervision.stats.StatsReport.Definition;
import org.bihuan.supervision.stats.StatsReport.Figure;
import org.bihuan.supervision.stats.StatsReport.MonthAmount;
import org.bihuan.supervision.stats.StatsReport.Row;
import org.bihuan.supervision.stats.StatsReport.Section;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The report as CSV (RFC 4180, CRLF) in UTF-8 with a byte order mark: without it Excel reads the Chinese as
 * the local code page. Per case type a table of units × figures with the total row, then the recovered
 * amounts by month (complaints), then the definitions.
 */
final class StatsCsv {

    private StatsCsv() {
    }

    static byte[] write(StatsReport report) {
        StringBuilder csv = new StringBuilder(org.bihuan.export.TableExport.BOM);
        line(csv, List.of("统计期间 Period", report.from().toString(), report.to().toString()));
        line(csv, List.of("生成时间 Generated", report.generatedAt().toString()));
        for (Section section : report.sections()) {
            csv.append("\r\n");
            line(csv, List.of(Sheets.typeLabel(section.type())));
            List<String> header = new ArrayList<>(List.of("单位代码 Unit", "单位 Unit name"));
            section.total().figures().forEach(f -> header.add(Sheets.heading(f)));
            line(csv, header);
            Stream.concat(section.rows().stream(), Stream.of(section.total())).forEach(row -> {
                List<String> cells = new ArrayList<>(List.of(row.unitCode() == null ? "" : row.unitCode(), row.unitName()));
                row.figures().stream().map(Figure::value).map(StatsCsv::number).forEach(cells::add);
                line(csv, cells);
            });
            if (!section.total().recoveredByMonth().isEmpty()) {
                csv.append("\r\n");
                line(csv, List.of(Sheets.MONTHLY_TITLE));
                List<String> months = new ArrayList<>(List.of("单位代码 Unit", "单位 Unit name"));
                section.total().recoveredByMonth().forEach(m -> months.add(m.month()));
                line(csv, months);
                Stream.concat(section.rows().stream(), Stream.of(section.total())).forEach(row -> {
                    List<String> cells = new ArrayList<>(List.of(row.unitCode() == null ? "" : row.unitCode(), row.unitName()));
                    row.recoveredByMonth().stream().map(MonthAmount::recovered).map(StatsCsv::number).forEach(cells::add);
                    line(csv, cells);
                });
            }
            csv.append("\r\n");
            line(csv, List.of(Sheets.DEFINITIONS_TITLE));
            line(csv, Sheets.DEFINITION_HEADER);
            for (Definition d : section.definitions()) {
                line(csv, Sheets.definitionCells(d).stream().map(c -> c == null ? "" : c.toString()).toList());
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String quoted(String cell) {
        return org.bihuan.export.TableExport.cell(cell);
    }
}
