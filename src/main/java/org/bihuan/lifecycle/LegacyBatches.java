package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

/** The import batches and their lines (import_batch, import_case): the only SQL on them. */
@Repository
class LegacyBatches {

    private final JdbcClient jdbc;

    LegacyBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long open(CaseType type, String filename, String sha256, String importedBy, Instant at, int caseCount) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into import_batch (case_type, filename, sha256, imported_by, imported_at, case_count, status)
                        values (?, ?, ?, ?, ?, ?, 'IMPORTED')""")
                .params(type.name(), filename, sha256, importedBy, utc(at), caseCount)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void addLine(long batchId, Line line) {
        jdbc.sql("""
                        insert into import_case (batch_id, row_no, case_no, ledger_no, number_kept, number_year, step, status, task_id,
                            process_instance_id, timeline_entries)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(batchId, line.row(), line.caseNo(), line.ledgerNo(), line.numberKept(), line.numberYear(), line.step(),
                        line.status(), line.taskId(), line.processInstanceId(), line.timelineEntries())
                .update();
    }

    /** The newest first. */
    List<Batch> list(int limit) {
        return jdbc.sql("select * from import_batch order by imported_at desc, id desc limit ?").param(limit)
                .query(LegacyBatches::batch).list();
    }

    Optional<Batch> find(long id) {
        return jdbc.sql("select * from import_batch where id = ?").param(id).query(LegacyBatches::batch).optional();
    }

    List<Line> lines(long batchId) {
        return jdbc.sql("select * from import_case where batch_id = ? order by row_no").param(batchId)
                .query((rs, i) -> new Line(rs.getInt("row_no"), rs.getString("case_no"), rs.getString("ledger_no"),
                        rs.getBoolean("number_kept"), rs.getInt("number_year"), rs.getString("step"), rs.getString("status"),
                        rs.getString("task_id"), rs.getString("process_instance_id"), rs.getInt("timeline_entries")))
                .list();
    }

    /** Whether a batch still in force brought in a case under this ledger number (kept or recorded). */
    Optional<String> importedUnder(String ledgerNo) {
        return jdbc.sql("""
                        select c.case_no from import_case c join import_batch b on b.id = c.batch_id
                        where b.status = 'IMPORTED' and (c.ledger_no = ? or c.case_no = ?)""")
                .params(ledgerNo, ledgerNo).query(String.class).list().stream().findFirst();
    }

    /** True when this call marked it: a second undo of the same batch finds it undone already. */
    boolean markUndone(long id, String by, Instant at) {
        return jdbc.sql("update import_batch set status = 'UNDONE', undone_by = ?, undone_at = ? where id = ? and status = 'IMPORTED'")
                .params(by, utc(at), id).update() == 1;
    }

    record Batch(long id, CaseType caseType, String filename, String importedBy, Instant importedAt, int caseCount, String status,
                 String undoneBy, Instant undoneAt) {
    }

    record Line(int row, String caseNo, String ledgerNo, boolean numberKept, int numberYear, String step, String status,
                String taskId, String processInstanceId, int timelineEntries) {
    }

    private static Batch batch(ResultSet rs, int i) throws SQLException {
        return new Batch(rs.getLong("id"), CaseType.valueOf(rs.getString("case_type")), rs.getString("filename"),
                rs.getString("imported_by"), instant(rs, "imported_at"), rs.getInt("case_count"), rs.getString("status"),
                rs.getString("undone_by"), instant(rs, "undone_at"));
    }
}
