package org.bihuan.region;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The administrative-division tree: the seed the demo uses, the roll-up query the dashboard uses ({@link Regions#within}),
 * and the load of a code list from CSV, checked as a whole and idempotent. The test's divisions are a province of its
 * own (99xxxx), which no real code uses.
 */
class RegionsTest extends PostgresIntegrationTest {

    @Autowired
    Regions regions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeedHoldsZhejiangHangzhouAndItsDistrictsAndWithinRollsUpTheTree() {
        assertThat(regions.find("330100")).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("杭州市");
            assertThat(r.level()).isEqualTo(RegionLevel.CITY);
            assertThat(r.parentCode()).isEqualTo("330000");
        });
        assertThat(regions.within("330100")).contains("330100", "330106", "330182").doesNotContain("330000", "330200");
        assertThat(regions.within("330000")).contains("330000", "330100", "330106", "331100").hasSizeGreaterThanOrEqualTo(25);
        assertThat(regions.within("330106")).containsExactly("330106");
        assertThat(regions.within("123456")).as("unknown").isEmpty();
        assertThat(regions.within("abc")).as("not a code").isEmpty();
        assertThat(regions.path("330106")).extracting(Region::name).containsExactly("浙江省", "杭州市", "西湖区");
        assertThat(regions.named("西湖区")).extracting(Region::code).containsExactly("330106");
    }

    @Test
    void aCodeListIsLoadedOnceAndLoadingItAgainChangesNothing() {
        String csv = "\uFEFF行政区划代码,单位名称\n990000,Test Province\n990100,Test City\n990101,Test District\n"
                + "990290,Direct County\n";
        long audited = jdbc.sql("select count(*) from audit_entry where action = 'region.loaded'").query(Long.class).single();

        RegionLoad first = regions.load(csv.getBytes(StandardCharsets.UTF_8));
        RegionLoad second = regions.load(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(first.added() + first.unchanged()).isEqualTo(4);
        assertThat(second).isEqualTo(new RegionLoad(0, 0, 4));
        assertThat(regions.find("990101")).hasValueSatisfying(r -> assertThat(r.parentCode()).isEqualTo("990100"));
        assertThat(regions.find("990290")).as("a county whose city code does not exist belongs to the province")
                .hasValueSatisfying(r -> assertThat(r.parentCode()).isEqualTo("990000"));
        assertThat(regions.within("990000")).containsExactly("990000", "990100", "990101", "990290");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'region.loaded'").query(Long.class).single())
                .as("only a load that changed something is audited").isLessThanOrEqualTo(audited + 1);

        RegionLoad renamed = regions.load("990101,Renamed District\n".getBytes(StandardCharsets.UTF_8));
        assertThat(renamed).isEqualTo(new RegionLoad(0, 1, 0));
        assertThat(regions.find("990101")).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("Renamed District"));
    }

    @Test
    void aFileWithABadLineIsRefusedNamingEveryLineAndNothingIsStored() {
        String csv = "code,name\n970000,Refused Province\n97010,Short Code\n970200,\n970300,Twice\n970300,Twice Again\n"
                + "960101,Orphan County\n";

        InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
                () -> regions.load(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.violations()).extracting(Violation::field).contains("line 3", "line 4", "line 6");
        assertThat(refused.violations()).extracting(Violation::message)
                .contains("code is not six digits", "has no name", "code is listed twice");
        assertThat(regions.find("970000")).as("nothing of the file").isEmpty();
        assertThat(catchThrowableOfType(InvalidRequestException.class, () -> regions.load(new byte[0])).violations())
                .extracting(Violation::field).containsExactly("file");
        assertThat(catchThrowableOfType(InvalidRequestException.class,
                () -> regions.load("960101,Orphan County\n".getBytes(StandardCharsets.UTF_8))).violations())
                .extracting(Violation::message).containsExactly("province is neither in the file nor loaded");
    }
}
