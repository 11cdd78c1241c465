package org.bihuan.lifecycle;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The office's ledger as a header and rows of cells: the first sheet of an XLSX workbook, or a CSV file (UTF-8 with or
 * without byte-order mark, or GB18030 as Excel saves it on a Chinese Windows; comma-separated, quotes as RFC 4180).
 * The first row is the header. Nothing is interpreted here: which column means what is {@link LegacyImports}' business.
 */
final class LedgerFile {

    /** XLSX is a zip: PK\3\4 */
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    private LedgerFile() {
    }

    /** A cell: its text as the sheet shows it, and its number when the workbook stored one (a date is a number too). */
    record Value(String text, BigDecimal number) {

        static final Value EMPTY = new Value("", null);

        boolean blank() {
            return text.isBlank() && number == null;
        }
    }

    /** A row under the header: its number as the spreadsheet counts (the header is row 1) and its cells by column. */
    record Line(int number, List<Value> cells) {

        Value cell(int column) {
            return column < cells.size() ? cells.get(column) : Value.EMPTY;
        }

        boolean blank() {
            return cells.stream().allMatch(Value::blank);
        }
    }

    record Sheet(List<String> header, List<Line> lines) {
    }

    /** Why a file could not be read at all, as a {@link LedgerProblem.Code}. */
    static final class Unreadable extends Exception {

        final LedgerProblem.Code code;

        Unreadable(LedgerProblem.Code code) {
            super(code.name());
            this.code = code;
        }
    }

    static Sheet read(String filename, byte[] content) throws Unreadable {
        if (content == null || content.length == 0) {
            throw new Unreadable(LedgerProblem.Code.EMPTY_FILE);
        }
        if (ReadableWorkbook.isOLE2Header(content)) {
            throw new Unreadable(LedgerProblem.Code.OLD_WORKBOOK);
        }
        if (content.length >= 4 && Arrays.equals(Arrays.copyOf(content, 4), ZIP)) {
            return xlsx(content);
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new Unreadable(LedgerProblem.Code.UNREADABLE);
        }
        return csv(decode(content));
    }

    private static Sheet xlsx(byte[] content) throws Unreadable {
        List<List<Value>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> {
                List<Value> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(value(row.getCell(c)));
                }
                numbers.add(row.getRowNum());
                rows.add(cells);
            });
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Unreadable(LedgerProblem.Code.UNREADABLE);
        }
        if (rows.isEmpty()) {
            throw new Unreadable(LedgerProblem.Code.EMPTY_FILE);
        }
        List<String> header = rows.get(0).stream().map(v -> v.text().strip()).toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            lines.add(new Line(numbers.get(i), rows.get(i)));
        }
        return new Sheet(header, lines);
    }

    private static Value value(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return Value.EMPTY;
        }
        if (cell.getType() == CellType.NUMBER) {
            // the raw value is the number as stored (13800000001, not 1.38E10); dates are day counts read by the column
            return new Value(cell.getRawValue(), cell.asNumber());
        }
        String text = cell.getText();
        return new Value(text == null ? "" : text, null);
    }

    private static String decode(byte[] content) {
        byte[] bytes = content;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            // Excel on a Chinese Windows saves "CSV" in the system code page
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    /** RFC 4180: fields separated by commas, quoted with " when they hold commas, quotes or line breaks. */
    private static Sheet csv(String text) throws Unreadable {
        List<List<Value>> rows = new ArrayList<>();
        List<Value> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(new Value(field.toString(), null));
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(new Value(field.toString(), null));
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(new Value(field.toString(), null));
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new Unreadable(LedgerProblem.Code.EMPTY_FILE);
        }
        List<String> header = rows.get(0).stream().map(v -> v.text().strip()).toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            // a spreadsheet counts rows, not text lines: a cell with a line break is still one row
            lines.add(new Line(i + 1, rows.get(i)));
        }
        return new Sheet(header, lines);
    }
}
