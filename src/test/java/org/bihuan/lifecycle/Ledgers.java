package org.bihuan.lifecycle;

import org.bihuan.support.TestUsers;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ledgers (台账) as an office keeps them, for the import tests: rows by the Chinese headers of docs/legacy-import.md,
 * written as an XLSX workbook (days as Excel dates, as a clerk types them) or as a CSV file.
 */
public final class Ledgers {

    public static final List<String> COMPLAINT_HEADERS = List.of("编号", "收件日期", "当前环节", "环节开始日期", "环节期限", "承办单位",
            "办理记录", "投诉企业名称", "投诉企业统一社会信用代码", "企业规模", "联系人", "联系电话", "联系邮箱", "企业地址", "被投诉单位名称",
            "被投诉单位统一社会信用代码", "被投诉单位类型", "被投诉单位所在地区", "被投诉单位地址", "被投诉单位联系人", "被投诉单位联系电话",
            "欠款金额", "合同编号", "合同签订日期", "约定付款日期", "投诉事项", "是否已诉讼或仲裁", "办理结果", "已清偿金额", "答复内容");

    public static final List<String> PROPOSAL_HEADERS = List.of("编号", "收件日期", "当前环节", "环节开始日期", "环节期限", "承办单位",
            "办理记录", "提案标题", "提案内容", "类别", "提案类型", "提案人", "联名人");

    private Ledgers() {
    }

    /** An open complaint of 杭州甲乙科技 (ent-a's enterprise) against 杭州丙丁贸易 at the step, with its history. */
    public static Map<String, Object> complaint(String number, String step, LocalDate received, LocalDate started, String unit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("编号", number);
        row.put("收件日期", received);
        row.put("当前环节", step);
        row.put("环节开始日期", started);
        row.put("承办单位", unit);
        row.put("办理记录", received + " 收到投诉（来信）\n" + received.plusDays(5) + " 受理\n" + started + " " + step + "开始");
        row.put("投诉企业名称", "杭州甲乙科技有限公司");
        row.put("投诉企业统一社会信用代码", TestUsers.ENT_A_CREDIT_CODE);
        row.put("企业规模", "小型");
        row.put("联系人", "王经理");
        row.put("联系电话", "13800000001");
        row.put("联系邮箱", "ent-a@demo.bihuan.local");
        row.put("企业地址", "杭州市西湖区文三路 1 号");
        row.put("被投诉单位名称", "杭州丙丁贸易有限公司");
        row.put("被投诉单位统一社会信用代码", TestUsers.ENT_B_CREDIT_CODE);
        row.put("被投诉单位类型", "大型企业");
        row.put("被投诉单位所在地区", "杭州市");
        row.put("被投诉单位联系人", "李会计");
        row.put("被投诉单位联系电话", "0571-88880000");
        row.put("欠款金额", 286000);
        row.put("合同编号", "HT-2024-" + number);
        row.put("合同签订日期", LocalDate.of(2024, 3, 1));
        row.put("约定付款日期", LocalDate.of(2024, 9, 30));
        row.put("投诉事项", "货款 28.6 万元逾期未付，多次催要无果。");
        row.put("是否已诉讼或仲裁", "否");
        return row;
    }

    /** The unit's reply a complaint at the phone follow-up (回访) has had. */
    public static Map<String, Object> replied(Map<String, Object> row, String outcome, Number recovered, String reply) {
        row.put("办理结果", outcome);
        row.put("已清偿金额", recovered);
        row.put("答复内容", reply);
        return row;
    }

    /** An open proposal of 郑委员 (member). */
    public static Map<String, Object> proposal(String number, String step, LocalDate received, LocalDate started, String unit,
                                               String title) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("编号", number);
        row.put("收件日期", received);
        row.put("当前环节", step);
        row.put("环节开始日期", started);
        row.put("承办单位", unit);
        row.put("办理记录", received + " 提交提案");
        row.put("提案标题", title);
        row.put("提案内容", "问题：老旧小区加装电梯进展缓慢。分析：资金和协调机制不足。建议：一是财政补贴；二是简化审批。");
        row.put("类别", "城乡建设");
        row.put("提案类型", "个人");
        row.put("提案人", "郑委员");
        return row;
    }

    public static Map<String, Object> with(Map<String, Object> row, String header, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(row);
        changed.put(header, value);
        return changed;
    }

    /** The rows under the header as the first sheet of a workbook: days as Excel dates, amounts as numbers. */
    public static byte[] xlsx(List<String> header, List<Map<String, Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Ledger", "1.0");
            Worksheet sheet = workbook.newWorksheet("台账");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < header.size(); c++) {
                    Object value = rows.get(r).get(header.get(c));
                    if (value instanceof LocalDate day) {
                        sheet.value(r + 1, c, day);
                        sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (value instanceof LocalDateTime time) {
                        sheet.value(r + 1, c, time);
                        sheet.style(r + 1, c).format("yyyy-mm-dd hh:mm").set();
                    } else if (value instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (value != null) {
                        sheet.value(r + 1, c, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same as CSV in UTF-8 with a byte-order mark, as Excel saves "CSV UTF-8". */
    public static byte[] csv(List<String> header, List<Map<String, Object>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", header.stream().map(Ledgers::quoted).toList())).append("\r\n");
        for (Map<String, Object> row : rows) {
            csv.append(String.join(",", header.stream().map(h -> row.get(h) == null ? "" : quoted(row.get(h).toString())).toList()))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
