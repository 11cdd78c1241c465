package org.bihuan.lifecycle;

import org.bihuan.audit.AuditLog;
import org.bihuan.calendar.Deadlines;
import org.bihuan.calendar.WorkingDayCalendar;
import org.bihuan.casefile.CaseChannel;
import org.bihuan.casefile.CaseComments;
import org.bihuan.casefile.CaseFile;
import org.bihuan.casefile.CaseFiles;
import org.bihuan.casefile.CaseNumbers;
import org.bihuan.casefile.CaseType;
import org.bihuan.casefile.StepDeadlines;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.Violation;
import org.bihuan.export.TableExport;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.identity.Unit;
import org.bihuan.identity.Users;
import org.bihuan.task.TaskDeadlines;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.bihuan.lifecycle.LedgerColumn.optional;
import static org.bihuan.lifecycle.LedgerColumn.required;

/**
 * Takes the open cases of the office's old Excel ledger (台账) into their lifecycles: each row starts its lifecycle at
 * the step it has reached (the engine's start-before-activity), with its original receipt, the step's original start
 * and due instant, and its history on the timeline as IMPORTED entries. A dry run ({@link #check}) lists every row's
 * problems without storing anything; an import ({@link #importLedger}) runs the same check and stores all rows or none,
 * as one batch; a batch is undone ({@link #undo}) while none of its cases has moved.
 * <p>
 * Numbers: a ledger number that fits the lifecycle's series for the case's number year (TS2026-000068, 20260068) is
 * kept, so the parties keep the number they were told, and the series goes on after it; any other ledger number gets
 * the next number of the series and stays on the case's timeline. A number that is taken is a problem, not a reason
 * to renumber: two cases claiming one number is an error of the ledger the office must settle.
 * <p>
 * Due instants: the ledger's own ({@code stepDue}: office closing time of that day, or the time given), which may
 * carry an extension the office granted before; when the ledger has none, the step's configured deadline counted from
 * the step's start. The deadline watch then escalates the step like any other (at once when it is overdue already).
 * <p>
 * The administrator's actions are {@link #importLedger} and {@link #undo}.
 */
@Service
public class LegacyImports {

    /** The kernel's columns, first in every layout; the lifecycle's own follow ({@link LegacyCases#columns()}). */
    public static final List<LedgerColumn> COMMON_COLUMNS = List.of(
            optional("caseNo", "编号"),
            required("receivedOn", "收件日期"),
            required("step", "当前环节"),
            required("stepStartedOn", "环节开始日期"),
            optional("stepDue", "环节期限"),
            optional("unit", "承办单位"),
            optional("history", "办理记录"));

    /** The timeline type of every entry an import writes: the ledger's history and the import itself. */
    public static final String IMPORTED = "IMPORTED";

    /** A line of the history column: a day (optionally a time), then what happened. */
    private static final Pattern HISTORY_LINE = Pattern.compile(
            "(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:[ T]+\\d{1,2}:\\d{2}(?::\\d{2})?)?)\\s*[:：]?\\s*(.+)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Map<CaseType, LegacyCases> legacy = new EnumMap<>(CaseType.class);
    private final Lifecycles lifecycles;
    private final CaseNumbers numbers;
    private final CaseFiles caseFiles;
    private final CaseComments comments;
    private final StepDeadlines stepDeadlines;
    private final TaskDeadlines taskDeadlines;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final Users users;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final LegacyBatches batches;
    private final Clock clock;
    private final AuditLog audit;
    private final int maxRows;

    LegacyImports(List<LegacyCases> legacyCases, Lifecycles lifecycles, CaseNumbers numbers, CaseFiles caseFiles,
                  CaseComments comments, StepDeadlines stepDeadlines, TaskDeadlines taskDeadlines, Deadlines deadlines,
                  WorkingDayCalendar calendar, Users users, RuntimeService runtimeService, TaskService taskService,
                  HistoryService historyService, LegacyBatches batches, Clock clock, AuditLog audit,
                  @Value("${bihuan.import.max-rows:1000}") int maxRows) {
        for (LegacyCases cases : legacyCases) {
            if (legacy.put(cases.caseType(), cases) != null) {
                throw new IllegalStateException("two ledger layouts for " + cases.caseType());
            }
        }
        this.lifecycles = lifecycles;
        this.numbers = numbers;
        this.caseFiles = caseFiles;
        this.comments = comments;
        this.stepDeadlines = stepDeadlines;
        this.taskDeadlines = taskDeadlines;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.users = users;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.batches = batches;
        this.clock = clock;
        this.audit = audit;
        this.maxRows = maxRows;
    }

    // the layouts

    /** The case types whose open cases can come from a ledger. */
    public List<CaseType> types() {
        return List.copyOf(legacy.keySet());
    }

    /** The columns of a type's ledger: the kernel's, then the lifecycle's. */
    public List<LedgerColumn> columns(CaseType type) {
        List<LedgerColumn> columns = new ArrayList<>(COMMON_COLUMNS);
        columns.addAll(layout(type).columns());
        return columns;
    }

    public List<LegacyStep> steps(CaseType type) {
        return layout(type).steps();
    }

    /** An empty ledger of the type: its header row as an XLSX sheet, to fill in. */
    public byte[] template(CaseType type) {
        return TableExport.xlsx(type.name().toLowerCase(Locale.ROOT), columns(type).stream().map(LedgerColumn::header).toList(),
                List.of(), calendar.zone());
    }

    // the dry run and the import

    /** The dry run: every problem of the file and its rows, nothing stored. */
    @Transactional(readOnly = true)
    public LedgerCheck check(AppUser admin, CaseType type, String filename, byte[] content) {
        return plan(admin, type, filename, content).check();
    }

    /**
     * Imports the ledger as one batch: the same check as the dry run first, and if any problem remains, a 400 naming
     * every row's fields ({@code rows[3].unit}) and nothing stored; otherwise every row's case, all in one transaction.
     */
    @Transactional
    public ImportBatch importLedger(AppUser admin, CaseType type, String filename, byte[] content) {
        Plan plan = plan(admin, type, filename, content);
        if (!plan.check().ok()) {
            throw new InvalidRequestException(plan.check().problems().stream()
                    .map(p -> new Violation(p.field(), p.message())).toList());
        }
        Lifecycle lifecycle = lifecycles.of(type);
        Instant now = clock.instant();
        long batchId = batches.open(type, name(filename), sha256(content), admin.username(), now, plan.rows().size());
        // the kept numbers first: a row with a new number must not take a kept number the counter has not reached yet
        for (RowPlan row : plan.rows()) {
            if (row.numbering().kept()) {
                numbers.keep(lifecycle.numberSeries(), row.numbering().year(), row.numbering().sequence().getAsInt(),
                        row.numbering().ledgerNo());
            }
        }
        for (RowPlan row : plan.rows()) {
            open(batchId, lifecycle, row, admin, now);
        }
        ImportBatch imported = batch(batchId);
        audit.record("import.ledgerImported", "importBatch", String.valueOf(batchId), null, imported);
        return imported;
    }

    /** The past batches, the newest first (without their cases, so without whether they can be undone: {@link #batch} says). */
    @Transactional(readOnly = true)
    public List<ImportBatch> batches(int limit) {
        return batches.list(limit).stream().map(b -> batch(b, null)).toList();
    }

    /** A batch with its cases and, for each, whether it has moved since. */
    @Transactional(readOnly = true)
    public ImportBatch batch(long id) {
        LegacyBatches.Batch batch = batches.find(id).orElseThrow(() -> new NotFoundException("no import batch " + id));
        return batch(batch, batches.lines(id).stream().map(line -> new ImportBatch.ImportedCase(line.row(), line.caseNo(),
                line.numberKept() ? null : line.ledgerNo(), line.numberKept(), line.step(), line.status(),
                ImportBatch.UNDONE.equals(batch.status()) ? null : movement(line))).toList());
    }

    /**
     * Takes a batch out again: its cases' processes (their deadline watches with them) and case files go, kept ledger
     * numbers leave the register, new numbers stay there as VOID; the batch stays, marked UNDONE. Refused (409, naming
     * each case and how it moved) once any of its cases has moved.
     */
    @Transactional
    public ImportBatch undo(AppUser admin, long id) {
        requireAdministrator(admin);
        ImportBatch batch = batch(id);
        if (batch.undone()) {
            throw new ConflictException("import batch " + id + " was undone already");
        }
        List<String> moved = batch.cases().stream().filter(c -> c.moved() != null)
                .map(c -> c.caseNo() + " (" + c.moved().name() + ")").toList();
        if (!moved.isEmpty()) {
            throw new ConflictException("import batch " + id + " cannot be undone: its cases have moved since: " + String.join(", ", moved));
        }
        String series = lifecycles.of(batch.caseType()).numberSeries();
        String reason = "import batch " + id + " undone";
        for (LegacyBatches.Line line : batches.lines(id)) {
            for (ProcessInstance running : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(line.caseNo()).list()) {
                if (running.getId().equals(line.processInstanceId())) {
                    runtimeService.deleteProcessInstance(running.getId(), reason);
                }
            }
            // the lifecycle's end stopped its deadline watches; anything else still running for the case goes too
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(line.caseNo()).list()
                    .forEach(other -> runtimeService.deleteProcessInstance(other.getId(), reason));
            historyService.deleteHistoricProcessInstancesIfExists(historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(line.caseNo()).list().stream().map(HistoricProcessInstance::getId).toList());
            layout(batch.caseType()).erase(line.caseNo());
            caseFiles.erase(line.caseNo());
            if (line.numberKept()) {
                numbers.release(series, line.caseNo());
            } else {
                numbers.withdraw(series, line.caseNo(), reason);
            }
        }
        if (!batches.markUndone(id, admin.username(), clock.instant())) {
            throw new ConflictException("import batch " + id + " was undone already");
        }
        ImportBatch undone = batch(id);
        audit.record("import.undone", "importBatch", String.valueOf(id), batch, undone);
        return undone;
    }

    // reading the file

    private Plan plan(AppUser admin, CaseType type, String filename, byte[] content) {
        requireAdministrator(admin);
        if (!legacy.containsKey(type)) {
            return Plan.failed(type, filename, LedgerProblem.ofFile(LedgerProblem.Code.UNKNOWN_TYPE));
        }
        LedgerFile.Sheet sheet;
        try {
            sheet = LedgerFile.read(filename, content);
        } catch (LedgerFile.Unreadable unreadable) {
            return Plan.failed(type, filename, LedgerProblem.ofFile(unreadable.code));
        }
        List<LedgerColumn> columns = columns(type);
        Map<String, LedgerColumn> byKey = columns.stream().collect(Collectors.toMap(LedgerColumn::key, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        Map<String, Integer> positions = new HashMap<>();
        List<LedgerProblem> fileWarnings = new ArrayList<>();
        for (int i = 0; i < sheet.header().size(); i++) {
            String header = sheet.header().get(i);
            if (header.isBlank()) {
                continue;
            }
            Optional<LedgerColumn> column = columns.stream()
                    .filter(c -> c.header().equals(header) || c.key().equalsIgnoreCase(header)).findFirst();
            if (column.isPresent()) {
                positions.putIfAbsent(column.get().key(), i);
            } else {
                fileWarnings.add(new LedgerProblem(0, LedgerProblem.FILE, header, LedgerProblem.Code.UNKNOWN_COLUMN, List.of(header)));
            }
        }
        List<LedgerProblem> fileProblems = new ArrayList<>();
        columns.stream().filter(LedgerColumn::required).filter(c -> !positions.containsKey(c.key()))
                .forEach(c -> fileProblems.add(LedgerProblem.ofFile(LedgerProblem.Code.MISSING_COLUMN, c.header())));
        List<LedgerFile.Line> lines = sheet.lines().stream().filter(l -> !l.blank()).toList();
        if (lines.isEmpty()) {
            fileProblems.add(LedgerProblem.ofFile(LedgerProblem.Code.NO_ROWS));
        } else if (lines.size() > maxRows) {
            fileProblems.add(LedgerProblem.ofFile(LedgerProblem.Code.TOO_MANY_ROWS, maxRows));
        }
        if (!fileProblems.isEmpty()) {
            return new Plan(new LedgerCheck(type, name(filename), List.of(), fileProblems, fileWarnings), List.of());
        }
        Lifecycle lifecycle = lifecycles.of(type);
        Map<String, Integer> ledgerNumbers = new HashMap<>();
        List<LedgerCheck.Line> checked = new ArrayList<>();
        List<RowPlan> rows = new ArrayList<>();
        for (LedgerFile.Line line : lines) {
            Map<String, LedgerFile.Value> cells = new HashMap<>();
            positions.forEach((key, position) -> cells.put(key, line.cell(position)));
            LedgerRow row = new LedgerRow(line.number(), cells, byKey);
            Optional<RowPlan> plan = read(type, lifecycle, row, admin, ledgerNumbers);
            checked.add(new LedgerCheck.Line(row.number(), row.text("caseNo").orElse(null), row.text("step").orElse(null),
                    row.problems(), row.warnings()));
            plan.filter(p -> !row.hasProblems()).ifPresent(rows::add);
        }
        return new Plan(new LedgerCheck(type, name(filename), checked, List.of(), fileWarnings), rows);
    }

    private Optional<RowPlan> read(CaseType type, Lifecycle lifecycle, LedgerRow row, AppUser admin, Map<String, Integer> ledgerNumbers) {
        Instant now = clock.instant();
        LegacyCases layout = layout(type);
        Optional<Instant> received = requiredInstant(row, "receivedOn");
        Optional<LegacyStep> step = Optional.ofNullable(row.required("step")).flatMap(word -> {
            Optional<LegacyStep> named = layout.steps().stream().filter(s -> s.isCalled(word)).findFirst();
            if (named.isEmpty()) {
                row.problem("step", LedgerProblem.Code.UNKNOWN_STEP, word,
                        layout.steps().stream().map(s -> s.names().get(0)).collect(Collectors.joining("、")));
            }
            return named;
        });
        Optional<Instant> started = requiredInstant(row, "stepStartedOn");
        Optional<LocalDateTime> dueCell = row.dateTime("stepDue");
        String unitCode = unit(row, step.map(LegacyStep::unitRequired).orElse(false));
        List<HistoryEntry> history = history(row, now);
        received.filter(r -> r.isAfter(now)).ifPresent(r -> row.problem("receivedOn", LedgerProblem.Code.IN_FUTURE, day(r)));
        started.filter(s -> s.isAfter(now)).ifPresent(s -> row.problem("stepStartedOn", LedgerProblem.Code.IN_FUTURE, day(s)));
        if (received.isPresent() && started.isPresent() && day(started.get()).compareTo(day(received.get())) < 0) {
            row.problem("stepStartedOn", LedgerProblem.Code.BEFORE_RECEIPT, day(started.get()));
        }
        Optional<Instant> due = Optional.empty();
        if (step.isPresent() && started.isPresent()) {
            due = Optional.of(dueCell.map(this::dueInstant).orElseGet(() -> deadlines.due(step.get().deadline(), started.get())));
            if (!due.get().isAfter(started.get())) {
                row.problem("stepDue", LedgerProblem.Code.DUE_BEFORE_START, day(due.get()));
            } else if (due.get().isBefore(now)) {
                row.warning("stepDue", LedgerProblem.Code.OVERDUE, day(due.get()));
            }
        }
        Optional<Numbering> numbering = received.map(r -> numbering(row, lifecycle, r, ledgerNumbers));
        // the lifecycle reads its columns even when the kernel's have problems: the dry run lists every problem at once
        LegacyCases.StepAt at = new LegacyCases.StepAt(step.orElse(null), received.orElse(null), started.orElse(null),
                due.orElse(null), unitCode, admin);
        Optional<LegacyCases.LegacyCase> legacyCase = layout.read(row, at);
        if (row.hasProblems() || legacyCase.isEmpty() || numbering.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RowPlan(row.number(), at, numbering.get(), history, legacyCase.get()));
    }

    private Optional<Instant> requiredInstant(LedgerRow row, String key) {
        if (row.text(key).isEmpty()) {
            row.problem(key, LedgerProblem.Code.REQUIRED);
            return Optional.empty();
        }
        return row.dateTime(key).map(t -> t.atZone(calendar.zone()).toInstant());
    }

    /** A day alone is due at office closing time; a day with its time of day then. */
    private Instant dueInstant(LocalDateTime cell) {
        return cell.toLocalTime().equals(LocalTime.MIDNIGHT) ? calendar.closingTime(cell.toLocalDate())
                : cell.atZone(calendar.zone()).toInstant();
    }

    /** The handling unit the cell names by code or name; required at a unit's step. */
    private String unit(LedgerRow row, boolean required) {
        Optional<String> named = row.text("unit");
        if (named.isEmpty()) {
            if (required) {
                row.problem("unit", LedgerProblem.Code.REQUIRED);
            }
            return null;
        }
        Optional<Unit> unit = users.unitsOfKind("HANDLING").stream()
                .filter(u -> u.code().equalsIgnoreCase(named.get()) || u.name().equals(named.get())).findFirst();
        if (unit.isEmpty()) {
            row.problem("unit", LedgerProblem.Code.UNKNOWN_UNIT, named.get());
            return null;
        }
        return unit.get().code();
    }

    /** The history cell: one entry per line, each a day (and time) then the text; none may lie in the future. */
    private List<HistoryEntry> history(LedgerRow row, Instant now) {
        Optional<String> text = row.text("history");
        if (text.isEmpty()) {
            return List.of();
        }
        List<HistoryEntry> entries = new ArrayList<>();
        String[] lines = text.get().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = HISTORY_LINE.matcher(line);
            Optional<Instant> at = m.matches() ? parsedInstant(m.group(1)) : Optional.empty();
            if (at.isEmpty()) {
                row.problem("history", LedgerProblem.Code.HISTORY_LINE, i + 1, line);
            } else if (at.get().isAfter(now)) {
                row.problem("history", LedgerProblem.Code.IN_FUTURE, line);
            } else {
                entries.add(new HistoryEntry(at.get(), m.group(2).strip()));
            }
        }
        return entries;
    }

    private Optional<Instant> parsedInstant(String text) {
        LedgerFile.Value value = new LedgerFile.Value(text, null);
        LedgerRow scratch = new LedgerRow(0, Map.of("at", value), Map.of());
        return scratch.dateTime("at").map(t -> t.atZone(calendar.zone()).toInstant());
    }

    /**
     * Keeps the ledger's number when it fits the series for the case's number year and nobody has it; a number that
     * does not fit gets a new one (a warning); a number taken, in the file or in the system, is a problem.
     */
    private Numbering numbering(LedgerRow row, Lifecycle lifecycle, Instant received, Map<String, Integer> ledgerNumbers) {
        int year = lifecycle.numberYear(LocalDate.ofInstant(received, calendar.zone()));
        Optional<String> ledgerNo = row.text("caseNo");
        if (ledgerNo.isEmpty()) {
            return new Numbering(year, null, OptionalInt.empty());
        }
        String number = ledgerNo.get();
        Integer earlier = ledgerNumbers.putIfAbsent(number, row.number());
        if (earlier != null) {
            row.problem("caseNo", LedgerProblem.Code.DUPLICATE_IN_FILE, number, earlier);
        }
        OptionalInt sequence = sequenceOf(lifecycle, year, number);
        boolean taken = caseFiles.find(number).isPresent() || batches.importedUnder(number).isPresent()
                || (sequence.isPresent() && numbers.isRegistered(lifecycle.numberSeries(), number));
        if (taken) {
            row.problem("caseNo", LedgerProblem.Code.DUPLICATE_CASE, number);
        } else if (sequence.isEmpty()) {
            row.warning("caseNo", LedgerProblem.Code.NEW_NUMBER, number);
        }
        return new Numbering(year, number, sequence);
    }

    /**
     * The sequence a number has in the series' year, if it is exactly what the lifecycle would format for it
     * (TS2026-000068 → 68 in 2026): found by trying the number's trailing digits, shortest first, so that any format
     * ending in the sequence is read without each lifecycle writing a parser.
     */
    static OptionalInt sequenceOf(Lifecycle lifecycle, int year, String number) {
        Matcher digits = Pattern.compile("(\\d+)$").matcher(number);
        if (!digits.find()) {
            return OptionalInt.empty();
        }
        String tail = digits.group(1);
        for (int length = 1; length <= Math.min(tail.length(), 9); length++) {
            int sequence = Integer.parseInt(tail.substring(tail.length() - length));
            if (sequence > 0 && lifecycle.caseNumber(year, sequence).equals(number)) {
                return OptionalInt.of(sequence);
            }
        }
        return OptionalInt.empty();
    }

    // opening a row's case

    private void open(long batchId, Lifecycle lifecycle, RowPlan row, AppUser admin, Instant now) {
        CaseType type = lifecycle.caseType();
        LegacyCases.StepAt at = row.at();
        LegacyStep step = at.step();
        Numbering numbering = row.numbering();
        int year = numbering.year();
        String caseNo = numbering.kept() ? numbering.ledgerNo()
                : numbers.next(lifecycle.numberSeries(), year, sequence -> lifecycle.caseNumber(year, sequence));
        LegacyCases.LegacyCase legacyCase = row.legacyCase();
        caseFiles.open(new CaseFile(caseNo, type, legacyCase.title(), step.status(), legacyCase.owner().username(), at.unitCode(),
                null, null, false, 0, at.receivedAt(), null, null, null, null, 0, CaseChannel.LEDGER), at.receivedAt());
        legacyCase.store().accept(caseNo);
        for (HistoryEntry entry : row.history()) {
            caseFiles.record(caseNo, entry.at(), IMPORTED, admin.username(), entry.text());
        }
        caseFiles.record(caseNo, at.startedAt(), "STATUS", CaseFiles.SYSTEM, step.status());
        caseFiles.record(caseNo, now, IMPORTED, admin.username(), "从台账导入：第 " + batchId + " 批第 " + row.row() + " 行"
                + (numbering.ledgerNo() != null && !numbering.kept() ? "，台账编号 " + numbering.ledgerNo() : ""));

        Map<String, Object> variables = new HashMap<>(legacyCase.variables());
        variables.put("caseNo", caseNo);
        variables.put("caseTitle", legacyCase.title());
        variables.put("rehandleCount", 0);
        variables.put("receivedAt", Date.from(at.receivedAt()));
        variables.put("channel", CaseChannel.LEDGER.name());
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(type.processKey()).businessKey(caseNo)
                .setVariables(variables).startBeforeActivity(step.taskKey()).execute();
        caseFiles.linkProcess(caseNo, instance.getId());
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step.taskKey()).list();
        if (tasks.size() != 1) {
            throw new IllegalStateException(caseNo + " started at " + step.taskKey() + " with " + tasks.size() + " such tasks");
        }
        Task task = tasks.get(0);
        if (task.getDueDate() == null || !task.getDueDate().toInstant().equals(at.due())) {
            // the model counts some steps from "now": the ledger's step started earlier (the watch follows the task)
            taskDeadlines.move(instance.getId(), List.of(step.taskKey()), at.due());
        }
        stepDeadlines.backdate(task.getId(), at.startedAt());
        batches.addLine(batchId, new LegacyBatches.Line(row.row(), caseNo, numbering.ledgerNo(), numbering.kept(), year,
                step.taskKey(), step.status(), task.getId(), instance.getId(), caseFiles.timeline(caseNo).size()));
    }

    /** How an imported case has moved since its import, or null while it stands as it came in. */
    private ImportBatch.Movement movement(LegacyBatches.Line line) {
        if (runtimeService.createProcessInstanceQuery().processInstanceId(line.processInstanceId()).count() == 0) {
            return ImportBatch.Movement.ENDED;
        }
        List<Task> open = taskService.createTaskQuery().processInstanceId(line.processInstanceId()).list();
        if (open.stream().noneMatch(t -> t.getId().equals(line.taskId()))) {
            return ImportBatch.Movement.STEP_DONE;
        }
        if (open.size() > 1) {
            return ImportBatch.Movement.OTHER_STEP;
        }
        if (caseFiles.timeline(line.caseNo()).size() > line.timelineEntries() || comments.any(line.caseNo())) {
            return ImportBatch.Movement.RECORDED;
        }
        return null;
    }

    private ImportBatch batch(LegacyBatches.Batch b, List<ImportBatch.ImportedCase> cases) {
        return new ImportBatch(b.id(), b.caseType(), b.filename(), b.importedBy(), b.importedAt(), b.caseCount(), b.status(),
                b.undoneBy(), b.undoneAt(), cases);
    }

    private LegacyCases layout(CaseType type) {
        LegacyCases cases = legacy.get(type);
        if (cases == null) {
            throw new InvalidRequestException("type", "must be one of " + legacy.keySet());
        }
        return cases;
    }

    private static void requireAdministrator(AppUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("only an administrator imports cases from a ledger");
        }
    }

    private String day(Instant instant) {
        return DAY.format(LocalDate.ofInstant(instant, calendar.zone()));
    }

    private static String name(String filename) {
        String name = filename == null || filename.isBlank() ? "ledger" : filename.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number a row's case gets: its number year, the ledger's number, and its sequence when the number is kept. */
    private record Numbering(int year, String ledgerNo, OptionalInt sequence) {
        boolean kept() {
            return sequence.isPresent();
        }
    }

    private record HistoryEntry(Instant at, String text) {
    }

    private record RowPlan(int row, LegacyCases.StepAt at, Numbering numbering, List<HistoryEntry> history,
                           LegacyCases.LegacyCase legacyCase) {
    }

    private record Plan(LedgerCheck check, List<RowPlan> rows) {
        static Plan failed(CaseType type, String filename, LedgerProblem problem) {
            return new Plan(new LedgerCheck(type, name(filename), List.of(), List.of(problem), List.of()), List.of());
        }
    }
}
