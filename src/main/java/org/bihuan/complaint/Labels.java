package org.bihuan.complaint;

import java.util.Map;

/** Chinese words for the codes that notices show to people (the forms carry the same labels for their fields). */
final class Labels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("PAID_IN_FULL", "已全额支付"),
            Map.entry("REPAYMENT_PLAN", "达成还款计划"),
            Map.entry("LEGAL_ROUTE", "引导通过法律途径解决"),
            Map.entry("UNFOUNDED", "投诉事项不成立"),
            Map.entry("SATISFIED", "满意"),
            Map.entry("BASICALLY_SATISFIED", "基本满意"),
            Map.entry("UNSATISFIED", "不满意"),
            Map.entry("NO_RESPONSE", "未评价"),
            Map.entry("REVIEWED_BY_SUPERVISOR", "不满意经督办复核办结"));

    private Labels() {
    }

    static String of(String code) {
        return code == null ? "" : LABELS.getOrDefault(code, code);
    }
}
