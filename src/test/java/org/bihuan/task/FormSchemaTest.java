package org.bihuan.task;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** What the validator reads from a form and what it refuses to load, on small hand-written forms. */
class FormSchemaTest {

    private static final String DECISION = """
            {"id": "f_decision", "key": "decision", "type": "radio", "label": "结论",
             "values": [{"label": "甲", "value": "A"}, {"label": "乙", "value": "B"}]}""";
    private static final String FLAG = """
            {"id": "f_flag", "key": "flag", "type": "checkbox", "label": "标记"}""";
    private static final String OTHER = """
            {"id": "f_other", "key": "other", "type": "checkbox", "label": "另一标记"}""";
    private static final String NAME = """
            {"id": "f_name", "key": "name", "type": "textfield", "label": "名称"}""";
    private static final String AMOUNT = """
            {"id": "f_amount", "key": "amount", "type": "number", "label": "金额"}""";

    private static String form(String... components) {
        return """
                {"id": "sample", "schemaVersion": 16, "components": [%s]}""".formatted(String.join(",\n", components));
    }

    private static String noteHiddenWhen(String expression) {
        return """
                {"id": "f_note", "key": "note", "type": "textarea", "label": "说明", "validate": {"required": true},
                 "conditional": {"hide": "%s"}}""".formatted(expression.replace("\"", "\\\""));
    }

    @ParameterizedTest(name = "{0} with decision={1}, flag={2}, other={3} hides the note: {4}")
    @CsvSource(delimiter = '|', value = {
            "=decision = \"A\"                  | A |       |       | true",
            "=decision = \"A\"                  | B |       |       | false",
            "=decision = \"A\"                  |   |       |       | false",
            "=decision != \"A\"                 |   |       |       | true",
            "=decision != \"A\"                 | A |       |       | false",
            "=flag                              |   | true  |       | true",
            "=flag                              |   |       |       | false",
            "=not(flag)                         |   |       |       | true",
            "=not( flag )                       |   | true  |       | false",
            "=flag = true                       |   | true  |       | true",
            "=flag = false                      |   | false |       | true",
            "=flag != true                      |   | false |       | true",
            "=flag != false                     |   | false |       | false",
            "=decision = \"A\" and flag         | A | true  |       | true",
            "=decision = \"A\" and flag         | A | false |       | false",
            "=decision = \"A\" or flag          | B | true  |       | true",
            "=decision = \"B\" or flag and other| A | true  | false | false",
            "=decision = \"B\" or flag and other| B | false | false | true",
            "=flag and other or not(flag)       |   | false |       | true",
    })
    void aSupportedConditionHidesExactlyWhenFeelWould(String expression, String decision, Boolean flag,
                                                      Boolean other, boolean hidden) {
        FormSchema schema = FormSchema.parse(form(DECISION, FLAG, OTHER, noteHiddenWhen(expression.strip())));
        Map<String, Object> submitted = new HashMap<>();
        submitted.put("decision", decision);
        submitted.put("flag", flag);
        submitted.put("other", other);
        submitted.put("note", "已填写");

        Validation validation = schema.validate(submitted);
        submitted.remove("note");
        Validation withoutNote = schema.validate(submitted);

        assertThat(validation.values().containsKey("note")).isEqualTo(!hidden);
        assertThat(withoutNote.valid()).isEqualTo(hidden);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "=decision == \"A\"",
            "=amount > 5",
            "=(decision = \"A\")",
            "decision = \"A\"",
            "=missing = \"A\"",
            "=decision = \"C\"",
            "=decision = 'A'",
            "=name = true",
            "=flag = \"yes\"",
            "=amount = \"5\"",
            "=decision",
            "=not(decision)",
            "=not flag",
            "=decision = \"A\" and",
            "=decision = \"A\" xor flag",
            "=is defined(decision)",
            "=decision in [\"A\"]",
            "=",
    })
    void anUnsupportedFeelExpressionFailsLoadingNamingTheFormAndTheExpression(String expression) {
        assertThatIllegalStateException()
                .isThrownBy(() -> FormSchema.parse(form(DECISION, FLAG, NAME, AMOUNT, noteHiddenWhen(expression))))
                .withMessageStartingWith("form 'sample': ")
                .withMessageContaining("'" + expression + "'");
    }

    @Test
    void aConditionMayNameAFieldFurtherDown() {
        FormSchema schema = FormSchema.parse(form(noteHiddenWhen("=flag"), FLAG));

        assertThat(schema.validate(Map.of("flag", true)).valid()).isTrue();
    }

    @Test
    void aHiddenFieldIsNotCheckedAtAll() {
        FormSchema schema = FormSchema.parse(form(FLAG, """
                {"id": "f_amount", "key": "amount", "type": "number", "label": "金额",
                 "conditional": {"hide": "=not(flag)"}}"""));

        Validation validation = schema.validate(Map.of("flag", false, "amount", "not a number"));

        assertThat(validation.valid()).isTrue();
        assertThat(validation.values()).containsExactly(Map.entry("flag", false));
    }

    @Test
    void groupsAreWalkedIntoAndTheirConditionHidesTheirFields() {
        FormSchema schema = FormSchema.parse(form(FLAG, """
                {"id": "g", "type": "group", "label": "详情", "conditional": {"hide": "=not(flag)"},
                 "components": [
                   {"id": "g_text", "type": "text", "text": "说明文字"},
                   {"id": "g_name", "key": "name", "type": "textfield", "label": "名称", "validate": {"required": true}}
                 ]}"""));

        assertThat(schema.fields()).extracting(FormField::key).containsExactly("flag", "name");
        assertThat(schema.validate(Map.of("flag", false)).valid()).isTrue();
        assertThat(schema.validate(Map.of("flag", true)).errors()).containsExactly(new FieldError("name", "is required"));
    }

    @Test
    void displayComponentsAreNotFields() {
        FormSchema schema = FormSchema.parse(form("""
                {"id": "t", "type": "text", "text": "# 标题"}""", """
                {"id": "s", "type": "separator"}""", """
                {"id": "b", "type": "button", "action": "submit", "label": "提交"}""", NAME));

        assertThat(schema.fields()).extracting(FormField::key).containsExactly("name");
        assertThat(schema.validate(Map.of("name", "x")).valid()).isTrue();
    }

    @Test
    void choicesFromInputDataAreNotCheckedAgainstAStaticList() {
        FormSchema schema = FormSchema.parse(form("""
                {"id": "u", "key": "unit", "type": "select", "label": "单位", "valuesKey": "units",
                 "validate": {"required": true}}"""));

        assertThat(schema.validate(Map.of("unit", "ANY-UNIT")).values()).containsEntry("unit", "ANY-UNIT");
        assertThat(schema.validate(Map.of()).errors()).containsExactly(new FieldError("unit", "is required"));
        assertThat(schema.field("unit")).get().extracting(FormField::values).isEqualTo(List.of());
        assertThat(schema.valuesKeys()).containsExactly("units");
    }

    @Test
    void aChoiceFedThroughValuesKeyTakesOnlyTheOfferedOptions() {
        FormSchema schema = FormSchema.parse(form("""
                {"id": "u", "key": "unit", "type": "select", "label": "单位", "valuesKey": "units",
                 "validate": {"required": true}},
                {"id": "t", "key": "others", "type": "taglist", "label": "其他单位", "valuesKey": "units"}"""));
        Map<String, List<String>> offered = Map.of("units", List.of("CZJ", "GXJ"));

        assertThat(schema.validate(Map.of("unit", "CZJ", "others", List.of("GXJ")), offered).values())
                .containsEntry("unit", "CZJ").containsEntry("others", List.of("GXJ"));
        assertThat(schema.validate(Map.of("unit", "QQB", "others", List.of("GXJ", "XXX")), offered).errors())
                .containsExactly(new FieldError("unit", "'QQB' is not one of the offered options"),
                        new FieldError("others", "'XXX' is not one of the offered options"));
        assertThat(schema.validate(Map.of("unit", 4401, "others", "CZJ,GXJ"), offered).errors())
                .containsExactly(new FieldError("unit", "must be a single value"), new FieldError("others", "must be a list"));
    }

    @Test
    void aChecklistTakesAListOfItsValues() {
        FormSchema schema = FormSchema.parse(form("""
                {"id": "c", "key": "proofs", "type": "checklist", "label": "材料", "validate": {"required": true},
                 "values": [{"label": "合同", "value": "CONTRACT"}, {"label": "发票", "value": "INVOICE"}]}"""));

        assertThat(schema.validate(Map.of("proofs", List.of("INVOICE", "CONTRACT"))).values())
                .containsEntry("proofs", List.of("INVOICE", "CONTRACT"));
        assertThat(schema.validate(Map.of("proofs", List.of())).errors())
                .containsExactly(new FieldError("proofs", "is required"));
        assertThat(schema.validate(Map.of("proofs", List.of("RECEIPT"))).errors())
                .containsExactly(new FieldError("proofs", "must contain only CONTRACT, INVOICE"));
        assertThat(schema.validate(Map.of("proofs", "CONTRACT")).errors())
                .containsExactly(new FieldError("proofs", "must be a list"));
    }

    @Test
    void textRulesMeasureTheTrimmedTextAndFindThePattern() {
        FormSchema schema = FormSchema.parse(form("""
                {"id": "c", "key": "code", "type": "textfield", "label": "信用代码",
                 "validate": {"minLength": 18, "maxLength": 18, "pattern": "^[0-9A-Z]+$"}}"""));

        assertThat(schema.validate(Map.of("code", "91440101MA5CXXXX0X")).valid()).isTrue();
        assertThat(schema.validate(Map.of("code", " 91440101MA5CXXXX0 ")).errors())
                .containsExactly(new FieldError("code", "must have at least 18 characters"));
        assertThat(schema.validate(Map.of("code", "91440101ma5cxxxx0x")).errors())
                .containsExactly(new FieldError("code", "must match the pattern ^[0-9A-Z]+$"));
    }

    @Test
    void numbersRespectTheirMaximum() {
        FormSchema schema = FormSchema.parse(form("""
                {"id": "n", "key": "days", "type": "number", "label": "天数", "decimalDigits": 0,
                 "validate": {"min": 1, "max": 60.5}}"""));

        assertThat(schema.validate(Map.of("days", 61)).errors())
                .containsExactly(new FieldError("days", "must be at most 60.5"));
        assertThat(schema.validate(Map.of("days", 1.5)).errors())
                .containsExactly(new FieldError("days", "must have at most 0 decimals"));
        assertThat(schema.validate(Map.of("days", new BigDecimal("30.00"))).valid()).isTrue();
    }

    @Test
    void aDateTimeNeedsItsOffset() {
        FormSchema schema = FormSchema.parse(form("""
                {"id": "d", "key": "callAt", "type": "datetime", "subtype": "datetime",
                 "dateLabel": "回访日期", "timeLabel": "时间"}"""));

        assertThat(schema.validate(Map.of("callAt", "2025-03-01T09:30:00+08:00")).values())
                .containsEntry("callAt", OffsetDateTime.of(2025, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8)));
        assertThat(schema.validate(Map.of("callAt", "2025-03-01T09:30")).errors()).extracting(FieldError::message)
                .singleElement().asString().startsWith("must be a date and time with an offset");
        assertThat(schema.field("callAt")).get().extracting(FormField::label).isEqualTo("回访日期");
    }

    @Test
    void askingForTheLengthOfAnUnknownFieldIsAMistake() {
        FormSchema schema = FormSchema.parse(form(NAME));

        assertThat(schema.isLongText("name")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> schema.isLongText("note"));
    }

    @Test
    void theRawJsonIsKeptForClientsThatRenderTheForm() {
        String json = form(NAME);

        assertThat(FormSchema.parse(json).json()).isSameAs(json);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "invalid JSON                 | {\"id\": \"sample\", \"components\": [  | not valid JSON",
            "no id                        | {\"components\": []}                    | has no \"id\"",
            "no components                | {\"id\": \"sample\"}                    | no \"components\"",
    })
    void aBrokenFormFailsLoading(String problem, String json, String message) {
        assertThatIllegalStateException().isThrownBy(() -> FormSchema.parse(json)).withMessageContaining(message);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"id\": \"f_name2\", \"key\": \"name\", \"type\": \"textfield\"}                                  | the key 'name' is used twice",
            "{\"id\": \"f_name\", \"key\": \"alias\", \"type\": \"textfield\"}                                  | the component id 'f_name' is used twice",
            "{\"id\": \"x\", \"type\": \"textfield\"}                                                           | needs a \"key\"",
            "{\"id\": \"x\", \"key\": \"party.name\", \"type\": \"textfield\"}                                  | needs a \"key\"",
            "{\"key\": \"x\", \"type\": \"textfield\"}                                                          | a textfield component has no \"id\"",
            "{\"id\": \"x\", \"key\": \"x\"}                                                                    | has no \"type\"",
            "{\"id\": \"x\", \"type\": \"group\", \"path\": \"party\", \"components\": []}                       | nested values are not supported",
            "{\"id\": \"x\", \"type\": \"dynamiclist\", \"path\": \"rows\", \"components\": []}                 | 'dynamiclist' (id 'x') is not supported",
            "{\"id\": \"x\", \"key\": \"sum\", \"type\": \"expression\", \"expression\": \"=1\"}                 | 'expression' (id 'x') is not supported",
            "{\"id\": \"x\", \"key\": \"at\", \"type\": \"datetime\", \"subtype\": \"time\"}                     | only date and datetime",
            "{\"id\": \"x\", \"key\": \"at\", \"type\": \"datetime\", \"subtype\": \"datetime\", \"timeSerializingFormat\": \"no_timezone\"} | carry the offset",
            "{\"id\": \"x\", \"key\": \"at\", \"type\": \"datetime\", \"subtype\": \"date\", \"disallowPassedDates\": true} | uses disallowPassedDates",
            "{\"id\": \"x\", \"key\": \"mail\", \"type\": \"textfield\", \"validate\": {\"validationType\": \"email\"}} | uses validate.validationType",
            "{\"id\": \"x\", \"key\": \"n\", \"type\": \"number\", \"validate\": {\"min\": \"=limit\"}}          | 'min' of field 'n' must be a number",
            "{\"id\": \"x\", \"key\": \"t\", \"type\": \"textfield\", \"validate\": {\"pattern\": \"[a-\"}}      | invalid pattern",
            "{\"id\": \"x\", \"key\": \"r\", \"type\": \"radio\"}                                               | neither \"values\" nor \"valuesKey\"",
            "{\"id\": \"x\", \"key\": \"s\", \"type\": \"select\", \"valuesExpression\": \"=units\"}          | uses valuesExpression",
            "{\"id\": \"x\", \"key\": \"r\", \"type\": \"radio\", \"values\": [{\"label\": \"一\", \"value\": 1}]} | not a string",
    })
    void aComponentTheValidatorCannotEnforceFailsLoading(String component, String message) {
        assertThatIllegalStateException()
                .isThrownBy(() -> FormSchema.parse(form(NAME, component)))
                .withMessageStartingWith("form 'sample': ")
                .withMessageContaining(message);
    }
}
