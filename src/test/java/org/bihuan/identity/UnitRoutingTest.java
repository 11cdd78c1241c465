package org.bihuan.identity;

import jakarta.validation.constraints.Pattern;
import org.bihuan.complaint.ComplaintRequest;
import org.bihuan.region.Regions;
import org.bihuan.support.PostgresIntegrationTest;
import org.bihuan.support.TestUsers;
import org.bihuan.task.UnitMerge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the units' data and the routing table relate: the table ({@code complaint-routing.dmn}) suggests; a suggestion of an
 * active handling unit stands, a merged unit's goes to its successor, and otherwise the handling units' respondent
 * types and regions decide, the most specific single unit winning. The test's units sit in a province of its own.
 */
class UnitRoutingTest extends PostgresIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 10_000));

    @Autowired
    Units units;
    @Autowired
    UnitMerge merge;
    @Autowired
    Regions regions;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aProvinceOfTheTestsOwn() {
        TestUsers.ensure(jdbc);
        regions.load(("980000,Routing Province\n980100,Routing City\n980101,Lakeside District\n980102,Hillside District\n"
                + "980200,Merger City\n980201,Old Town\n980202,New Town\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSuggestionOfAnActiveHandlingUnitStands() {
        assertThat(units.routingSuggestion("CZJ", "GOVERNMENT_BODY", "市本级")).contains("CZJ");
    }

    @Test
    void whenTheTableNamesNoActiveHandlingUnitTheMostSpecificUnitWhoseTypesAndRegionsFitIsSuggested() {
        UnitProfile lakeside = unit(List.of("LARGE_ENTERPRISE"), List.of("980101"));
        UnitProfile city = unit(List.of(), List.of("980100"));

        assertThat(units.routingSuggestion("NOSUCHUNIT", "LARGE_ENTERPRISE", "Lakeside District")).contains(lakeside.code());
        assertThat(units.routingSuggestion(null, "GOVERNMENT_BODY", "Lakeside District")).as("another type: the city's unit")
                .contains(city.code());
        assertThat(units.routingSuggestion("QQB", "LARGE_ENTERPRISE", "Hillside District")).as("an intake office is no answer")
                .contains(city.code());
        assertThat(units.routingSuggestion(null, "PUBLIC_INSTITUTION", "Nowhere")).as("many units fit anything: unclear")
                .isEmpty();

        units.deactivate(lakeside.code());
        assertThat(units.routingSuggestion(lakeside.code(), "LARGE_ENTERPRISE", "Lakeside District")).contains(city.code());
    }

    @Test
    void aSuggestionOfAMergedUnitGoesToItsSuccessorWhichTakesOverItsRoutingData() {
        UnitProfile old = unit(List.of("PUBLIC_INSTITUTION"), List.of("980201"));
        UnitProfile successor = unit(List.of("GOVERNMENT_BODY"), List.of("980202"));

        merge.merge(old.code(), successor.code());

        assertThat(units.routingSuggestion(old.code(), "PUBLIC_INSTITUTION", "Old Town")).contains(successor.code());
        assertThat(units.routingSuggestion("NOSUCHUNIT", "PUBLIC_INSTITUTION", "Old Town")).as("the routing data moved too")
                .contains(successor.code());
        assertThat(units.get(successor.code()).respondentTypes()).containsExactlyInAnyOrder("GOVERNMENT_BODY", "PUBLIC_INSTITUTION");
        assertThat(units.get(successor.code()).regions()).containsExactlyInAnyOrder("980201", "980202");
    }

    /** Identity cannot see the complaint's vocabulary; this keeps its copy equal to the request's. */
    @Test
    void theRespondentTypesAreTheComplaintRequestsOwn() throws NoSuchFieldException {
        Pattern pattern = ComplaintRequest.Respondent.class.getDeclaredField("type").getAnnotation(Pattern.class);
        assertThat(Units.RESPONDENT_TYPES).containsExactly(pattern.regexp().split("\\|"));
    }

    private UnitProfile unit(List<String> types, List<String> handled) {
        String code = "R" + String.format("%06d", SEQUENCE.incrementAndGet());
        return units.create(new UnitRequest(code, "Routing unit " + code, "HANDLING", "980100", List.of(), types, handled));
    }
}
