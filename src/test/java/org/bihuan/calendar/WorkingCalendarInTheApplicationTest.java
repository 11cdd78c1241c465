package org.bihuan.calendar;

import org.bihuan.support.EngineClock;
import org.bihuan.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarInTheApplicationTest extends PostgresIntegrationTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    Deadlines deadlines;

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthShowsTheLoadedYearsAndWarnsInNovemberThatNextYearIsMissing() {
        EngineClock.set(Instant.parse("2026-11-23T02:00:00Z"));

        var response = http.withBasicAuth("admin", "demo").getForEntity("/actuator/health", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> component = (Map<String, Object>) ((Map<String, Object>) response.getBody()
                .get("components")).get("workingCalendar");
        assertThat(component).containsEntry("status", "UP");
        Map<String, Object> details = (Map<String, Object>) component.get("details");
        assertThat((List<Integer>) details.get("yearsLoaded")).contains(2025, 2026);
        assertThat(details).containsKey("yearsUsedWithoutData");
        assertThat((String) details.get("warning")).contains("2027");
    }

    @Test
    void theConfiguredDeadlinesAreBoundUnderTheirLifecycle() {
        assertThat(deadlines.expression("complaint.accept")).isEqualTo("10WD");
        assertThat(deadlines.expression("complaint.handle-max")).isEqualTo("90D");
    }
}
