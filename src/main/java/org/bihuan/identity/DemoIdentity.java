package org.bihuan.identity;

import org.bihuan.persistence.SqlTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The newcomer's demo accounts (password {@code demo}) and units. Only with {@code bihuan.demo.enabled};
 * runs before the Camunda identity sync and leaves existing rows alone, so an edited demo account
 * survives a restart.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "bihuan.demo.enabled", havingValue = "true")
class DemoIdentity implements ApplicationRunner {

    private static final List<Unit> UNITS = List.of(
            new Unit("QQB", "市清欠办（受理）", "INTAKE"),
            new Unit("CZJ", "市财政局", "HANDLING"),
            new Unit("GZW", "市国资委", "HANDLING"),
            new Unit("GXJ", "市工业和信息化局", "HANDLING"),
            new Unit("DCS", "市政府督查室", "SUPERVISION"),
            new Unit("TAW", "市政协提案委员会", "COMMITTEE"));

    // The credit codes are valid GB 32100-2015 codes (check character computed with the standard's
    // weights; the embedded organisation code also carries a valid GB 11714 check digit), invented for
    // the demo: 9 = registered by market regulation, 1 = enterprise, 330100 = Hangzhou.
    private static final List<DemoUser> USERS = List.of(
            new DemoUser("ent-a", "王经理（杭州甲乙科技有限公司）", "13800000001", null, "91330100MA2X7K1L1G", Role.ENTERPRISE),
            new DemoUser("ent-b", "李会计（杭州丙丁贸易有限公司）", "13800000002", null, "91330100MA2H3B4C61", Role.ENTERPRISE),
            new DemoUser("intake", "赵受理", "13800000003", "QQB", null, Role.INTAKE),
            new DemoUser("unit-a", "钱承办（财政局）", "13800000004", "CZJ", null, Role.UNIT),
            new DemoUser("unit-b", "孙承办（国资委）", "13800000005", "GZW", null, Role.UNIT),
            new DemoUser("supervisor", "周督查", "13800000006", "DCS", null, Role.SUPERVISOR),
            new DemoUser("admin", "吴管理员", "13800000007", null, null, Role.ADMIN),
            new DemoUser("member", "郑委员", "13800000008", null, null, Role.MEMBER),
            new DemoUser("member2", "冯委员", "13800000009", null, null, Role.MEMBER),
            new DemoUser("committee", "陈提案委", "13800000010", "TAW", null, Role.COMMITTEE),
            new DemoUser("leader", "褚领导", "13800000011", null, null, Role.LEADER),
            new DemoUser("head-a", "卫局长（财政局）", "13800000012", "CZJ", null, Role.UNIT),
            new DemoUser("head-b", "蒋主任（国资委）", "13800000013", "GZW", null, Role.UNIT));

    /** The demo enterprises, their licences taken as checked: ent-a and ent-b administer them. */
    private static final List<DemoEnterprise> ENTERPRISES = List.of(
            new DemoEnterprise("91330100MA2X7K1L1G", "杭州甲乙科技有限公司", "SMALL", "ent-a"),
            new DemoEnterprise("91330100MA2H3B4C61", "杭州丙丁贸易有限公司", "MICRO", "ent-b"));

    /** 杭州市 in the region tree (db/migration V31). */
    private static final String DEMO_REGION = "330100";

    /** Heads of the demo handling units: 超期催办 reaches them too. */
    private static final List<String> UNIT_HEADS = List.of("head-a", "head-b");

    /** who "checked" the demo enterprises' licences, as the audit trail shows it */
    private static final String DEMO_VERIFIER = "demo-data";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoIdentity(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Unit unit : UNITS) {
            if (!exists("select count(*) from unit where code = :key", unit.code())) {
                jdbc.sql("insert into unit (code, name, kind) values (:code, :name, :kind)")
                        .param("code", unit.code())
                        .param("name", unit.name())
                        .param("kind", unit.kind())
                        .update();
            }
            // the demo office is Hangzhou's (city level), as the region tree's seed has it
            jdbc.sql("update unit set region_code = :region where code = :code and region_code is null")
                    .param("region", DEMO_REGION).param("code", unit.code()).update();
        }
        String passwordHash = passwordEncoder.encode("demo");
        for (DemoUser user : USERS) {
            if (exists("select count(*) from app_user where username = :key", user.username())) {
                continue;
            }
            jdbc.sql("insert into app_user (username, password_hash, display_name, email, phone, unit_code, "
                            + "credit_code, enabled) values (:username, :passwordHash, :displayName, :email, :phone, "
                            + ":unitCode, :creditCode, true)")
                    .param("username", user.username())
                    .param("passwordHash", passwordHash)
                    .param("displayName", user.displayName())
                    .param("email", user.username() + "@demo.bihuan.local")
                    .param("phone", user.phone())
                    .param("unitCode", user.unitCode())
                    .param("creditCode", user.creditCode())
                    .update();
            jdbc.sql("insert into app_user_role (username, role) values (:username, :role)")
                    .param("username", user.username())
                    .param("role", user.role().name())
                    .update();
        }
        for (String head : UNIT_HEADS) {
            jdbc.sql("update app_user set unit_head = true where username = :username").param("username", head).update();
        }
        ENTERPRISES.forEach(this::ensureVerified);
    }

    /**
     * Inserts the demo enterprise, verified; one that the upgrade to sign-up created from the demo account
     * (unverified, nobody decided) gets its demo name and size and is verified too. A decision someone made stays.
     */
    private void ensureVerified(DemoEnterprise enterprise) {
        OffsetDateTime now = SqlTime.utc(clock.instant());
        if (!exists("select count(*) from enterprise where credit_code = :key", enterprise.creditCode())) {
            jdbc.sql("insert into enterprise (credit_code, name, size_class, administrator, registered_at, activated_at, "
                            + "verification) values (:code, :name, :size, :administrator, :now, :now, 'UNVERIFIED')")
                    .param("code", enterprise.creditCode())
                    .param("name", enterprise.name())
                    .param("size", enterprise.sizeClass())
                    .param("administrator", enterprise.administrator())
                    .param("now", now)
                    .update();
        }
        int undecided = jdbc.sql("update enterprise set name = :name, size_class = :size, verification = 'VERIFIED', "
                        + "verified_by = :by, verified_at = :now where credit_code = :code and verified_by is null")
                .param("name", enterprise.name())
                .param("size", enterprise.sizeClass())
                .param("by", DEMO_VERIFIER)
                .param("now", now)
                .param("code", enterprise.creditCode())
                .update();
        if (undecided > 0) {
            jdbc.sql("insert into enterprise_verification (credit_code, decision, decided_by, decided_at) "
                            + "values (:code, 'VERIFIED', :by, :now)")
                    .param("code", enterprise.creditCode())
                    .param("by", DEMO_VERIFIER)
                    .param("now", now)
                    .update();
        }
    }

    private boolean exists(String countQuery, String key) {
        return jdbc.sql(countQuery).param("key", key).query(Integer.class).single() > 0;
    }

    private record DemoEnterprise(String creditCode, String name, String sizeClass, String administrator) {
    }

    private record DemoUser(String username, String displayName, String phone, String unitCode, String creditCode,
                            Role role) {
    }
}
