package org.bihuan.supervision.stats;

import org.bihuan.casefile.CaseReports;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.support.EngineClock;
import org.bihuan.support.PostgresIntegrationTest;
import org.bihuan.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** /api/stats over HTTP on {@link KpiFixture}: who may ask, bad parameters, and the two exports. */
class StatsApiTest extends PostgresIntegrationTest {

    private static final String JUNE = "from=2025-06-01&to=2025-06-30";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseReports reports;

    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void fixture() {
        KpiFixture.insert(jdbc, reports);
        EngineClock.set(KpiFixture.NOW);
    }

    @AfterEach
    void cleanUp() {
        EngineClock.reset();
        KpiFixture.remove(jdbc);
    }

    @Test
    void aSupervisorGetsBothTypesWithRowsTotalAndDefinitions() throws Exception {
        HttpResponse<byte[]> response = get("/api/stats?" + JUNE, "supervisor");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(response.body());
        assertThat(report.get("from").asText()).isEqualTo("2025-06-01");
        assertThat(report.get("sections")).extracting(s -> s.get("type").asText()).containsExactly("COMPLAINT", "PROPOSAL");
        JsonNode complaints = report.get("sections").get(0);
        JsonNode kpi1 = rowOf(complaints, "KPI1");
        JsonNode response1 = figure(kpi1, "responseRate");
        // as in StatsFiguresTest: 2 of 4 sign-for steps in time
        assertThat(response1.get("value").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(response1.get("numerator").asInt()).isEqualTo(2);
        assertThat(response1.get("denominator").asInt()).isEqualTo(4);
        assertThat(response1.get("label").asText()).isEqualTo("响应率");
        assertThat(response1.get("definition").asText()).contains("signFor");
        assertThat(figure(complaints.get("total"), "received").get("value").asInt()).isEqualTo(8);
        assertThat(complaints.get("definitions")).extracting(d -> d.get("key").asText()).contains("score", "overdueOver20");
    }

    @Test
    void aSupervisorComparesJuneWithMay() throws Exception {
        HttpResponse<byte[]> response = get("/api/stats/comparison?" + JUNE + "&type=COMPLAINT", "supervisor");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode comparison = json.readTree(response.body());
        assertThat(comparison.get("current").get("from").asText()).isEqualTo("2025-06-01");
        assertThat(comparison.get("previous").get("from").asText()).isEqualTo("2025-05-01");
        assertThat(comparison.get("previous").get("to").asText()).isEqualTo("2025-05-31");
        // the fixture received 8 complaints in June and one (KPI-C9, 20 May) in May
        assertThat(figure(comparison.get("current").get("sections").get(0).get("total"), "received").get("value").asInt()).isEqualTo(8);
        assertThat(figure(comparison.get("previous").get("sections").get(0).get("total"), "received").get("value").asInt()).isEqualTo(1);
    }

    @Test
    void intakeSeesComplaintsOnlyAndTheCommitteeProposalsOnly() throws Exception {
        JsonNode intake = json.readTree(get("/api/stats?" + JUNE, "intake").body());
        assertThat(intake.get("sections")).extracting(s -> s.get("type").asText()).containsExactly("COMPLAINT");

        assertThat(get("/api/stats?" + JUNE + "&type=PROPOSAL", "committee").statusCode()).isEqualTo(200);
        assertThat(get("/api/stats?" + JUNE + "&type=PROPOSAL", "intake").statusCode()).isEqualTo(403);
    }

    @Test
    void enterprisesAndUnitsAreRefused() throws Exception {
        assertThat(get("/api/stats?" + JUNE, "ent-a").statusCode()).isEqualTo(403);
        assertThat(get("/api/stats.csv?" + JUNE, "unit-a").statusCode()).isEqualTo(403);
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/stats")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
    }

    @Test
    void badParametersAreAnswered400WithTheFieldsNamed() throws Exception {
        HttpResponse<byte[]> fromAfterTo = get("/api/stats?from=2025-07-01&to=2025-06-30", "supervisor");
        assertThat(fromAfterTo.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(fromAfterTo.body());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("from");

        JsonNode both = json.readTree(get("/api/stats.xlsx?" + JUNE + "&type=LETTER&unit=NOPE", "supervisor").body());
        assertThat(both.get("status").asInt()).isEqualTo(400);
        assertThat(both.get("errors")).extracting(e -> e.get("field").asText()).containsExactly("unit", "type");
        assertThat(get("/api/stats.csv?from=June", "supervisor").statusCode()).isEqualTo(400);
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkAndHoldsTheFiguresAndDefinitions() throws Exception {
        HttpResponse<byte[]> response = get("/api/stats.csv?" + JUNE + "&type=COMPLAINT", "supervisor");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("bihuan-stats-2025-06-01_2025-06-30.csv"));
        byte[] body = response.body();
        assertThat(new byte[]{body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        String header = lineStartingWith(lines, "单位代码 Unit,单位 Unit name,收件数");
        String kpi1 = lineStartingWith(lines, "KPI1,KPI测试一局,");
        String total = lineStartingWith(lines, ",合计 Total,");
        // KPI1: received 4, accepted 4, rejected 0, in scope 4, under handling 1, closed 3, overdue 4 = 3 + 0 + 1 + 0,
        // response 50.0, on time 66.7, satisfaction 50.0, rehandling 33.3, 12.7 days, owed 200000.00, recovered 110000.00,
        // 55.0 %, 80000.00 in June, score 58.3
        assertThat(kpi1).isEqualTo("KPI1,KPI测试一局,4,4,0,4,1,3,4,3,0,1,0,50.0,66.7,50.0,33.3,12.7,200000.00,110000.00,55.0,80000.00,58.3");
        assertThat(total).startsWith(",合计 Total,8,7,1,7,2,5,7,3,1,2,1,60.0,60.0,75.0,20.0,11.0,258000.00,138000.00,53.5,90000.00,68.5");
        assertThat(header.split(",")).hasSize(kpi1.split(",").length);
        assertThat(csv).contains("清欠按月 Recovered by month (CNY)", "KPI1,KPI测试一局,80000.00", "口径 Definitions");
        assertThat(lineStartingWith(lines, "满意率 Satisfaction rate,satisfactionRate,PERCENT,30,"))
                .contains("SATISFIED/BASICALLY_SATISFIED/UNSATISFIED");
    }

    @Test
    void theWorkbookHasASheetPerTypeWithTheNumbersAsNumbers() throws Exception {
        HttpResponse<byte[]> response = get("/api/stats.xlsx?" + JUNE, "admin");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(StatsController.XLSX.toString());
        Map<String, String> parts = unzip(response.body());
        assertThat(parts.get("xl/workbook.xml")).contains("投诉统计", "投诉清欠按月", "提案统计", "口径 Definitions");
        String strings = parts.get("xl/sharedStrings.xml");
        assertThat(strings).contains("KPI测试一局", "合计 Total", "响应率 Response rate (%)");
        String complaints = parts.get("xl/worksheets/sheet1.xml");
        // KPI1's score and recovered share, the total's amount owed, as numeric cells
        assertThat(complaints).contains("<v>58.3</v>", "<v>55.0</v>", "<v>258000.00</v>");
        String proposals = parts.get("xl/worksheets/sheet3.xml");
        // proposals: KPI2 score 50.0, total 56.7
        assertThat(proposals).contains("<v>50.0</v>", "<v>56.7</v>");
    }

    private HttpResponse<byte[]> get(String path, String username) throws IOException, InterruptedException {
        TestUsers.ensure(jdbc);
        String credentials = Base64.getEncoder().encodeToString((username + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode rowOf(JsonNode section, String unit) {
        for (JsonNode row : section.get("rows")) {
            if (unit.equals(row.get("unitCode").asText())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + unit);
    }

    private static JsonNode figure(JsonNode row, String key) {
        for (JsonNode figure : row.get("figures")) {
            if (key.equals(figure.get("key").asText())) {
                return figure;
            }
        }
        throw new AssertionError("no figure " + key);
    }

    private static String lineStartingWith(String[] lines, String prefix) {
        for (String line : lines) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no line starting with " + prefix);
    }

    /** fastexcel writes every non-ASCII character as &#xHHHH; */
    private static String characterReferencesResolved(String xml) {
        return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    }

    /** Read through the central directory, as Excel does: the streamed entries carry their sizes only there. */
    private static Map<String, String> unzip(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("stats", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
            Map<String, String> parts = new HashMap<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), characterReferencesResolved(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }
}
