package org.bihuan.supervision.stats;

import org.bihuan.casefile.CaseType;
import org.bihuan.supervision.stats.StatsReport.Definition;
import org.bihuan.supervision.stats.StatsReport.Figure;

import java.util.Arrays;
import java.util.List;

/** Headings shared by the CSV and the XLSX export, so both read the same. */
final class Sheets {

    static final String MONTHLY_TITLE = "清欠按月 Recovered by month (CNY)";
    static final String DEFINITIONS_TITLE = "口径 Definitions";
    static final List<String> DEFINITION_HEADER =
            List.of("指标 Figure", "Key", "单位 Unit", "权重 Weight", "口径", "Definition");

    private Sheets() {
    }

    static String typeLabel(CaseType type) {
        return switch (type) {
            case COMPLAINT -> "投诉 Complaints";
            case PROPOSAL -> "提案 Proposals";
        };
    }

    static String heading(Figure figure) {
        String unit = switch (Measure.Kind.valueOf(figure.unit())) {
            case PERCENT -> " (%)";
            case AMOUNT -> " (CNY)";
            default -> "";
        };
        return figure.label() + (figure.labelEn() == null ? "" : " " + figure.labelEn()) + unit;
    }

    static List<Object> definitionCells(Definition d) {
        return Arrays.asList(d.label() + (d.labelEn() == null ? "" : " " + d.labelEn()), d.key(), d.unit(), d.weight(),
                d.definition(), d.definitionEn());
    }
}
