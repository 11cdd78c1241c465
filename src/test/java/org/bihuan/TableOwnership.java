package org.bihuan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which module owns which table: a module's SQL names only its own tables and the case file's public read
 * model; another module's data comes from that module's services. The one map of it, for every test that
 * checks the rule, with the reading of table names out of a module's SQL.
 */
public final class TableOwnership {

    /** module (the package under org.bihuan) → the tables and views only it reads and writes */
    public static final Map<String, Set<String>> TABLES_BY_MODULE = Map.ofEntries(
            Map.entry("identity", Set.of("unit", "app_user", "app_user_role", "enterprise", "enterprise_licence", "enterprise_verification",
                    "account_token", "unit_respondent_type", "unit_region")),
            Map.entry("audit", Set.of("audit_entry")),
            Map.entry("region", Set.of("region")),
            Map.entry("casefile", Set.of("case_file", "case_deadline", "timeline_event", "task_submission", "attachment", "case_access",
                    "case_number_counter", "case_number", "step_deadline", "report_facts", "report_recovery", "report_case",
                    "report_step", "case_draft", "case_draft_file", "case_comment")),
            Map.entry("task", Set.of("task_absence", "task_stand_in", "task_draft")),
            Map.entry("complaint", Set.of("complaint", "complaint_payment")),
            Map.entry("proposal", Set.of("proposal", "proposal_signer", "proposal_unit", "cppcc_session")),
            Map.entry("lifecycle", Set.of("import_batch", "import_case")),
            Map.entry("supervision", Set.of("supervision_ledger", "public_notice")),
            Map.entry("notification", Set.of("notification", "sms_log", "notification_preference")),
            Map.entry("document", Set.of("official_document")));

    /** The case file's reporting read model: any module may read these (only the case file writes them). */
    public static final Set<String> PUBLIC_READ_MODEL = Set.of("report_case", "report_step", "report_recovery");

    public static final Path MAIN_SOURCES = Path.of("src/main/java/org/bihuan");
    public static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern TABLE_AFTER_KEYWORD = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern CREATED = Pattern.compile("(?i)\\bcreate\\s+(?:table|view)\\s+([a-z_][a-z0-9_]*)");

    private TableOwnership() {
    }

    public static String owner(String table) {
        return TABLES_BY_MODULE.entrySet().stream().filter(e -> e.getValue().contains(table)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** Per source file of the module, the tables of other modules its SQL names (outside the public read model). */
    public static Map<Path, Set<String>> foreignTablesNamedBy(String module) {
        Map<Path, Set<String>> foreign = new LinkedHashMap<>();
        for (Path source : javaSources(MAIN_SOURCES.resolve(module))) {
            Set<String> named = new TreeSet<>();
            for (String table : tablesNamedIn(stringLiterals(read(source)))) {
                String owner = owner(table);
                if (owner != null && !owner.equals(module) && !PUBLIC_READ_MODEL.contains(table)) {
                    named.add(table);
                }
            }
            if (!named.isEmpty()) {
                foreign.put(source, named);
            }
        }
        return foreign;
    }

    /** Every table and view the migrations create. */
    public static Set<String> createdByMigrations() {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                Matcher m = CREATED.matcher(read(f));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created;
    }

    /** The names after from, join, into, update and table: SQL is often joined from several literals, so all of them at once. */
    static Set<String> tablesNamedIn(String sql) {
        Set<String> tables = new TreeSet<>();
        Matcher m = TABLE_AFTER_KEYWORD.matcher(sql);
        while (m.find()) {
            tables.add(m.group(1).toLowerCase());
        }
        return tables;
    }

    /** The contents of a Java source's string literals and text blocks, one after the other with a space between. */
    static String stringLiterals(String java) {
        StringBuilder literals = new StringBuilder();
        int i = 0;
        while (i < java.length()) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                i = orLength(java.indexOf('\n', i), java);
            } else if (java.startsWith("/*", i)) {
                i = orLength(java.indexOf("*/", i + 2), java) + 2;
            } else if (java.startsWith("\"\"\"", i)) {
                int close = java.indexOf("\"\"\"", i + 3);
                literals.append(java, i + 3, orLength(close, java)).append(' ');
                i = orLength(close, java) + 3;
            } else if (c == '"') {
                int j = i + 1;
                while (j < java.length() && java.charAt(j) != '"') {
                    j += java.charAt(j) == '\\' ? 2 : 1;
                }
                literals.append(java, i + 1, Math.min(j, java.length())).append(' ');
                i = j + 1;
            } else if (c == '\'') {
                i = java.indexOf('\'', i + (java.charAt(i + 1) == '\\' ? 3 : 2)) + 1;
            } else {
                i++;
            }
        }
        return literals.toString();
    }

    private static int orLength(int index, String java) {
        return index < 0 ? java.length() : index;
    }

    private static List<Path> javaSources(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
