package org.bihuan.proposal;

import java.util.Map;

/** 答复类别 (docs/domain/proposals.md §6). */
final class ReplyClass {

    private static final Map<String, String> LABELS = Map.of(
            "A", "A类（所提问题已经解决或基本解决）",
            "B", "B类（所提问题正在解决或已列入计划解决）",
            "C", "C类（所提问题因条件限制暂时不能解决）",
            "D", "D类（所提问题留作参考）");

    private ReplyClass() {
    }

    static String label(String code) {
        return code == null ? "" : LABELS.getOrDefault(code, code);
    }
}
