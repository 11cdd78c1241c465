package org.bihuan.task;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the complaint lifecycle's forms, on the real files. */
class ArrearsComplaintFormsTest {

    private final FormSchema acceptReview = FormFiles.schema("acceptReview");
    private final FormSchema signFor = FormFiles.schema("signFor");
    private final FormSchema handle = FormFiles.schema("handle");
    private final FormSchema extension = FormFiles.schema("extension");
    private final FormSchema transfer = FormFiles.schema("transfer");
    private final FormSchema evaluate = FormFiles.schema("evaluate");
    private final FormSchema supervision = FormFiles.schema("superviseOverdue");

    @Test
    void aRejectionWithoutAReasonIsRefusedNamingTheField() {
        Validation validation = acceptReview.validate(Map.of("decision", "REJECT"));

        assertThat(validation.valid()).isFalse();
        assertThat(validation.errors()).containsExactly(new FieldError("reason", "is required"));
    }

    @Test
    void aRejectionWithAReasonIsAccepted() {
        Validation validation = acceptReview.validate(Map.of("decision", "REJECT", "reason", "被投诉人不属于受理范围"));

        assertThat(validation.valid()).isTrue();
        assertThat(validation.values()).containsExactly(
                Map.entry("decision", "REJECT"), Map.entry("reason", "被投诉人不属于受理范围"));
    }

    @Test
    void anAcceptanceDropsAReasonTheClerkHadTyped() {
        Validation validation = acceptReview.validate(Map.of("decision", "ACCEPT", "reason", "先写了理由又改了主意"));

        assertThat(validation.valid()).isTrue();
        assertThat(validation.values()).containsExactly(Map.entry("decision", "ACCEPT"));
    }

    @Test
    void aDecisionOutsideTheListIsRefusedNamingTheAllowedCodes() {
        Validation validation = acceptReview.validate(Map.of("decision", "MAYBE", "reason", "?"));

        assertThat(validation.errors()).containsExactly(
                new FieldError("decision", "must be one of ACCEPT, REJECT, SUPPLEMENT"));
    }

    @Test
    void aMissingDecisionIsRequiredAndTheReasonToo() {
        // with no decision the reason is not hidden: "=decision = \"ACCEPT\"" is false for null
        Validation validation = acceptReview.validate(Map.of());

        assertThat(validation.errors()).containsExactly(
                new FieldError("decision", "is required"), new FieldError("reason", "is required"));
    }

    @Test
    void aBlankReasonCountsAsMissing() {
        Validation validation = acceptReview.validate(Map.of("decision", "SUPPLEMENT", "reason", "  \n "));

        assertThat(validation.errors()).containsExactly(new FieldError("reason", "is required"));
    }

    @Test
    void aReasonLongerThanTheFormAllowsIsRefused() {
        assertThat(acceptReview.validate(Map.of("decision", "REJECT", "reason", "理".repeat(2000))).valid()).isTrue();
        assertThat(acceptReview.validate(Map.of("decision", "REJECT", "reason", "理".repeat(2001))).errors())
                .containsExactly(new FieldError("reason", "must have at most 2000 characters"));
    }

    @Test
    void anUnknownFieldIsRefused() {
        Validation validation = acceptReview.validate(Map.of("decision", "ACCEPT", "assignee", "demo"));

        assertThat(validation.errors()).containsExactly(new FieldError("assignee", "is not a field of this form"));
    }

    @Test
    void signingForACaseNeedsNoReasonButReturningItDoes() {
        assertThat(signFor.validate(Map.of("decision", "SIGN")).valid()).isTrue();
        assertThat(signFor.validate(Map.of("decision", "RETURN")).errors())
                .containsExactly(new FieldError("reason", "is required"));
        assertThat(signFor.validate(Map.of("decision", "RETURN", "reason", "不属于本单位职责")).values())
                .containsEntry("reason", "不属于本单位职责");
    }

    @Test
    void theAmountAndTheReplyAreRequiredToHandleACase() {
        Validation validation = handle.validate(Map.of("outcome", "PAID_IN_FULL"));

        assertThat(validation.errors()).containsExactly(
                new FieldError("amountRecovered", "is required"), new FieldError("reply", "is required"));
    }

    @Test
    void anAmountWithThreeDecimalsIsRefused() {
        Validation validation = handle.validate(handled(12.345));

        assertThat(validation.errors())
                .containsExactly(new FieldError("amountRecovered", "must have at most 2 decimals"));
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertThat(handle.validate(handled(-1)).errors())
                .containsExactly(new FieldError("amountRecovered", "must be at least 0"));
    }

    @Test
    void amountsArriveAsJsonNumbersOrNumericStringsAndLeaveAsBigDecimals() {
        assertThat(handle.validate(handled(1234.5)).values().get("amountRecovered")).isEqualTo(new BigDecimal("1234.5"));
        assertThat(handle.validate(handled(0)).values().get("amountRecovered")).isEqualTo(BigDecimal.ZERO);
        assertThat(handle.validate(handled("86000.10")).values().get("amountRecovered"))
                .isEqualTo(new BigDecimal("86000.10"));
        assertThat(handle.validate(handled("八万")).errors())
                .containsExactly(new FieldError("amountRecovered", "must be a number"));
        assertThat(handle.validate(handled(true)).errors())
                .containsExactly(new FieldError("amountRecovered", "must be a number"));
    }

    @Test
    void anApprovalWithoutANewDeadlineIsRefused() {
        Validation validation = extension.validate(Map.of("approve", true));

        assertThat(validation.errors()).containsExactly(new FieldError("newDeadline", "is required"));
    }

    @Test
    void anApprovalCarriesTheNewDeadlineAsADate() {
        Validation validation = extension.validate(Map.of("approve", "true", "newDeadline", "2025-10-09"));

        assertThat(validation.valid()).isTrue();
        assertThat(validation.values()).containsExactly(
                Map.entry("approve", true), Map.entry("newDeadline", LocalDate.of(2025, 10, 9)));
    }

    @Test
    void aRefusalNeedsNoDeadlineAndDropsOneThatWasTyped() {
        assertThat(extension.validate(Map.of("approve", false)).valid()).isTrue();
        assertThat(extension.validate(Map.of("approve", "false", "newDeadline", "2025-10-09")).values())
                .containsExactly(Map.entry("approve", false));
    }

    @Test
    void anUntickedApprovalIsARefusal() {
        Validation validation = extension.validate(Map.of("note", "理由不充分"));

        assertThat(validation.valid()).isTrue();
        assertThat(validation.values()).containsExactly(Map.entry("approve", false), Map.entry("note", "理由不充分"));
    }

    @Test
    void aDeadlineThatIsNotAnIsoDateIsRefused() {
        assertThat(extension.validate(Map.of("approve", true, "newDeadline", "2025/10/09")).errors())
                .containsExactly(new FieldError("newDeadline", "must be a date (yyyy-MM-dd)"));
        assertThat(extension.validate(Map.of("approve", true, "newDeadline", "2025-02-30")).errors())
                .containsExactly(new FieldError("newDeadline", "must be a date (yyyy-MM-dd)"));
    }

    @Test
    void anApprovalThatIsNeitherTrueNorFalseIsRefused() {
        assertThat(extension.validate(Map.of("approve", "yes")).errors())
                .containsExactly(new FieldError("approve", "must be true or false"));
        assertThat(extension.validate(Map.of("approve", 1)).errors())
                .containsExactly(new FieldError("approve", "must be true or false"));
    }

    @Test
    void theHandlingUnitIsRequiredAndOneOfTheOfferedUnits() {
        Map<String, List<String>> units = Map.of("unitOptions", List.of("GZ-GXJ", "GZ-CZJ"));

        assertThat(transfer.valuesKeys()).containsExactly("unitOptions");
        assertThat(transfer.validate(Map.of("unitCode", ""), units).errors())
                .containsExactly(new FieldError("unitCode", "is required"));
        assertThat(transfer.validate(Map.of("unitCode", "GZ-QQB"), units).errors())
                .containsExactly(new FieldError("unitCode", "'GZ-QQB' is not one of the offered options"));
        assertThat(transfer.validate(Map.of("unitCode", 4401), units).errors())
                .containsExactly(new FieldError("unitCode", "must be a single value"));
        assertThat(transfer.validate(Map.of("unitCode", "GZ-GXJ"), units).values())
                .containsExactly(Map.entry("unitCode", "GZ-GXJ"));
    }

    @Test
    void anOptionalCommentMayBeLeftOutOrBlank() {
        Map<String, Object> blankComment = new HashMap<>();
        blankComment.put("satisfaction", "BASICALLY_SATISFIED");
        blankComment.put("comment", " ");

        assertThat(evaluate.validate(blankComment).values())
                .containsExactly(Map.entry("satisfaction", "BASICALLY_SATISFIED"));
        assertThat(evaluate.validate(Map.of("satisfaction", "SATISFIED")).valid()).isTrue();
        assertThat(evaluate.validate(Map.of()).errors())
                .containsExactly(new FieldError("satisfaction", "is required"));
    }

    @Test
    void aNullValueCountsAsMissing() {
        Map<String, Object> nothing = new HashMap<>();
        nothing.put("note", null);

        assertThat(supervision.validate(nothing).errors()).containsExactly(new FieldError("note", "is required"));
    }

    @Test
    void theLongTextsOfTheComplaintFormsAreTheirTextareas() {
        assertThat(handle.fields()).filteredOn(FormField::longText).extracting(FormField::key)
                .containsExactly("reply");
        assertThat(acceptReview.field("decision")).get().extracting(FormField::values)
                .isEqualTo(List.of("ACCEPT", "REJECT", "SUPPLEMENT"));
    }

    private static Map<String, Object> handled(Object amount) {
        return Map.of("outcome", "REPAYMENT_PLAN", "amountRecovered", amount, "reply", "已与被投诉人达成分期还款协议");
    }
}
