package org.bihuan.web.admin;

import jakarta.servlet.http.HttpSession;
import org.bihuan.casefile.CaseType;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.export.TableExport;
import org.bihuan.identity.Users;
import org.bihuan.lifecycle.ImportBatch;
import org.bihuan.lifecycle.LedgerCheck;
import org.bihuan.lifecycle.LedgerColumn;
import org.bihuan.lifecycle.LedgerProblem;
import org.bihuan.lifecycle.LegacyImports;
import org.bihuan.web.FormErrors;
import org.bihuan.web.PageForms;
import org.bihuan.web.PageLabels;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Open cases from the office's Excel ledger, for the administrator: upload and dry run (every row's problems, nothing
 * stored), then the import of the file that passed it, the past batches and one batch with its undoing. The file that
 * passed the dry run waits in the administrator's session for the import, so it is not chosen twice. Everything goes
 * through {@link LegacyImports}, with the API's rules.
 */
@Controller
class ImportPages {

    static final String IMPORT = "/admin/import";
    /** The ledger that passed the dry run, kept in the session until it is imported or another is checked. */
    static final String PENDING = ImportPages.class.getName() + ".pending";
    static final int BATCHES_SHOWN = 50;

    private final LegacyImports imports;
    private final Users users;
    private final PageForms forms;
    private final PageLabels labels;

    ImportPages(LegacyImports imports, Users users, PageForms forms, PageLabels labels) {
        this.imports = imports;
        this.users = users;
        this.forms = forms;
        this.labels = labels;
    }

    @GetMapping(IMPORT)
    String page(Model model) {
        return show(null, null, model);
    }

    /** The dry run of the uploaded ledger; a ledger without problems waits in the session for the import. */
    @PostMapping(IMPORT + "/dry-run")
    String dryRun(@RequestParam(required = false) String type, @RequestParam(required = false) MultipartFile file,
                  HttpSession session, Model model) {
        session.removeAttribute(PENDING);
        CaseType caseType = caseType(type);
        if (caseType == null) {
            model.addAttribute(FormErrors.ATTRIBUTE, forms.errors(new InvalidRequestException("type", "must not be blank")));
            return show(null, type, model);
        }
        byte[] content = bytes(file);
        String filename = file == null ? null : file.getOriginalFilename();
        LedgerCheck check = imports.check(users.current(), caseType, filename, content);
        if (check.ok()) {
            Pending pending = new Pending(UUID.randomUUID().toString(), caseType, check.filename(), content);
            session.setAttribute(PENDING, pending);
            model.addAttribute("token", pending.token());
        }
        return show(check, type, model);
    }

    /** Imports the ledger that passed the dry run in this session. */
    @PostMapping(IMPORT)
    String importLedger(@RequestParam String token, HttpSession session, Model model, RedirectAttributes redirect) {
        Object kept = session.getAttribute(PENDING);
        if (!(kept instanceof Pending pending) || !pending.token().equals(token)) {
            redirect.addFlashAttribute("expired", true);
            return "redirect:" + IMPORT;
        }
        try {
            ImportBatch batch = imports.importLedger(users.current(), pending.type(), pending.filename(), pending.content());
            session.removeAttribute(PENDING);
            redirect.addFlashAttribute("imported", batch.caseCount());
            return "redirect:" + IMPORT + "/" + batch.id();
        } catch (InvalidRequestException changed) {
            // something changed since the dry run (a number was taken meanwhile): the check says what
            session.removeAttribute(PENDING);
            model.addAttribute("changed", true);
            return show(imports.check(users.current(), pending.type(), pending.filename(), pending.content()), pending.type().name(), model);
        }
    }

    @GetMapping(IMPORT + "/{id}")
    String batch(@PathVariable long id, Model model) {
        model.addAttribute("batch", imports.batch(id));
        return "admin/import-batch";
    }

    @PostMapping(IMPORT + "/{id}/undo")
    String undo(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            imports.undo(users.current(), id);
            redirect.addFlashAttribute("undone", true);
            return "redirect:" + IMPORT + "/" + id;
        } catch (ConflictException refused) {
            model.addAttribute("undoRefused", true);
            return batch(id, model);
        }
    }

    /** An empty ledger of the type: the header row to fill in. */
    @GetMapping(IMPORT + "/template.xlsx")
    ResponseEntity<byte[]> template(@RequestParam String type) {
        CaseType caseType = caseType(type);
        if (caseType == null) {
            throw new InvalidRequestException("type", "must be one of COMPLAINT, PROPOSAL");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ledger-" + caseType.name().toLowerCase(Locale.ROOT) + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(TableExport.XLSX_MEDIA_TYPE))
                .body(imports.template(caseType));
    }

    private String show(LedgerCheck check, String type, Model model) {
        model.addAttribute("types", labels.withBlank("admin.import.chooseType",
                labels.options("caseType", imports.types().stream().map(Enum::name).toList())));
        model.addAttribute("type", type);
        model.addAttribute("layouts", imports.types().stream().map(this::layout).toList());
        model.addAttribute("check", check == null ? null : checkView(check));
        model.addAttribute("batches", imports.batches(BATCHES_SHOWN));
        return "admin/import";
    }

    private Layout layout(CaseType type) {
        return new Layout(type.name(), imports.columns(type), imports.steps(type).stream()
                .map(step -> new StepLine(labels.step(type.name(), step.taskKey()), String.join("、", step.names()),
                        labels.status(type.name(), step.status()), step.unitRequired()))
                .toList());
    }

    private CheckView checkView(LedgerCheck check) {
        List<CheckLine> lines = check.lines().stream()
                .filter(l -> !l.problems().isEmpty() || !l.warnings().isEmpty())
                .map(l -> new CheckLine(l.row(), l.ledgerNo(), l.step(), l.problems().stream().map(this::wording).toList(),
                        l.warnings().stream().map(this::wording).toList()))
                .toList();
        long ready = check.lines().stream().filter(LedgerCheck.Line::ok).count();
        return new CheckView(check.type().name(), check.filename(), check.ok(), check.lines().size(), ready, check.problemCount(),
                check.fileProblems().stream().map(this::wording).toList(), check.fileWarnings().stream().map(this::wording).toList(),
                lines);
    }

    /** A problem in the page's language: the column's header, then what is wrong (a rule's own message translated). */
    private String wording(LedgerProblem problem) {
        Object[] arguments = problem.arguments().toArray();
        if (problem.code() == LedgerProblem.Code.INVALID && arguments.length > 0) {
            arguments[0] = forms.translate((String) arguments[0]);
        }
        String text = labels.message("admin.import.problem." + problem.code().key(), arguments);
        return problem.row() == 0 || problem.header() == null ? text : labels.message("admin.import.problem.inColumn", problem.header(), text);
    }

    private static CaseType caseType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return CaseType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ledger that passed its dry run, waiting in the session; the token names this dry run. */
    record Pending(String token, CaseType type, String filename, byte[] content) implements Serializable {
    }

    record Layout(String type, List<LedgerColumn> columns, List<StepLine> steps) {
    }

    record StepLine(String label, String names, String status, boolean unitRequired) {
    }

    record CheckView(String type, String filename, boolean ok, int rows, long ready, int problems, List<String> fileProblems,
                     List<String> fileWarnings, List<CheckLine> lines) {
    }

    record CheckLine(int row, String ledgerNo, String step, List<String> problems, List<String> warnings) {
    }
}
