package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseType;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.export.TableExport;
import org.bihuan.identity.Users;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Open cases from the office's ledger, for the administrator (everything under /api/admin is ADMIN only): the layouts,
 * an empty template, the dry run, the import, the batches and their undoing.
 */
@RestController
@RequestMapping("/api/admin/import")
class LegacyImportController {

    private final LegacyImports imports;
    private final Users users;

    LegacyImportController(LegacyImports imports, Users users) {
        this.imports = imports;
        this.users = users;
    }

    @GetMapping("/layouts")
    List<Layout> layouts() {
        return imports.types().stream().map(type -> new Layout(type, imports.columns(type), imports.steps(type))).toList();
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@RequestParam String type) {
        CaseType caseType = type(type);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ledger-" + caseType.name().toLowerCase(Locale.ROOT) + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(TableExport.XLSX_MEDIA_TYPE))
                .body(imports.template(caseType));
    }

    /** The dry run: 200 with every row's problems and warnings; nothing is stored. */
    @PostMapping(path = "/dry-run", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CheckView dryRun(@RequestParam String type, @RequestPart("file") MultipartFile file) {
        return CheckView.of(imports.check(users.current(), type(type), file.getOriginalFilename(), bytes(file)));
    }

    /** The import: 201 with the batch, or 400 naming every row's fields ({@code rows[3].unit}) and nothing stored. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportBatch> importLedger(@RequestParam String type, @RequestPart("file") MultipartFile file) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(imports.importLedger(users.current(), type(type), file.getOriginalFilename(), bytes(file)));
    }

    @GetMapping("/batches")
    List<ImportBatch> batches(@RequestParam(defaultValue = "50") int limit) {
        return imports.batches(Math.max(1, Math.min(limit, 500)));
    }

    @GetMapping("/batches/{id}")
    ImportBatch batch(@PathVariable long id) {
        return imports.batch(id);
    }

    /** 200 with the batch UNDONE, or 409 naming each case that has moved. */
    @PostMapping("/batches/{id}/undo")
    ImportBatch undo(@PathVariable long id) {
        return imports.undo(users.current(), id);
    }

    private static CaseType type(String type) {
        try {
            return CaseType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("type", "must be one of COMPLAINT, PROPOSAL");
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Layout(CaseType type, List<LedgerColumn> columns, List<LegacyStep> steps) {
    }

    /** The dry run as the API answers it: each problem with its field, code and English message. */
    record CheckView(CaseType type, String filename, boolean ok, int problemCount, List<ProblemView> fileProblems,
                     List<ProblemView> fileWarnings, List<LineView> rows) {

        static CheckView of(LedgerCheck check) {
            return new CheckView(check.type(), check.filename(), check.ok(), check.problemCount(),
                    check.fileProblems().stream().map(ProblemView::of).toList(),
                    check.fileWarnings().stream().map(ProblemView::of).toList(),
                    check.lines().stream().map(l -> new LineView(l.row(), l.ledgerNo(), l.step(), l.ok(),
                            l.problems().stream().map(ProblemView::of).toList(), l.warnings().stream().map(ProblemView::of).toList())).toList());
        }
    }

    record LineView(int row, String ledgerNo, String step, boolean ok, List<ProblemView> problems, List<ProblemView> warnings) {
    }

    record ProblemView(String field, String column, String header, String code, List<String> arguments, String message) {

        static ProblemView of(LedgerProblem p) {
            return new ProblemView(p.field(), p.column(), p.header(), p.code().key(), p.arguments(), p.message());
        }
    }
}
