package org.bihuan.identity;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bihuan.domain.InvalidRequestException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads an account import file: CSV (UTF-8, or GB 18030 as Excel saves CSV on a Chinese system) or XLSX (the first
 * sheet), judged by content. The first line names the columns, in English or Chinese, in any order:
 * {@code username 用户名, displayName 姓名, email 电子邮箱, phone 手机, roles 角色, unitCode 单位代码, unitHead 单位负责人}.
 * Roles are codes or their Chinese names, several separated by {@code ;}, {@code |} or {@code 、}.
 */
final class AccountImportFile {

    static final List<String> REQUIRED = List.of("username", "displayName", "email", "roles");
    private static final Map<String, String> COLUMNS = columns();

    private AccountImportFile() {
    }

    /** @throws InvalidRequestException on {@code file} when it cannot be read, lacks a column or is too long */
    static List<AccountImport.Line> read(byte[] content, int maxLines) {
        if (content == null || content.length == 0) {
            throw new InvalidRequestException("file", "is empty");
        }
        List<List<String>> rows = ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(content, Math.min(content.length, 8)))
                ? xlsx(content) : csv(content);
        if (rows.isEmpty()) {
            throw new InvalidRequestException("file", "is empty");
        }
        Map<String, Integer> header = header(rows.get(0));
        List<AccountImport.Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (lines.size() == maxLines) {
                throw new InvalidRequestException("file", "has more lines than one import takes");
            }
            lines.add(new AccountImport.Line(i + 1, new AccountRequest(cell(row, header, "username"), cell(row, header, "displayName"),
                    cell(row, header, "email"), cell(row, header, "phone"), roles(cell(row, header, "roles")),
                    cell(row, header, "unitCode"), yes(cell(row, header, "unitHead")))));
        }
        if (lines.isEmpty()) {
            throw new InvalidRequestException("file", "holds no account");
        }
        return lines;
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String column = COLUMNS.get(names.get(i).strip().toLowerCase(Locale.ROOT));
            if (column != null) {
                header.putIfAbsent(column, i);
            }
        }
        for (String required : REQUIRED) {
            if (!header.containsKey(required)) {
                throw new InvalidRequestException("file", "needs the columns username, displayName, email and roles in its first line");
            }
        }
        return header;
    }

    private static String cell(List<String> row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= row.size() ? null : row.get(index);
    }

    /** Codes or Chinese names of roles; anything else stays as it was written, for the check to name. */
    private static List<String> roles(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Stream.of(cell.split("[;|、,，；\\s]+")).filter(s -> !s.isBlank()).map(String::strip)
                .map(name -> Arrays.stream(Role.values()).filter(r -> r.label().equals(name)).map(Role::name).findFirst().orElse(name))
                .toList();
    }

    private static boolean yes(String cell) {
        return cell != null && Set.of("true", "yes", "y", "1", "是", "x").contains(cell.strip().toLowerCase(Locale.ROOT));
    }

    private static List<List<String>> csv(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidRequestException("file", "is neither a readable CSV nor an XLSX file");
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] content) {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> {
                // a spreadsheet may skip empty rows: keep the numbering the person sees
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.hasCell(i) && row.getCell(i) != null ? nullToEmpty(row.getCell(i).getText()) : "");
                }
                rows.add(cells);
            });
        } catch (IOException | RuntimeException e) {
            throw new InvalidRequestException("file", "is neither a readable CSV nor an XLSX file");
        }
        return rows;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, List<String>> names = Map.of(
                "username", List.of("username", "用户名", "账号"),
                "displayName", List.of("displayname", "name", "姓名"),
                "email", List.of("email", "e-mail", "电子邮箱", "邮箱"),
                "phone", List.of("phone", "mobile", "手机", "手机号", "手机号码"),
                "roles", List.of("roles", "role", "角色"),
                "unitCode", List.of("unitcode", "unit", "单位代码", "单位"),
                "unitHead", List.of("unithead", "head", "单位负责人", "负责人"));
        names.forEach((column, aliases) -> aliases.forEach(alias -> columns.put(alias, column)));
        return Map.copyOf(columns);
    }
}
