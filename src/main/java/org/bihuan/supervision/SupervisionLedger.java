package org.bihuan.supervision;

import static org.bihuan.persistence.SqlTime.instant;
import static org.bihuan.persistence.SqlTime.utc;

import org.bihuan.domain.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

@Repository
class SupervisionLedger {

    private final JdbcClient jdbc;

    SupervisionLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(LedgerEntry e) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into supervision_ledger (case_no, case_type, task_id, step_key, step_name, unit_code, level, manual, at,
                            by_user, note, step_due_at, letter_no, answer_due_at, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.caseNo(), e.caseType(), e.taskId(), e.stepKey(), e.stepName(), e.unitCode(), e.level(), e.manual(),
                        utc(e.at()), e.by(), e.note(), utc(e.stepDueAt()), e.letterNo(), utc(e.answerDueAt()), e.status())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void answer(long id, String status, String answeredBy, Instant at, String answer) {
        jdbc.sql("update supervision_ledger set status = ?, answered_by = ?, answered_at = ?, answer = ? where id = ?")
                .params(status, answeredBy, utc(at), answer, id).update();
    }

    /** The step ended while an act was still open: the act lapses, its line says why. */
    void stepDone(long id) {
        jdbc.sql("update supervision_ledger set status = 'STEP_DONE' where id = ? and status = 'OPEN'").param(id).update();
    }

    LedgerEntry get(long id) {
        return jdbc.sql("select * from supervision_ledger where id = ?").param(id).query(SupervisionLedger::map).optional()
                .orElseThrow(() -> new NotFoundException("no supervision ledger entry " + id));
    }

    List<LedgerEntry> find(Filter f) {
        StringBuilder sql = new StringBuilder("select * from supervision_ledger where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.caseNo() != null) {
            sql.append(" and case_no = ?");
            params.add(f.caseNo());
        }
        if (f.type() != null) {
            sql.append(" and case_type = ?");
            params.add(f.type());
        }
        if (f.unit() != null) {
            sql.append(" and unit_code = ?");
            params.add(f.unit());
        }
        if (f.level() != null) {
            sql.append(" and level = ?");
            params.add(f.level());
        }
        if (f.from() != null) {
            sql.append(" and at >= ?");
            params.add(utc(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and at < ?");
            params.add(utc(f.to()));
        }
        sql.append(" order by at desc, id desc limit ?");
        params.add(f.limit());
        return jdbc.sql(sql.toString()).params(params).query(SupervisionLedger::map).list();
    }

    record Filter(String caseNo, String type, String unit, String level, Instant from, Instant to, int limit) {
    }

    static LedgerEntry map(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(rs.getLong("id"), rs.getString("case_no"), rs.getString("case_type"), rs.getString("task_id"),
                rs.getString("step_key"), rs.getString("step_name"), rs.getString("unit_code"), rs.getString("level"),
                rs.getBoolean("manual"), instant(rs, "at"), rs.getString("by_user"), rs.getString("note"),
                instant(rs, "step_due_at"), rs.getString("letter_no"), instant(rs, "answer_due_at"), instant(rs, "answered_at"),
                rs.getString("answered_by"), rs.getString("answer"), rs.getString("status"));
    }


}
