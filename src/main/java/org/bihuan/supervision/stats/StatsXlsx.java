package org.bihuan.supervision.stats;

import org.bihuan.supervision.stats.StatsReport.Definition;
import org.bihuan.supervision.stats.StatsReport.Figure;
import org.bihuan.supervision.stats.StatsReport.Row;
import org.bihuan.supervision.stats.StatsReport.Section;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * The report as an Excel workbook: per case type a sheet of units × figures (numbers stay numbers), for
 * complaints a sheet of recovered amounts by month, and a sheet with every definition.
 */
final class StatsXlsx {

    private StatsXlsx() {
    }

    static byte[] write(StatsReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Bihuan", "1.0");
            for (Section section : report.sections()) {
                figures(workbook.newWorksheet(sheetName(section, "统计")), report, section);
                if (!section.total().recoveredByMonth().isEmpty()) {
                    monthly(workbook.newWorksheet(sheetName(section, "清欠按月")), section);
                }
            }
            definitions(workbook.newWorksheet("口径 Definitions"), report);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sheetName(Section section, String what) {
        return switch (section.type()) {
            case COMPLAINT -> "投诉" + what;
            case PROPOSAL -> "提案" + what;
        };
    }

    private static void figures(Worksheet sheet, StatsReport report, Section section) {
        sheet.value(0, 0, Sheets.typeLabel(section.type()));
        sheet.value(0, 1, report.from().toString());
        sheet.value(0, 2, report.to().toString());
        sheet.value(1, 0, "单位代码 Unit");
        sheet.value(1, 1, "单位 Unit name");
        List<Figure> columns = section.total().figures();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(1, c + 2, Sheets.heading(columns.get(c)));
        }
        int r = 2;
        for (Row row : (Iterable<Row>) Stream.concat(section.rows().stream(), Stream.of(section.total()))::iterator) {
            sheet.value(r, 0, row.unitCode());
            sheet.value(r, 1, row.unitName());
            for (int c = 0; c < row.figures().size(); c++) {
                number(sheet, r, c + 2, row.figures().get(c).value());
            }
            r++;
        }
    }

    private static void monthly(Worksheet sheet, Section section) {
        sheet.value(0, 0, Sheets.MONTHLY_TITLE);
        sheet.value(1, 0, "单位代码 Unit");
        sheet.value(1, 1, "单位 Unit name");
        for (int c = 0; c < section.total().recoveredByMonth().size(); c++) {
            sheet.value(1, c + 2, section.total().recoveredByMonth().get(c).month());
        }
        int r = 2;
        for (Row row : (Iterable<Row>) Stream.concat(section.rows().stream(), Stream.of(section.total()))::iterator) {
            sheet.value(r, 0, row.unitCode());
            sheet.value(r, 1, row.unitName());
            for (int c = 0; c < row.recoveredByMonth().size(); c++) {
                number(sheet, r, c + 2, row.recoveredByMonth().get(c).recovered());
            }
            r++;
        }
    }

    private static void definitions(Worksheet sheet, StatsReport report) {
        sheet.value(0, 0, Sheets.DEFINITIONS_TITLE);
        int r = 1;
        for (Section section : report.sections()) {
            sheet.value(r++, 0, Sheets.typeLabel(section.type()));
            for (int c = 0; c < Sheets.DEFINITION_HEADER.size(); c++) {
                sheet.value(r, c, Sheets.DEFINITION_HEADER.get(c));
            }
            r++;
            for (Definition d : section.definitions()) {
                List<Object> cells = Sheets.definitionCells(d);
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c) instanceof BigDecimal weight) {
                        sheet.value(r, c, weight);
                    } else if (cells.get(c) != null) {
                        sheet.value(r, c, cells.get(c).toString());
                    }
                }
                r++;
            }
            r++;
        }
    }

    private static void number(Worksheet sheet, int r, int c, BigDecimal value) {
        if (value != null) {
            sheet.value(r, c, value);
        }
    }
}
