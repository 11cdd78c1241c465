package org.bihuan.notification;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateCatalogTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** the parameters the process steps were promised, template by template */
    private static final Map<String, Set<String>> CONTRACT = Map.ofEntries(
            Map.entry("complaint.submitted", Set.of("caseNo", "title", "acceptDeadline")),
            Map.entry("complaint.filedOnBehalf", Set.of("caseNo", "title", "receivedAt", "acceptDeadline")),
            Map.entry("complaint.accepted", Set.of("caseNo", "title", "documentName", "documentNo")),
            Map.entry("complaint.rejected", Set.of("caseNo", "title", "reason", "documentName", "documentNo")),
            Map.entry("complaint.supplementRequested", Set.of("caseNo", "title", "reason", "deadline", "documentName", "documentNo")),
            Map.entry("complaint.withdrawn", Set.of("caseNo", "title")),
            Map.entry("complaint.transferred", Set.of("caseNo", "title", "unitName", "signDeadline", "documentName", "documentNo")),
            Map.entry("complaint.result", Set.of("caseNo", "title", "outcome", "reply", "evaluateDeadline")),
            Map.entry("complaint.closed", Set.of("caseNo", "title", "reason")),
            Map.entry("step.warning", Set.of("caseNo", "title", "stepName", "due")),
            Map.entry("step.overdue", Set.of("caseNo", "title", "stepName", "due", "unitName")),
            Map.entry("step.escalated", Set.of("caseNo", "title", "stepName", "due", "unitName")),
            Map.entry("proposal.submitted", Set.of("caseNo", "title")),
            Map.entry("proposal.cosignRequested", Set.of("caseNo", "title", "proposer", "deadline")),
            Map.entry("proposal.notRegistered", Set.of("caseNo", "title", "reason", "opinionNote")),
            Map.entry("proposal.merged", Set.of("caseNo", "title", "mergedInto")),
            Map.entry("proposal.assigned", Set.of("caseNo", "title", "unitName", "objectionDeadline", "documentName", "documentNo")),
            Map.entry("proposal.assignmentList", Set.of("unitName", "from", "to", "count", "documentName", "documentNo")),
            Map.entry("proposal.replied", Set.of("caseNo", "title", "replyClass", "evaluateDeadline", "documentName", "documentNo")),
            Map.entry("proposal.leaderInstruction", Set.of("caseNo", "title", "unitName", "leaderName", "note")),
            Map.entry("step.supervisionLetter", Set.of("caseNo", "title", "stepName", "due", "unitName", "letterNo", "answerDeadline")),
            Map.entry("step.summons", Set.of("caseNo", "title", "stepName", "due", "unitName")),
            Map.entry("step.publicNotice", Set.of("caseNo", "title", "stepName", "due", "unitName")),
            Map.entry("account.confirmation", Set.of("name", "enterpriseName", "username", "link", "validUntil")),
            Map.entry("account.invitation", Set.of("name", "inviter", "enterpriseName", "link", "validUntil")),
            Map.entry("account.welcome", Set.of("name", "username", "link", "validUntil")),
            Map.entry("account.passwordReset", Set.of("name", "username", "link", "validUntil")),
            Map.entry("enterprise.verified", Set.of("enterpriseName", "creditCode")),
            Map.entry("enterprise.refused", Set.of("enterpriseName", "creditCode", "reason")));

    /** Mails about an account or an enterprise, not about a case. */
    private static final Set<String> ACCOUNT_TEMPLATE_PREFIXES = Set.of("account.", "enterprise.");
    /** notices about several cases at once, which name their document instead of a case */
    private static final Set<String> SEVERAL_CASES = Set.of("proposal.assignmentList");

    @Test
    void theShippedTemplatesUseExactlyTheAgreedParameters() throws IOException {
        TemplateCatalog catalog = shipped();

        assertThat(catalog.names()).isEqualTo(CONTRACT.keySet());
        CONTRACT.forEach((name, parameters) ->
                assertThat(catalog.parametersOf(name)).as(name).isEqualTo(parameters));
    }

    @Test
    void everyShippedCaseTemplateNamesTheCaseInItsSubjectAndBody() throws IOException {
        TemplateCatalog catalog = shipped();

        for (String name : catalog.names()) {
            if (ACCOUNT_TEMPLATE_PREFIXES.stream().anyMatch(name::startsWith) || SEVERAL_CASES.contains(name)) {
                continue;
            }
            Map<String, String> params = new java.util.HashMap<>();
            catalog.parametersOf(name).forEach(parameter -> params.put(parameter, "«" + parameter + "»"));
            TemplateCatalog.Rendered rendered = catalog.render(name, params);
            assertThat(rendered.subject()).as(name).contains("«caseNo»").doesNotContain("{");
            // the SMS carries the body only, so the body must name the case and its title by itself
            assertThat(rendered.body()).as(name).contains("«caseNo»", "«title»").doesNotContain("{");
        }
    }

    @Test
    void deadlinesAreShownInTheOfficesTimeZoneInChinese() throws IOException {
        TemplateCatalog.Rendered rendered = shipped().render("complaint.submitted", Map.of(
                "caseNo", "TS2026-000001",
                "title", "某局拖欠货款",
                "acceptDeadline", Instant.parse("2026-03-16T09:30:00Z")));

        assertThat(rendered.subject()).isEqualTo("投诉已收到（TS2026-000001）");
        assertThat(rendered.body()).isEqualTo("""
                您提交的投诉“某局拖欠货款”已收到，投诉编号为TS2026-000001。
                受理部门将于2026年3月16日 17:30前作出是否受理的决定，请留意后续通知。""");
    }

    @Test
    void datesAndAmountsReadNaturally() {
        TemplateCatalog catalog = parse("""
                t:
                  subject: "{day}"
                  body: "{amount} {day}"
                """);

        TemplateCatalog.Rendered rendered = catalog.render("t", Map.of(
                "day", LocalDate.of(2026, 2, 28), "amount", new BigDecimal("1.5E+5")));

        assertThat(rendered.body()).isEqualTo("150000 2026年2月28日");
    }

    @Test
    void aValueContainingBracesIsNotExpandedAgain() {
        TemplateCatalog catalog = parse("""
                t:
                  subject: "{a}"
                  body: "{a}/{b}"
                """);

        assertThat(catalog.render("t", Map.of("a", "{b}", "b", "x$1")).body()).isEqualTo("{b}/x$1");
    }

    @Test
    void anUnknownTemplateIsRejected() {
        assertThatThrownBy(() -> parse("t: {subject: s, body: b}").render("nope", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void missingAndNullParametersAreNamed() {
        TemplateCatalog catalog = parse("""
                t:
                  subject: "{a}"
                  body: "{b} {c}"
                """);
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("a", "x");
        params.put("b", null);

        assertThatThrownBy(() -> catalog.render("t", params))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[b, c]");
    }

    @Test
    void aTemplateWithoutBodyStopsTheStartup() {
        assertThatThrownBy(() -> parse("t: {subject: s}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t");
    }

    private static TemplateCatalog shipped() throws IOException {
        try (InputStream yaml = TemplateCatalogTest.class.getClassLoader()
                .getResourceAsStream(NotificationConfiguration.TEMPLATES)) {
            return TemplateCatalog.parse(yaml, SHANGHAI);
        }
    }

    private static TemplateCatalog parse(String yaml) {
        return TemplateCatalog.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), SHANGHAI);
    }
}
