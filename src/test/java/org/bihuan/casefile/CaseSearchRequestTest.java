package org.bihuan.casefile;

import org.bihuan.domain.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A search as query parameters and back: what a figure's link carries is the search the API runs. */
class CaseSearchRequestTest {

    @Test
    void aSearchBecomesItsQueryParametersAndComesBackTheSame() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("type", "COMPLAINT");
        parameters.put("status", "CLOSED,REPLIED");
        parameters.put("stepUnit", "CZJ");
        parameters.put("overdueDaysMin", "6");
        parameters.put("page", "2");

        CaseSearchRequest request = CaseSearchRequest.fromParameters(parameters);

        assertThat(request.type()).isEqualTo("COMPLAINT");
        assertThat(request.page()).isEqualTo(2);
        assertThat(request.parameters()).containsExactlyEntriesOf(parameters);
        assertThat(request.with("stepUnit", null).parameters()).doesNotContainKey("stepUnit");
        assertThat(request.with("size", "5").size()).isEqualTo(5);
        assertThat(CaseSearchRequest.everything().parameters()).isEmpty();
    }

    @Test
    void theSearchOfTheFirstCriteriaIsStillMadeWithItsOwnArguments() {
        CaseSearchRequest request = CaseSearchRequest.of("TS2026", "甲", "COMPLAINT", "TRANSFERRED", "CZJ", "signFor", "true",
                "2026-03-01", "2026-03-31", "caseNo", "asc", 0, 20);

        assertThat(request.parameters()).containsOnlyKeys("caseNo", "party", "type", "status", "unit", "step", "overdue",
                "receivedFrom", "receivedTo", "sort", "direction", "page", "size");
    }

    @Test
    void anUnknownParameterIsAMistakeAndAPageThatIsNoNumberIsNamed() {
        assertThatThrownBy(() -> CaseSearchRequest.fromParameters(Map.of("unitt", "CZJ"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unitt");
        assertThatThrownBy(() -> CaseSearchRequest.fromParameters(Map.of("page", "first")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).isEqualTo("page")));
    }
}
