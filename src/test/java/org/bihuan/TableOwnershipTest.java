package org.bihuan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reading of table names out of Java sources that the module-table rule relies on. */
class TableOwnershipTest {

    @Test
    void sqlJoinedFromSeveralLiteralsAndTextBlocksIsRead() {
        String java = """
                class X {
                    // from comment_table is not SQL
                    String a = " from case_file f left join complaint c on c.case_no = f.case_no" + (u ? "" : " and x = 1");
                    String b = \"\"\"
                            select * from step_deadline s
                            where s.x = 'y'\"\"\";
                    char q = '"';
                    String c = "insert into public_notice (a) values (?)";
                    /* update proposal set x = 1 */
                }
                """;

        assertThat(TableOwnership.tablesNamedIn(TableOwnership.stringLiterals(java)))
                .containsExactlyInAnyOrder("case_file", "complaint", "step_deadline", "public_notice");
    }
}
