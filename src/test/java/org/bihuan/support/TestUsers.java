package org.bihuan.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.List;

/**
 * The demo accounts and units, for tests (the demo data itself is off in the test profile). Every
 * account's password is {@link #PASSWORD}. Idempotent: call it from each test's setup, then
 * {@code CamundaIdentitySync.syncToCamunda()} if the test needs Camunda to know the accounts.
 */
public final class TestUsers {

    public static final String PASSWORD = "demo";

    /** Valid GB 32100-2015 codes (the same as the demo data's). */
    public static final String ENT_A_CREDIT_CODE = "91330100MA2X7K1L1G";
    public static final String ENT_B_CREDIT_CODE = "91330100MA2H3B4C61";

    private static final List<String[]> UNITS = List.of(
            new String[]{"QQB", "市清欠办（受理）", "INTAKE"},
            new String[]{"CZJ", "市财政局", "HANDLING"},
            new String[]{"GZW", "市国资委", "HANDLING"},
            new String[]{"GXJ", "市工业和信息化局", "HANDLING"},
            new String[]{"DCS", "市政府督查室", "SUPERVISION"},
            new String[]{"TAW", "市政协提案委员会", "COMMITTEE"});

    // username, display name, phone, unit, credit code, role
    private static final List<String[]> USERS = List.of(
            new String[]{"ent-a", "王经理（杭州甲乙科技有限公司）", "13800000001", null, ENT_A_CREDIT_CODE, "ENTERPRISE"},
            new String[]{"ent-b", "李会计（杭州丙丁贸易有限公司）", "13800000002", null, ENT_B_CREDIT_CODE, "ENTERPRISE"},
            new String[]{"intake", "赵受理", "13800000003", "QQB", null, "INTAKE"},
            new String[]{"unit-a", "钱承办（财政局）", "13800000004", "CZJ", null, "UNIT"},
            new String[]{"unit-b", "孙承办（国资委）", "13800000005", "GZW", null, "UNIT"},
            new String[]{"supervisor", "周督查", "13800000006", "DCS", null, "SUPERVISOR"},
            new String[]{"admin", "吴管理员", "13800000007", null, null, "ADMIN"},
            new String[]{"member", "郑委员", "13800000008", null, null, "MEMBER"},
            new String[]{"member2", "冯委员", "13800000009", null, null, "MEMBER"},
            new String[]{"committee", "陈提案委", "13800000010", "TAW", null, "COMMITTEE"},
            new String[]{"leader", "褚领导", "13800000011", null, null, "LEADER"},
            new String[]{"head-a", "卫局长（财政局）", "13800000012", "CZJ", null, "UNIT"},
            new String[]{"head-b", "蒋主任（国资委）", "13800000013", "GZW", null, "UNIT"});

    // credit code, name, size class, administrator: both verified, as in the demo data
    private static final List<String[]> ENTERPRISES = List.of(
            new String[]{ENT_A_CREDIT_CODE, "杭州甲乙科技有限公司", "SMALL", "ent-a"},
            new String[]{ENT_B_CREDIT_CODE, "杭州丙丁贸易有限公司", "MICRO", "ent-b"});

    /** The heads of the two demo handling units: they hear of every overdue step of their unit. */
    public static final List<String> UNIT_HEADS = List.of("head-a", "head-b");

    private static String passwordHash;

    private TestUsers() {
    }

    public static synchronized void ensure(JdbcClient jdbc) {
        if (passwordHash == null) {
            passwordHash = new BCryptPasswordEncoder().encode(PASSWORD);
        }
        for (String[] unit : UNITS) {
            if (count(jdbc, "select count(*) from unit where code = :key", unit[0]) == 0) {
                jdbc.sql("insert into unit (code, name, kind) values (:code, :name, :kind)")
                        .param("code", unit[0]).param("name", unit[1]).param("kind", unit[2])
                        .update();
            }
        }
        for (String[] user : USERS) {
            if (count(jdbc, "select count(*) from app_user where username = :key", user[0]) > 0) {
                continue;
            }
            jdbc.sql("insert into app_user (username, password_hash, display_name, email, phone, unit_code, "
                            + "credit_code, enabled) values (:username, :hash, :name, :email, :phone, :unit, :credit, true)")
                    .param("username", user[0]).param("hash", passwordHash).param("name", user[1])
                    .param("email", user[0] + "@demo.bihuan.local").param("phone", user[2])
                    .param("unit", user[3]).param("credit", user[4])
                    .update();
            jdbc.sql("insert into app_user_role (username, role) values (:username, :role)")
                    .param("username", user[0]).param("role", user[5])
                    .update();
        }
        for (String head : UNIT_HEADS) {
            jdbc.sql("update app_user set unit_head = true where username = :username").param("username", head).update();
        }
        for (String[] enterprise : ENTERPRISES) {
            if (count(jdbc, "select count(*) from enterprise where credit_code = :key", enterprise[0]) == 0) {
                jdbc.sql("insert into enterprise (credit_code, name, size_class, administrator, registered_at, activated_at, "
                                + "verification, verified_by, verified_at) values (:code, :name, :size, :administrator, "
                                + "current_timestamp, current_timestamp, 'VERIFIED', 'intake', current_timestamp)")
                        .param("code", enterprise[0]).param("name", enterprise[1]).param("size", enterprise[2])
                        .param("administrator", enterprise[3])
                        .update();
            }
        }
    }

    /**
     * One more official of a unit (password {@link #PASSWORD}), for a test that needs a third colleague; idempotent.
     * Answers whether it was created, so that the caller syncs the accounts to Camunda then.
     */
    public static synchronized boolean ensureOfficial(JdbcClient jdbc, String username, String displayName, String phone,
                                                      String unitCode, String role) {
        if (count(jdbc, "select count(*) from app_user where username = :key", username) > 0) {
            return false;
        }
        if (passwordHash == null) {
            passwordHash = new BCryptPasswordEncoder().encode(PASSWORD);
        }
        jdbc.sql("insert into app_user (username, password_hash, display_name, email, phone, unit_code, enabled) "
                        + "values (:username, :hash, :name, :email, :phone, :unit, true)")
                .param("username", username).param("hash", passwordHash).param("name", displayName)
                .param("email", username + "@demo.bihuan.local").param("phone", phone).param("unit", unitCode)
                .update();
        jdbc.sql("insert into app_user_role (username, role) values (:username, :role)")
                .param("username", username).param("role", role)
                .update();
        return true;
    }

    private static int count(JdbcClient jdbc, String query, String key) {
        return jdbc.sql(query).param("key", key).query(Integer.class).single();
    }
}
