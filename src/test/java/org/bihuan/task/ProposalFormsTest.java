package org.bihuan.task;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the proposal lifecycle's forms, on the real files. */
class ProposalFormsTest {

    private final FormSchema cosign = FormFiles.schema("cosign");
    private final FormSchema review = FormFiles.schema("review");
    private final FormSchema assign = FormFiles.schema("assign");
    private final FormSchema signFor = FormFiles.schema("proposalSignFor");
    private final FormSchema coOpinion = FormFiles.schema("coOpinion");
    private final FormSchema consult = FormFiles.schema("consult");
    private final FormSchema reply = FormFiles.schema("reply");
    private final FormSchema extension = FormFiles.schema("proposalExtension");
    private final FormSchema rehandleDecision = FormFiles.schema("rehandleDecision");
    private final FormSchema leaderSupervision = FormFiles.schema("leaderSupervision");

    @Test
    void aCosignerConfirmsOrDeclinesAndMayAddANote() {
        assertThat(cosign.validate(Map.of("decision", "CONFIRM")).values())
                .containsExactly(Map.entry("decision", "CONFIRM"));
        assertThat(cosign.validate(Map.of("decision", "DECLINE", "note", "本人未参与该提案调研")).values())
                .containsExactly(Map.entry("decision", "DECLINE"), Map.entry("note", "本人未参与该提案调研"));
        assertThat(cosign.validate(Map.of()).errors()).containsExactly(new FieldError("decision", "is required"));
        assertThat(cosign.validate(Map.of("decision", "CONFIRM", "note", "注".repeat(1001))).errors())
                .containsExactly(new FieldError("note", "must have at most 1000 characters"));
    }

    @Test
    void aMergeWithoutTheTargetNumberIsRefused() {
        Validation validation = review.validate(Map.of("decision", "MERGE", "reason", "与同类提案内容相近"));

        assertThat(validation.errors()).containsExactly(new FieldError("mergeInto", "is required"));
    }

    @Test
    void aMergeTargetIsOneOfTheOfferedRegisteredProposals() {
        Map<String, List<String>> registered = Map.of("mergeOptions", List.of("20260012", "20260013"));

        assertThat(review.valuesKeys()).containsExactly("mergeOptions");
        assertThat(review.validate(merged("20260099"), registered).errors())
                .containsExactly(new FieldError("mergeInto", "'20260099' is not one of the offered options"));
        assertThat(review.validate(merged(20260012), registered).errors())
                .containsExactly(new FieldError("mergeInto", "must be a single value"));
        assertThat(review.validate(merged("20260013"), registered).valid()).isTrue();
    }

    @Test
    void aMergeCarriesTheTargetNumberAndTheReasonButNoForwarding() {
        Map<String, Object> submitted = new HashMap<>(merged("20260012"));
        submitted.put("forwardAsOpinion", true);

        Validation validation = review.validate(submitted);

        assertThat(validation.valid()).isTrue();
        assertThat(validation.values()).containsExactly(Map.entry("decision", "MERGE"),
                Map.entry("reason", "与同类提案内容相近"), Map.entry("mergeInto", "20260012"));
    }

    @Test
    void registeringNeedsNoReasonAndDropsATypedOne() {
        assertThat(review.validate(Map.of("decision", "REGISTER")).valid()).isTrue();

        Validation validation = review.validate(Map.of("decision", "REGISTER", "reason", "先写了理由又改了主意",
                "mergeInto", "20260012", "forwardAsOpinion", true));

        assertThat(validation.valid()).isTrue();
        assertThat(validation.values()).containsExactly(Map.entry("decision", "REGISTER"));
    }

    @Test
    void aRefusalNeedsAReasonAndIsForwardedAsAnOpinionOnlyWhenTicked() {
        assertThat(review.validate(Map.of("decision", "NOT_REGISTER")).errors())
                .containsExactly(new FieldError("reason", "is required"));
        assertThat(review.validate(Map.of("decision", "NOT_REGISTER", "reason", "属于个人事务")).values())
                .containsExactly(Map.entry("decision", "NOT_REGISTER"), Map.entry("reason", "属于个人事务"),
                        Map.entry("forwardAsOpinion", false));
        assertThat(review.validate(Map.of("decision", "NOT_REGISTER", "reason", "无具体建议",
                "forwardAsOpinion", true)).values())
                .containsEntry("forwardAsOpinion", true);
    }

    @Test
    void aKeyProposalNeedsASupervisingLeader() {
        assertThat(assign.validate(assigned("key", true)).errors())
                .containsExactly(new FieldError("supervisingLeader", "is required"));

        Validation validation = assign.validate(assigned("key", true, "supervisingLeader", "leader"));

        assertThat(validation.valid()).isTrue();
        assertThat(validation.values()).containsEntry("key", true).containsEntry("supervisingLeader", "leader");
    }

    @Test
    void anOrdinaryProposalDropsTheLeaderField() {
        assertThat(assign.validate(assigned("key", false, "supervisingLeader", "leader")).values())
                .containsExactly(Map.entry("leadUnit", "GZ-FGW"), Map.entry("mode", "LEAD"), Map.entry("key", false));
        // an absent checkbox is unticked, so the leader field is hidden as well
        assertThat(assign.validate(assigned("supervisingLeader", "leader")).values())
                .containsExactly(Map.entry("leadUnit", "GZ-FGW"), Map.entry("mode", "LEAD"), Map.entry("key", false));
    }

    @Test
    void theCoUnitsAreAListOfOfferedUnitsNotACommaSeparatedText() {
        Map<String, List<String>> offered = Map.of("unitOptions", List.of("GZ-FGW", "GZ-CZJ", "GZ-GXJ"),
                "leaderOptions", List.of("leader"));

        assertThat(assign.valuesKeys()).containsExactly("unitOptions", "leaderOptions");
        assertThat(assign.validate(assigned("coUnits", List.of("GZ-CZJ", "GZ-GXJ")), offered).values())
                .containsEntry("coUnits", List.of("GZ-CZJ", "GZ-GXJ"));
        assertThat(assign.validate(assigned("coUnits", "GZ-CZJ,GZ-GXJ"), offered).errors())
                .containsExactly(new FieldError("coUnits", "must be a list"));
        assertThat(assign.validate(assigned("coUnits", List.of("GZ-CZJ", "GZ-QQB")), offered).errors())
                .containsExactly(new FieldError("coUnits", "'GZ-QQB' is not one of the offered options"));
        assertThat(assign.validate(assigned("key", true, "supervisingLeader", "member"), offered).errors())
                .containsExactly(new FieldError("supervisingLeader", "'member' is not one of the offered options"));
    }

    @Test
    void anAssignmentNeedsALeadUnitAndAHandlingMode() {
        assertThat(assign.validate(Map.of()).errors()).containsExactly(
                new FieldError("leadUnit", "is required"), new FieldError("mode", "is required"));
        assertThat(assign.validate(Map.of("leadUnit", "GZ-FGW", "mode", "JOINT")).errors())
                .containsExactly(new FieldError("mode", "must be one of LEAD, SPLIT"));
        assertThat(assign.validate(Map.of("leadUnit", 4401, "mode", "SPLIT")).errors())
                .containsExactly(new FieldError("leadUnit", "must be a single value"));
    }

    @Test
    void anObjectionNeedsAReason() {
        assertThat(signFor.validate(Map.of("decision", "OBJECT")).errors())
                .containsExactly(new FieldError("reason", "is required"));
        assertThat(signFor.validate(Map.of("decision", "OBJECT", "reason", "该事项不属于本单位职责")).values())
                .containsExactly(Map.entry("decision", "OBJECT"), Map.entry("reason", "该事项不属于本单位职责"));
    }

    @Test
    void anAcceptanceDropsAReasonThatWasTyped() {
        assertThat(signFor.validate(Map.of("decision", "ACCEPT", "reason", "改了主意")).values())
                .containsExactly(Map.entry("decision", "ACCEPT"));
        assertThat(signFor.validate(Map.of("decision", "SIGN")).errors())
                .containsExactly(new FieldError("decision", "must be one of ACCEPT, OBJECT"));
    }

    @Test
    void aCoHandlingUnitMustGiveAnOpinion() {
        assertThat(coOpinion.validate(Map.of("opinion", " ")).errors())
                .containsExactly(new FieldError("opinion", "is required"));
        assertThat(coOpinion.validate(Map.of("opinion", "意".repeat(5001))).errors())
                .containsExactly(new FieldError("opinion", "must have at most 5000 characters"));
        assertThat(coOpinion.validate(Map.of("opinion", "同意主办单位意见")).valid()).isTrue();
    }

    @Test
    void consultNeedsAValidDateAndOneOfTheFourMethods() {
        assertThat(consult.validate(Map.of()).errors()).containsExactly(new FieldError("date", "is required"),
                new FieldError("method", "is required"), new FieldError("summary", "is required"));
        assertThat(consult.validate(consulted("2026-02-30", "MEETING")).errors())
                .containsExactly(new FieldError("date", "must be a date (yyyy-MM-dd)"));
        assertThat(consult.validate(consulted("2026-04-15", "EMAIL")).errors())
                .containsExactly(new FieldError("method", "must be one of MEETING, PHONE, VISIT, LETTER"));

        for (String method : List.of("MEETING", "PHONE", "VISIT", "LETTER")) {
            assertThat(consult.validate(consulted("2026-04-15", method)).values()).containsExactly(
                    Map.entry("date", LocalDate.of(2026, 4, 15)), Map.entry("method", method),
                    Map.entry("summary", "与提案人当面沟通办理思路"));
        }
    }

    @Test
    void aReplyIsPublishableUnlessUnticked() {
        assertThat(reply.validate(replied("A", true)).values()).containsExactly(Map.entry("replyClass", "A"),
                Map.entry("replyText", "经研究，已列入年度计划并完成"), Map.entry("publishable", true));
        assertThat(reply.validate(replied("B", false)).values()).containsEntry("publishable", false);
    }

    /**
     * form-js submits the checkbox with its default (ticked), but the validator does not apply defaults:
     * an absent checkbox is unticked. A client outside Tasklist that leaves the field out therefore
     * keeps the reply unpublished, the safe side for a text that might hold details not meant for the public.
     */
    @Test
    void aReplyWithoutThePublishableFieldIsNotPublished() {
        assertThat(reply.field("publishable")).get().extracting(FormField::required).isEqualTo(false);

        Validation validation = reply.validate(Map.of("replyClass", "C", "replyText", "受财力所限，暂时不能解决"));

        assertThat(validation.valid()).isTrue();
        assertThat(validation.values()).containsEntry("publishable", false);
    }

    @Test
    void aReplyNeedsOneOfTheFourClassesAndAText() {
        assertThat(reply.validate(Map.of("publishable", true)).errors()).containsExactly(
                new FieldError("replyClass", "is required"), new FieldError("replyText", "is required"));
        assertThat(reply.validate(replied("E", true)).errors())
                .containsExactly(new FieldError("replyClass", "must be one of A, B, C, D"));
        assertThat(reply.validate(Map.of("replyClass", "D", "replyText", "答".repeat(10001))).errors())
                .containsExactly(new FieldError("replyText", "must have at most 10000 characters"));
        assertThat(reply.validate(Map.of("replyClass", "D", "replyText", "答".repeat(10000))).valid()).isTrue();
    }

    @Test
    void anApprovedExtensionNeedsTheNewDeadlineAndARefusalDropsIt() {
        assertThat(extension.validate(Map.of("approve", true)).errors())
                .containsExactly(new FieldError("newDeadline", "is required"));
        assertThat(extension.validate(Map.of("approve", true, "newDeadline", "2026-12-31")).values())
                .containsExactly(Map.entry("approve", true), Map.entry("newDeadline", LocalDate.of(2026, 12, 31)));
        assertThat(extension.validate(Map.of("newDeadline", "2026-12-31", "note", "延期理由不充分")).values())
                .containsExactly(Map.entry("approve", false), Map.entry("note", "延期理由不充分"));
    }

    @Test
    void theCommitteeGivesAReasonForEitherRehandlingDecision() {
        assertThat(rehandleDecision.validate(Map.of("decision", "CLOSE")).errors())
                .containsExactly(new FieldError("note", "is required"));
        assertThat(rehandleDecision.validate(Map.of("decision", "REHANDLE", "note", "答复未回应核心建议")).values())
                .containsExactly(Map.entry("decision", "REHANDLE"), Map.entry("note", "答复未回应核心建议"));
        assertThat(rehandleDecision.validate(Map.of("decision", "REOPEN", "note", "?")).errors())
                .containsExactly(new FieldError("decision", "must be one of REHANDLE, CLOSE"));
    }

    @Test
    void aSupervisingLeaderMustWriteAnOpinion() {
        assertThat(leaderSupervision.validate(Map.of()).errors())
                .containsExactly(new FieldError("note", "is required"));
        assertThat(leaderSupervision.validate(Map.of("note", "请主办单位加快办理")).valid()).isTrue();
    }

    @Test
    void theLongTextsOfTheProposalFormsAreTheirTextareas() {
        assertThat(review.fields()).filteredOn(FormField::longText).extracting(FormField::key)
                .containsExactly("reason");
        assertThat(assign.fields()).filteredOn(FormField::longText).extracting(FormField::key)
                .containsExactly("note");
        assertThat(consult.fields()).filteredOn(FormField::longText).extracting(FormField::key)
                .containsExactly("summary");
        assertThat(reply.fields()).filteredOn(FormField::longText).extracting(FormField::key)
                .containsExactly("replyText");
        assertThat(coOpinion.isLongText("opinion")).isTrue();
        assertThat(leaderSupervision.isLongText("note")).isTrue();
    }

    private static Map<String, Object> merged(Object target) {
        return Map.of("decision", "MERGE", "reason", "与同类提案内容相近", "mergeInto", target);
    }

    private static Map<String, Object> assigned(Object... more) {
        Map<String, Object> submitted = new LinkedHashMap<>(Map.of("leadUnit", "GZ-FGW", "mode", "LEAD"));
        for (int i = 0; i < more.length; i += 2) {
            submitted.put((String) more[i], more[i + 1]);
        }
        return submitted;
    }

    private static Map<String, Object> consulted(String date, String method) {
        return Map.of("date", date, "method", method, "summary", "与提案人当面沟通办理思路");
    }

    private static Map<String, Object> replied(String replyClass, boolean publishable) {
        return Map.of("replyClass", replyClass, "replyText", "经研究，已列入年度计划并完成", "publishable", publishable);
    }
}
