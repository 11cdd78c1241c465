package org.bihuan.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.bihuan.TableOwnership;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package graph is the design: each top-level package under {@code org.bihuan} is a module; modules form no
 * cycle, use only the modules the table below allows, never reach into another module's sub-packages, and run
 * SQL only against their own tables (and the case file's public read model; see {@link TableOwnership}).
 */
class ModuleStructureTest {

    /** Who may use whom (besides the shared kernel of {@link #SHARED} that everyone may use). */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("domain", Set.of()),
            Map.entry("persistence", Set.of()),
            Map.entry("ops", Set.of()),
            Map.entry("calendar", Set.of("audit")),
            Map.entry("files", Set.of()),
            // identity mails sign-up links and verification decisions through the outbox; it checks licences as files
            Map.entry("identity", Set.of("files", "notification", "ops", "audit", "region")),
            Map.entry("notification", Set.of("audit")),
            // the audit list of administrative changes and the administrative-division tree (issue 10)
            Map.entry("audit", Set.of()),
            Map.entry("region", Set.of("audit")),
            // the one number register numbers documents as it numbers cases
            Map.entry("document", Set.of("casefile")),
            // CSV/XLSX writing, shared by the case search (casefile) and the supervisors' exports (supervision)
            Map.entry("export", Set.of()),
            Map.entry("casefile", Set.of("calendar", "files", "identity", "export")),
            Map.entry("task", Set.of("calendar", "casefile", "identity", "audit")),
            Map.entry("lifecycle", Set.of("calendar", "casefile", "identity", "notification", "ops", "task", "export", "document", "audit")),
            Map.entry("complaint", Set.of("calendar", "casefile", "identity", "lifecycle", "notification", "task", "document")),
            Map.entry("proposal", Set.of("calendar", "casefile", "identity", "lifecycle", "notification", "task", "document", "audit")),
            Map.entry("supervision", Set.of("calendar", "casefile", "identity", "lifecycle", "notification", "document", "export")),
            Map.entry("api", Set.of()),
            // pages sit on top: they call the features' public services, and no feature uses them
            Map.entry("web", Set.of("identity", "casefile", "proposal", "complaint", "lifecycle", "calendar", "audit", "region",
                    "notification", "task", "supervision", "export", "document")));

    /** Technical modules every module may use: domain exceptions and the JDBC time helper. */
    static final Set<String> SHARED = Set.of("domain", "persistence");

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
    void everyModuleRunsSqlOnlyAgainstItsOwnTablesAndTheCaseFilesReadModel() throws IOException {
        Map<Path, Set<String>> violations = new java.util.LinkedHashMap<>();
        try (Stream<Path> modules = Files.list(SOURCES)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                violations.putAll(TableOwnership.foreignTablesNamedBy(module.getFileName().toString()));
            }
        }
        assertThat(violations).as("source file → tables of other modules its SQL names (see TableOwnership)").isEmpty();
    }

    @Test
    void everyTableTheMigrationsCreateHasAnOwner() {
        assertThat(TableOwnership.createdByMigrations())
                .as("tables and views without an owner in TableOwnership")
                .allSatisfy(table -> assertThat(TableOwnership.owner(table)).as(table).isNotNull());
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
