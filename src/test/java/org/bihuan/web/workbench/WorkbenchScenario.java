package org.bihuan.web.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.complaint.ComplaintApiScenario;
import org.bihuan.identity.CreditCode;
import org.bihuan.notification.NotificationDispatcher;
import org.bihuan.support.BrowserScenario;
import org.bihuan.support.EngineClock;
import org.bihuan.support.PageClient;
import org.bihuan.support.TestMailServer;
import org.bihuan.support.TestUsers;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench tests' cases, walked through the API while the pages (a {@link PageClient} or the browser) look: an
 * intake clerk's complaint filed on an enterprise's behalf (page field names are the API's JSON paths under
 * {@code complaint.}), proposals waiting for the committee, a complaint at a unit, enterprises that signed up, and
 * ent-a's complaint that the routing table (complaint-routing.dmn) gives to 市财政局 (CZJ, unit-a's unit). The
 * clock stands on Monday 2 March 2026, 09:00; the database is shared, so each test looks at its own cases only.
 */
abstract class WorkbenchScenario extends BrowserScenario {

    static final byte[] ONE_PAGE_PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    static final String COMPLAINANT = "杭州甲乙科技有限公司";
    static final String RESPONDENT = "某市住房和城乡建设局";
    static final String DESCRIPTION = "承建的办公楼维修工程已验收合格，对方逾期八个月未付工程款。";
    static final String AMOUNT_SHOWN = "876,543.21";
    static final String PROPOSAL_TITLE = "关于老旧小区加装电梯的建议";
    static final String PROPOSAL_CONTENT = "问题：老旧小区缺少电梯，老人出行困难。分析：资金和协调机制不足。建议：一是财政补贴；二是简化审批；三是建立维护基金。";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000) + 600_000);

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    NotificationDispatcher dispatcher;

    /** The on-behalf form as the clerk fills it for an enterprise with this credit code (received this morning, by phone). */
    static Map<String, String> onBehalfFields(String creditCode) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("channel", "PHONE");
        fields.put("receivedAt", "2026-03-02T08:30");
        fields.put("complaint.complainant.name", "杭州戊己机械有限公司");
        fields.put("complaint.complainant.creditCode", creditCode);
        fields.put("complaint.complainant.sizeClass", "MICRO");
        fields.put("complaint.complainant.contactName", "陈会计");
        fields.put("complaint.complainant.contactPhone", "13900000077");
        fields.put("complaint.complainant.contactEmail", "chen@wuji.example");
        fields.put("complaint.complainant.address", "杭州市余杭区良渚街道 8 号");
        fields.put("complaint.respondent.name", "某区建设工程管理中心");
        fields.put("complaint.respondent.creditCode", TestUsers.ENT_B_CREDIT_CODE);
        fields.put("complaint.respondent.type", "PUBLIC_INSTITUTION");
        fields.put("complaint.respondent.region", "余杭区");
        fields.put("complaint.respondent.address", "杭州市余杭区临平大道 1 号");
        fields.put("complaint.respondent.contactName", "周科长");
        fields.put("complaint.respondent.contactPhone", "0571-86000000");
        fields.put("complaint.amountOwed", "356000.00");
        fields.put("complaint.contractNo", "YH-2024-017");
        fields.put("complaint.contractDate", "2024-05-06");
        fields.put("complaint.paymentDueDate", "2024-11-30");
        fields.put("complaint.description", "设备安装完毕并验收合格，对方至今未付款。");
        fields.put("complaint.inLitigation", "false");
        return fields;
    }

    /** What the pages may show in Chinese in English too: the data typed above and the accounts' and units' names. */
    static final List<String> DATA = List.of("杭州戊己机械有限公司", "陈会计", "杭州市余杭区良渚街道 8 号", "某区建设工程管理中心", "余杭区",
            "杭州市余杭区临平大道 1 号", "周科长", "设备安装完毕并验收合格，对方至今未付款。", "中文");

    /** The clerk files the on-behalf form through the page; answers the new case's number. */
    static String fileThroughThePage(PageClient clerk, Map<String, String> fields) {
        clerk.get(OnBehalfFilingPages.NEW);
        PageClient.Page filed = clerk.post(OnBehalfFilingPages.NEW, fields);
        assertThat(filed.status()).as(filed.body()).isEqualTo(302);
        Matcher number = Pattern.compile("/workbench/complaints/(TS\\d{4}-\\d{6})\\?filed").matcher(filed.location());
        assertThat(number.find()).as(filed.location()).isTrue();
        return number.group(1);
    }

    /** A valid unified social credit code that no account and no other test uses. */
    static String newCreditCode() {
        int n = SEQUENCE.incrementAndGet();
        StringBuilder body = new StringBuilder("9133010");
        for (char c : String.format("%010d", n).toCharArray()) {
            body.append(CreditCode.ALPHABET.charAt((c - '0') + 10));
        }
        String first17 = body.toString();
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** A member's individual proposal with this title, waiting for the committee's review. */
    String proposal(String member, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("content", PROPOSAL_CONTENT);
        body.put("category", "城乡建设");
        body.put("type", "INDIVIDUAL");
        body.put("cosigners", List.of());
        Reply filed = as(member).post("/api/proposals", body);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json().get("proposalNo").asText();
    }

    /** ent-a's complaint, accepted and transferred to 财政局 (CZJ): it waits for unit-a's unit to sign for it. */
    String complaintTransferredToCzj() {
        String caseNo = complaintAgainst("某市城市建设集团有限公司");
        complete("intake", caseNo, "acceptReview", Map.of("decision", "ACCEPT"));
        complete("intake", caseNo, "transfer", Map.of("unitCode", "CZJ"));
        return caseNo;
    }

    /** ent-a's standard complaint against a respondent of this name, waiting for acceptance review. */
    @SuppressWarnings("unchecked")
    String complaintAgainst(String respondentName) {
        Map<String, Object> body = ComplaintApiScenario.complaintBody();
        ((Map<String, Object>) body.get("respondent")).put("name", respondentName);
        return filedByEntA(body);
    }

    /** ent-a files the complaint through the API; answers its number. */
    private String filedByEntA(Map<String, Object> body) {
        Reply filed = as("ent-a").post("/api/complaints", body);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json().get("trackingNo").asText();
    }

    /** ent-a's complaint; {@code inLitigation}: it declared the matter is before a court (then it cannot be accepted). */
    @SuppressWarnings("unchecked")
    String fileComplaint(boolean inLitigation) {
        Map<String, Object> body = ComplaintApiScenario.complaintBody();
        Map<String, Object> respondent = (Map<String, Object>) body.get("respondent");
        respondent.put("name", RESPONDENT);
        respondent.put("type", "GOVERNMENT_BODY");
        respondent.remove("address");
        body.put("amountOwed", "876543.21");
        body.put("contractNo", "HT-2025-017");
        body.put("contractDate", "2025-01-15");
        body.put("paymentDueDate", "2025-06-30");
        body.put("description", DESCRIPTION);
        body.put("inLitigation", inLitigation);
        return filedByEntA(body);
    }

    /** Moves the clock and runs the case's timers then due, as the job executor would. */
    void timePasses(String caseNo, Instant to) {
        EngineClock.passTo(runtimeService, managementService, caseNo, to);
    }

    /**
     * What the case page's diagram marks as the case's current step: {@code GET /workbench/cases/{no}/diagram}, what the
     * page's bpmn-js viewer is fed from on the page session (as a supervisor, who sees every case).
     */
    List<String> diagramCurrent(String caseNo) {
        PageClient.Page diagram = new PageClient(port).signIn("supervisor").get("/workbench/cases/" + caseNo + "/diagram");
        assertThat(diagram.status()).as(diagram.body()).isEqualTo(200);
        List<String> current = new ArrayList<>();
        try {
            new ObjectMapper().readTree(diagram.body()).get("current").forEach(id -> current.add(id.asText()));
        } catch (JsonProcessingException unreadable) {
            throw new AssertionError("the case page's diagram is not JSON: " + diagram.body(), unreadable);
        }
        return current;
    }

    /** The case page's diagram marks this step as the one the case waits in. */
    void assertDiagramMarksCurrent(String caseNo, String step) {
        assertThat(diagramCurrent(caseNo)).as("the current step of %s in its diagram", caseNo).contains(step);
    }

    /**
     * The case numbers the search API lists for these parameters (URL-encoded, as a page link carries them), in its
     * order, as the user sees them. The API's client encodes the URL itself, so it gets them decoded.
     */
    List<String> apiCaseNumbers(String username, String query) {
        Reply found = as(username).get("/api/cases" + URLDecoder.decode(query, StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.text()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        found.json().get("items").forEach(item -> numbers.add(item.get("caseNo").asText()));
        return numbers;
    }

    /** The case numbers a page lists as its rows (data-case-no), in their order. */
    static List<String> rowsOf(String html) {
        List<String> numbers = new ArrayList<>();
        Matcher row = Pattern.compile("<tr data-case-no=\"([^\"]+)\"").matcher(html);
        while (row.find()) {
            numbers.add(row.group(1));
        }
        return numbers;
    }

    /** An enterprise signs up through the API with a PDF licence and follows the mailed link: it waits for its identity check. */
    SignedUp signedUpEnterprise() {
        int n = SEQUENCE.incrementAndGet();
        String creditCode = newCreditCode();
        String email = "queue-boss" + n + "@firm.example";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Harbour Lantern Trading " + n + " Ltd.");
        form.put("creditCode", creditCode);
        form.put("sizeClass", "SMALL");
        form.put("contactName", "Lin Mei");
        form.put("contactPhone", "13912345678");
        form.put("contactEmail", email);
        form.put("username", "queue-firm" + n);
        form.put("password", "Lantern-Harbour-42");
        String clientAddress = "10.77." + (n / 256 % 256) + "." + (n % 256);
        Reply signedUp = anonymousFrom(clientAddress).postForm("/api/portal/register", form, "licence", "licence.pdf",
                MediaType.APPLICATION_PDF, ONE_PAGE_PDF);
        assertThat(signedUp.status()).as(signedUp.text()).isEqualTo(202);
        dispatcher.dispatchDue();
        List<String> mails = TestMailServer.bodiesSentTo(email);
        assertThat(mails).as("mails to %s", email).isNotEmpty();
        Matcher token = TOKEN.matcher(mails.get(mails.size() - 1));
        assertThat(token.find()).isTrue();
        Reply confirmed = anonymousFrom(clientAddress).get("/api/portal/register/confirm?token=" + token.group(1));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        return new SignedUp(creditCode, form.get("name"), form.get("username"), email);
    }

    record SignedUp(String creditCode, String name, String username, String email) {
    }

    /**
     * The page now open, in English: not one Han character outside user data (the data of this scenario, what people
     * typed, the names of units, accounts and cases) and no accessibility violation; then back to Chinese.
     */
    void assertNoChineseInEnglish(String... moreData) {
        String url = browser().getCurrentUrl();
        String path = url.substring(url.indexOf('/', "http://".length())).replaceAll("[?&]lang=[^&]*", "");
        String separator = path.contains("?") ? "&" : "?";
        open(path + separator + "lang=en");
        waitForScripts();
        List<String> data = new ArrayList<>(DATA);
        data.addAll(List.of(moreData));
        data.addAll(jdbc.sql("""
                        select name from unit union select display_name from app_user union select title from case_file
                        union select complainant_name from complaint union select respondent_name from complaint
                        union select respondent_address from complaint where respondent_address is not null
                        union select name from enterprise union select document_no from official_document""")
                .query(String.class).list());
        data.sort(Comparator.comparingInt(String::length).reversed());
        String text = pageText();
        for (String value : data) {
            text = text.replace(value, "");
        }
        assertThat(HAN.matcher(text).find()).as("Chinese on %s in English:%n%s", path, text).isFalse();
        assertAccessible();
        open(path + separator + "lang=zh-CN");
        waitForScripts();
    }

    /** The page's own requests are answered (the task form, the diagram) before the test goes on or ends. */
    void waitForScripts() {
        if (!browser().findElements(By.id("task-form")).isEmpty()) {
            waitForForm();
        }
        if (!browser().findElements(By.id("case-diagram")).isEmpty()) {
            waitUntil(ExpectedConditions.attributeToBe(By.id("case-diagram"), "data-ready", "true"));
        }
    }

    /** form-js has drawn the task's form. */
    void waitForForm() {
        waitUntil(ExpectedConditions.attributeToBe(By.id("task-form"), "data-ready", "true"));
    }

    /** The page passes axe and is saved as target/screenshots/{name}.png. */
    void checkPage(String screenshot) {
        screenshot(screenshot);
        assertAccessible();
    }

    /** The identity check of an enterprise as the API tells it. */
    JsonNode verification(String creditCode) {
        return as("intake").get("/api/identity/enterprises/" + creditCode).json().get("verification");
    }

    /** member's proposal in its three parts, filed through the API. */
    String fileProposal() {
        Map<String, Object> parts = Map.of("problem", "老旧小区缺少电梯，老人出行困难。", "analysis", "资金和协调机制不足。",
                "suggestions", "一是财政补贴；二是简化审批；三是建立维护基金。");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", PROPOSAL_TITLE);
        body.put("parts", parts);
        body.put("category", "城乡建设");
        body.put("type", "INDIVIDUAL");
        body.put("cosigners", List.of());
        Reply filed = as("member").post("/api/proposals", body);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.json().get("proposalNo").asText();
    }

    /** member's proposal, registered and assigned to 市财政局 alone by the committee, signed for by unit-a: it waits for consult. */
    String proposalInHandlingAtCzj() {
        String proposalNo = fileProposal();
        complete("committee", proposalNo, "review", Map.of("decision", "REGISTER"));
        complete("committee", proposalNo, "assign", Map.of("leadUnit", "CZJ", "coUnits", List.of(), "mode", "LEAD"));
        complete("unit-a", proposalNo, "signFor", Map.of("decision", "ACCEPT"));
        return proposalNo;
    }
}
