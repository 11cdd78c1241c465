package org.bihuan.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package graph is the design: each top-level package under {@code org.bihuan} is a module; modules form no
 * cycle, use only the modules the table below allows, never reach into another module's sub-packages, and run
 * SQL only against their own tables.
 */
class ModuleStructureTest {

    /** Who may use whom (besides the shared kernel of {@link #SHARED} that everyone may use). */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("domain", Set.of()),
            Map.entry("persistence", Set.of()),
            Map.entry("calendar", Set.of()),
            Map.entry("identity", Set.of()),
            Map.entry("notification", Set.of()),
            Map.entry("document", Set.of()),
            Map.entry("casefile", Set.of("calendar", "identity")),
            Map.entry("task", Set.of("calendar", "casefile", "identity")),
            Map.entry("lifecycle", Set.of("calendar", "casefile", "identity", "notification", "task")),
            Map.entry("complaint", Set.of("calendar", "casefile", "identity", "lifecycle", "notification", "task", "document")),
            Map.entry("proposal", Set.of("calendar", "casefile", "identity", "lifecycle", "notification", "task", "document")),
            Map.entry("supervision", Set.of("calendar", "casefile", "identity", "lifecycle", "notification", "document")),
            Map.entry("api", Set.of()),
            Map.entry("web", Set.of("identity")));

    /** Technical modules every module may use: domain exceptions and the JDBC time helper. */
    static final Set<String> SHARED = Set.of("domain", "persistence");

    /** Every table and the module that owns it (the one that creates, writes and queries it). */
    static final Map<String, String> TABLE_OWNERS = Map.ofEntries(
            Map.entry("app_user", "identity"), Map.entry("app_user_role", "identity"), Map.entry("unit", "identity"),
            Map.entry("case_file", "casefile"), Map.entry("case_access", "casefile"), Map.entry("case_deadline", "casefile"),
            Map.entry("case_number", "casefile"), Map.entry("case_number_counter", "casefile"), Map.entry("attachment", "casefile"),
            Map.entry("timeline_event", "casefile"), Map.entry("task_submission", "casefile"), Map.entry("step_deadline", "casefile"),
            Map.entry("complaint", "complaint"), Map.entry("complaint_payment", "complaint"),
            Map.entry("proposal", "proposal"), Map.entry("proposal_signer", "proposal"), Map.entry("proposal_unit", "proposal"),
            Map.entry("notification", "notification"), Map.entry("sms_log", "notification"),
            Map.entry("supervision_ledger", "supervision"), Map.entry("public_notice", "supervision"));

    static final Path SOURCES = Path.of("src/main/java/org/bihuan");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.bihuan");
    }

    @Test
    void modulesFormNoCycle() {
        slices().matching("org.bihuan.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyModuleUsesOnlyTheModulesItIsAllowedTo() {
        List<String> violations = new ArrayList<>();
        for (JavaClass origin : classes) {
            String from = module(origin);
            if (from == null) {
                continue;
            }
            assertThat(ALLOWED).as("module %s is missing from ALLOWED", from).containsKey(from);
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = module(dependency.getTargetClass());
                if (to != null && !to.equals(from) && !SHARED.contains(to) && !ALLOWED.get(from).contains(to)) {
                    violations.add(dependency.getDescription());
                }
            }
        }
        assertThat(violations).as("dependencies the module table does not allow").isEmpty();
    }

    @Test
    void noModuleReachesIntoAnotherModulesSubPackages() {
        List<String> violations = new ArrayList<>();
        for (JavaClass origin : classes) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                String to = module(target);
                if (to != null && !to.equals(module(origin)) && !target.getPackageName().equals("org.bihuan." + to)) {
                    violations.add(dependency.getDescription());
                }
            }
        }
        assertThat(violations).as("a module's sub-packages are its internals").isEmpty();
    }

    @Test
    void everyModuleRunsSqlOnlyAgainstItsOwnTables() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                for (String table : tablesNamedInSql(Files.readString(file))) {
                    String owner = TABLE_OWNERS.get(table);
                    if (owner != null && !owner.equals(module)) {
                        violations.add(file + " runs SQL on " + table + ", which " + owner + " owns");
                    }
                }
            }
        }
        assertThat(violations).as("SQL against another module's tables").isEmpty();
    }

    @Test
    void theSqlRuleSeesATableInAStringAndNotInAComment() {
        String source = """
                /** reads step_deadline from somewhere: a comment */
                String sql = "select * from complaint c join proposal_unit u on u.case_no = c.case_no";
                """;
        assertThat(tablesNamedInSql(source)).containsExactlyInAnyOrder("complaint", "proposal_unit");
    }

    @Test
    void everyTableOfTheMigrationsHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        Pattern create = Pattern.compile("(?i)create\\s+(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(Files.readString(file));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        assertThat(TABLE_OWNERS.keySet()).containsAll(created);
    }

    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update|delete\\s+from)\\s+([a-z_]+)");

    static Set<String> tablesNamedInSql(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
        Set<String> tables = new TreeSet<>();
        Matcher literal = STRING.matcher(code);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            Matcher table = TABLE.matcher(text);
            while (table.find()) {
                tables.add(table.group(1).toLowerCase());
            }
        }
        tables.retainAll(TABLE_OWNERS.keySet());
        return tables;
    }

    private static String module(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("org.bihuan.")) {
            return null;
        }
        String rest = name.substring("org.bihuan.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
