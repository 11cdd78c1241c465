package org.bihuan.supervision;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

class SupervisionExportsApiTest extends SupervisionApiScenario {

    @Test
    void theOverdueListAndTheLedgerExportAsCsvThatExcelReadsInChinese() {
        String caseNo = complaints.inHandling();
        // 督办书 on 9 April: 5 working days after the 1 April deadline (2, 3, 7, 8, 9; 清明 4–6 April is off)
        timePasses(caseNo, at(2026, 4, 9, 17, 31));

        var overdue = as("supervisor").get("/api/supervision/overdue.csv?unit=CZJ");
        assertThat(overdue.status()).isEqualTo(200);
        assertThat(overdue.contentType()).startsWith("text/csv");
        String csv = new String(overdue.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF编号,类型,案由,环节,承办单位");
        assertThat(csv.lines().filter(l -> l.startsWith(caseNo))).singleElement()
                .satisfies(line -> assertThat(line).contains("办理并答复", "市财政局", "2026-04-01 17:30", ",5,1-5,SUPERVISION_LETTER,3,"));

        var ledger = as("supervisor").get("/api/supervision/ledger.csv?caseNo=" + caseNo);
        String ledgerCsv = new String(ledger.body(), StandardCharsets.UTF_8);
        assertThat(ledgerCsv.lines().filter(l -> l.startsWith(caseNo)).map(l -> l.split(",")[4]))
                .containsExactly("SUPERVISION_LETTER", "OVERDUE", "WARNING");
        assertThat(as("ent-a").get("/api/supervision/ledger.csv").status()).isEqualTo(403);
    }

    @Test
    void theLedgerExportsAsAnXlsxWorkbook() throws IOException {
        String caseNo = complaints.inHandling();
        timePasses(caseNo, at(2026, 4, 1, 17, 31));

        var xlsx = as("supervisor").get("/api/supervision/ledger.xlsx?caseNo=" + caseNo);

        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("ledger", ".xlsx");
        java.nio.file.Files.write(file, xlsx.body());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            assertThat(sheet).isNotNull();
            String xml = new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8);
            String shared = zip.getEntry("xl/sharedStrings.xml") == null ? ""
                    : new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(xml + shared).contains(caseNo).contains("OVERDUE");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertThat(new ByteArrayInputStream(xlsx.body()).readNBytes(2)).containsExactly('P', 'K');
    }
}
