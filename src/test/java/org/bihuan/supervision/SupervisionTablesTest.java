package org.bihuan.supervision;

import org.bihuan.TableOwnership;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervision's SQL names only its own tables (supervision_ledger, public_notice) and the case file's reporting
 * read model; what the lifecycles and the case file keep elsewhere comes through that read model or a service.
 */
class SupervisionTablesTest {

    @Test
    void supervisionSqlNamesNoTableOfAnotherModule() {
        assertThat(TableOwnership.foreignTablesNamedBy("supervision"))
                .as("source file → tables of other modules its SQL names")
                .isEmpty();
    }

    @Test
    void everyTableTheMigrationsCreateHasAnOwner() {
        assertThat(TableOwnership.createdByMigrations())
                .as("tables and views without an owner in TableOwnership")
                .allSatisfy(table -> assertThat(TableOwnership.owner(table)).as(table).isNotNull());
    }
}
