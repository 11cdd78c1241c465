package org.bihuan.web.dashboard;

import org.bihuan.casefile.CaseSearchRequest;
import org.bihuan.supervision.Dashboard;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The dashboard's tables in the page's words: every text resolved in the page's language, every number formatted and
 * linked to the workbench's case search that lists the cases it counted. The same shown tables make the page's
 * tables, the charts' data and the CSV/XLSX downloads, so a download holds exactly what the page shows.
 */
@Component
class DashboardTables {

    /** The workbench's case search page; its query parameters are those of GET /api/cases. */
    static final String CASE_SEARCH = "/workbench/cases";

    private final MessageSource messages;

    DashboardTables(MessageSource messages) {
        this.messages = messages;
    }

    /** A table as the page shows it. */
    public record Shown(String key, String chart, String title, String rowHeading, List<ShownColumn> columns, List<ShownRow> rows,
                 ShownRow total) {

        public String id() {
            return key.replaceAll("[^A-Za-z0-9-]", "-");
        }
    }

    /** @param definition how the figure is computed (shown on hover and focus, and read as the heading's description) */
    public record ShownColumn(String key, String label, String definition, String unit, boolean charted) {
    }

    public record ShownRow(String key, String label, List<ShownCell> cells) {
    }

    /**
     * @param text        the figure as shown ("50.0%", "3", "1,234.00")
     * @param href        where the figure leads (a count's or an amount's cases), null for a rate (its parts lead)
     * @param chartValue  the number the chart draws, empty when there is none (a rate without a denominator)
     * @param chartHref   where a click on the chart's bar leads: the count's cases, a rate's denominator's
     */
    public record ShownCell(String text, String href, ShownCount numerator, ShownCount denominator, String chartValue, String chartHref,
                     BigDecimal value) {
    }

    public record ShownCount(String text, String href, long value) {
    }

    Shown show(Dashboard.Table table) {
        boolean english = english();
        List<ShownColumn> columns = table.columns().stream().map(c -> new ShownColumn(c.key(), text(c.label()),
                c.definition() == null ? null : text(c.definition()), c.unit(), c.charted())).toList();
        List<ShownRow> rows = table.rows().stream().map(r -> row(r, english)).toList();
        boolean perType = table.key().contains("-");
        String key = perType ? table.key().substring(0, table.key().indexOf('-')) : table.key();
        String title = perType ? message("dashboard.table." + key + ".of", message("caseType." + table.type().name()))
                : message("dashboard.table." + key);
        return new Shown(table.key(), table.chart(), title, message("dashboard.rows." + key), columns, rows,
                table.total() == null ? null : row(table.total(), english));
    }

    private ShownRow row(Dashboard.Row row, boolean english) {
        return new ShownRow(row.key(), text(row.label()), row.cells().stream().map(this::cell).toList());
    }

    private ShownCell cell(Dashboard.Cell cell) {
        ShownCount numerator = count(cell.numerator());
        ShownCount denominator = count(cell.denominator());
        String text = format(cell.value(), cell.unit());
        String href = href(cell.link());
        return new ShownCell(text, href, numerator, denominator, cell.value() == null ? "" : cell.value().toPlainString(),
                href != null ? href : denominator == null ? null : denominator.href(), cell.value());
    }

    private ShownCount count(Dashboard.Count count) {
        return count == null ? null : new ShownCount(integer(count.value()), href(count.link()), count.value());
    }

    /** The header and rows of a table's download: a rate's numerator and denominator in columns of their own. */
    Download download(Shown table) {
        List<String> header = new ArrayList<>();
        header.add(table.rowHeading());
        boolean[] rate = new boolean[table.columns().size()];
        Stream.concat(table.rows().stream(), Stream.ofNullable(table.total())).forEach(row -> {
            for (int c = 0; c < row.cells().size(); c++) {
                rate[c] |= row.cells().get(c).denominator() != null;
            }
        });
        for (int c = 0; c < table.columns().size(); c++) {
            ShownColumn column = table.columns().get(c);
            header.add(column.label() + ("PERCENT".equals(column.unit()) ? " (%)" : ""));
            if (rate[c]) {
                header.add(message("dashboard.export.numerator", column.label()));
                header.add(message("dashboard.export.denominator", column.label()));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        Stream.concat(table.rows().stream(), Stream.ofNullable(table.total())).forEach(row -> {
            List<Object> cells = new ArrayList<>();
            cells.add(row.label());
            for (int c = 0; c < row.cells().size(); c++) {
                ShownCell cell = row.cells().get(c);
                cells.add(cell.value());
                if (rate[c]) {
                    cells.add(cell.numerator() == null ? null : cell.numerator().value());
                    cells.add(cell.denominator() == null ? null : cell.denominator().value());
                }
            }
            rows.add(cells);
        });
        return new Download(table.title(), header, rows);
    }

    public record Download(String name, List<String> header, List<List<Object>> rows) {
    }

    /** The case search page with the search's criteria. */
    static String href(CaseSearchRequest search) {
        if (search == null) {
            return null;
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(CASE_SEARCH);
        search.parameters().forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }

    String text(Dashboard.Text text) {
        if (text.key() != null) {
            Object[] args = text.args().stream().map(a -> a == null ? "" : a).toArray();
            return messages.getMessage(text.key(), args, text.zh() == null ? text.key() : text.zh(), LocaleContextHolder.getLocale());
        }
        return text.in(english());
    }

    String format(BigDecimal value, String unit) {
        if (value == null) {
            return message("dashboard.noValue");
        }
        Locale locale = LocaleContextHolder.getLocale();
        return switch (unit == null ? "COUNT" : unit) {
            case "PERCENT" -> decimal(value, 1, locale) + "%";
            case "AMOUNT" -> decimal(value, 2, locale);
            case "WORKING_DAYS", "SCORE" -> decimal(value, 1, locale);
            default -> integer(value.longValue());
        };
    }

    private static String decimal(BigDecimal value, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static String integer(long value) {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
