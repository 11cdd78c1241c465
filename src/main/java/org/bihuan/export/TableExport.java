package org.bihuan.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A list as CSV (UTF-8 with a byte-order mark, so Excel opens the Chinese right) or as an XLSX sheet
 * (numbers stay numbers): the supervisors' exports and the case search's. A module of its own so that the case
 * file and supervision share it without either depending on the other.
 */
public final class TableExport {

    public static final String BOM = "\uFEFF";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TableExport() {
    }

    public static byte[] csv(List<String> header, List<List<Object>> rows, ZoneId zone) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, header.stream().map(Object.class::cast).toList(), zone);
        rows.forEach(row -> line(csv, row, zone));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows, ZoneId zone) {
        return xlsx(List.of(new Sheet(sheetName, header, rows)), zone);
    }

    /** One sheet of a workbook: its name, the heading row and the rows. */
    public record Sheet(String name, List<String> header, List<List<Object>> rows) {
    }

    /** A workbook of several sheets, each written as {@link #xlsx(String, List, List, ZoneId)} writes one. */
    public static byte[] xlsx(List<Sheet> sheets, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Bihuan", "1.0");
            for (Sheet content : sheets) {
                Worksheet sheet = workbook.newWorksheet(content.name());
                for (int c = 0; c < content.header().size(); c++) {
                    sheet.value(0, c, content.header().get(c));
                    sheet.style(0, c).bold().set();
                }
                for (int r = 0; r < content.rows().size(); r++) {
                    List<Object> row = content.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object value = row.get(c);
                        if (value instanceof Number number) {
                            sheet.value(r + 1, c, number);
                        } else if (value != null) {
                            sheet.value(r + 1, c, text(value, zone));
                        }
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One CSV cell, quoted when it holds a comma, a quote or a line break. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** An instant as people read it: local office time, minutes, no zone suffix. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    private static void line(StringBuilder csv, List<Object> cells, ZoneId zone) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i) == null ? null : text(cells.get(i), zone)));
        }
        csv.append("\r\n");
    }

    private static String text(Object value, ZoneId zone) {
        if (value instanceof Instant instant) {
            return dateTime(instant, zone);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return String.valueOf(value);
    }
}
