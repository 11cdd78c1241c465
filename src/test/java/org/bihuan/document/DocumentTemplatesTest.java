package org.bihuan.document;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentTemplatesTest {

    private static DocumentTemplates parse(String yaml) {
        return new DocumentTemplates(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String NOTICE = """
            values:
              office: 市清欠办
            documents:
              NOTICE:
                name: 通知书
                series: "N-{unit}"
                number: "通〔{year}〕{seq}号"
                issuer: "{office}"
                title: 通知书
                addressee: "{partyName}："
                body:
                  - "投诉{caseNo}：{reason}"
                  - "意见：{note}"
                  - "{referral}"
                defaults:
                  referral: 可向法院起诉。
                omitWhenBlank: [note]
                signatory: "{office}"
                sealed: true
                announce: complaint.accepted
            """;

    @Test
    void a_document_is_composed_from_its_template_the_shared_values_the_defaults_and_the_steps_data() {
        Map<String, Object> params = new HashMap<>(Map.of("unit", "CZJ", "partyName", "甲公司", "caseNo", "TS2026-000001",
                "reason", "材料齐全"));
        params.put("note", " ");

        DocumentTemplates.Composed composed = parse(NOTICE).compose("NOTICE", params);

        assertThat(composed.series()).isEqualTo("N-CZJ");
        assertThat(composed.numberFormat()).isEqualTo("通〔{year}〕{seq}号");
        assertThat(composed.issuerMark()).isEqualTo("市清欠办");
        assertThat(composed.addressee()).isEqualTo("甲公司：");
        assertThat(composed.paragraphs()).containsExactly("投诉TS2026-000001：材料齐全", "可向法院起诉。");
        assertThat(composed.sealed()).isTrue();
        assertThat(composed.announce()).isEqualTo("complaint.accepted");
    }

    @Test
    void the_steps_own_words_win_over_a_default() {
        DocumentTemplates.Composed composed = parse(NOTICE).compose("NOTICE", Map.of("unit", "CZJ", "partyName", "甲公司",
                "caseNo", "TS2026-000001", "reason", "不属于受理范围", "note", "请核实", "referral", "请向市场监管部门反映。"));

        assertThat(composed.paragraphs()).containsExactly("投诉TS2026-000001：不属于受理范围", "意见：请核实", "请向市场监管部门反映。");
    }

    @Test
    void a_missing_parameter_fails_naming_every_one() {
        assertThatThrownBy(() -> parse(NOTICE).compose("NOTICE", Map.of("unit", "CZJ")))
                .hasMessageContaining("NOTICE").hasMessageContaining("[caseNo, partyName, reason]");
    }

    @Test
    void a_number_without_its_sequence_and_an_unknown_field_are_refused_at_start() {
        assertThatThrownBy(() -> parse(NOTICE.replace("通〔{year}〕{seq}号", "通〔{year}〕号")))
                .hasMessageContaining("{seq}");
        assertThatThrownBy(() -> parse(NOTICE.replace("sealed: true", "sealed: true\n    colour: red")))
                .hasMessageContaining("colour");
    }

    @Test
    void the_shipped_templates_load_and_name_every_kind_the_lifecycles_issue() {
        assertThat(new DocumentTemplates().kinds()).containsExactlyInAnyOrder("ACCEPTANCE_NOTICE", "REJECTION_NOTICE",
                "SUPPLEMENT_NOTICE", "TRANSFER_SHEET", "ASSIGNMENT_SHEET", "ASSIGNMENT_LIST", "REPLY_LETTER", "SUPERVISION_LETTER");
    }
}
