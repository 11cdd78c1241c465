package org.bihuan.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import org.bihuan.support.ApiScenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample ledgers docs/legacy-import.md points to pass the dry run: the documented layout is the one the code reads. */
class DocumentedLedgerSamplesTest extends ApiScenario {

    @ParameterizedTest
    @CsvSource({"complaints.xlsx, COMPLAINT", "complaints.csv, COMPLAINT", "proposals.xlsx, PROPOSAL", "proposals.csv, PROPOSAL"})
    void theSampleLedgerPassesTheDryRunWithNotesOnly(String file, String type) throws IOException {
        byte[] ledger = Files.readAllBytes(Path.of("docs/legacy-import", file));

        Reply dryRun = as("admin").postForm("/api/admin/import/dry-run", Map.of("type", type), "file", file,
                MediaType.APPLICATION_OCTET_STREAM, ledger);

        assertThat(dryRun.status()).as(dryRun.text()).isEqualTo(200);
        JsonNode check = dryRun.json();
        assertThat(check.get("ok").asBoolean()).as(dryRun.text()).isTrue();
        assertThat(check.get("rows")).hasSize(2);
        assertThat(check.get("fileWarnings")).as("every column of the sample is read").isEmpty();
        List<String> notes = new ArrayList<>();
        check.get("rows").forEach(row -> row.get("warnings").forEach(w -> notes.add(w.get("code").asText())));
        assertThat(notes).as("the second row's number does not fit the series").contains("newNumber");
    }
}
