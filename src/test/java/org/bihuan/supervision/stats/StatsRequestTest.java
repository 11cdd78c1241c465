package org.bihuan.supervision.stats;

import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.bihuan.casefile.CaseType;
import org.bihuan.identity.AppUser;
import org.bihuan.identity.Role;
import org.bihuan.domain.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

class StatsRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    @Test
    void withoutParametersItIsTheCurrentMonthToDateForEveryUnitAndType() {
        StatsRequest request = StatsRequest.parse(null, null, null, null, TODAY, code -> false);

        assertThat(request).isEqualTo(new StatsRequest(LocalDate.of(2026, 3, 1), TODAY, null, Optional.empty()));
    }

    @Test
    void everyBadParameterIsNamed() {
        assertThatThrownBy(() -> StatsRequest.parse("2026-04-01", "2026-03-31", "NOPE", "LETTER", TODAY, "CZJ"::equals))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).violations(), list(Violation.class))
                .extracting(Violation::field).containsExactly("from", "unit", "type");
        assertThatThrownBy(() -> StatsRequest.parse("31.03.2026", null, null, null, TODAY, code -> true))
                .hasMessageContaining("from must be a date like 2026-03-31");
    }

    @Test
    void aSingleDayIsAPeriod() {
        StatsRequest request = StatsRequest.parse("2026-03-31", "2026-03-31", "CZJ", "PROPOSAL", TODAY, "CZJ"::equals);

        assertThat(request).isEqualTo(new StatsRequest(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31), "CZJ",
                Optional.of(CaseType.PROPOSAL)));
    }

    @Test
    void intakeSeesComplaintsTheCommitteeProposalsSupervisorsBoth() {
        assertThat(StatsAccess.typesFor(user(Role.SUPERVISOR), Optional.empty())).containsExactly(CaseType.COMPLAINT, CaseType.PROPOSAL);
        assertThat(StatsAccess.typesFor(user(Role.ADMIN), Optional.of(CaseType.PROPOSAL))).containsExactly(CaseType.PROPOSAL);
        assertThat(StatsAccess.typesFor(user(Role.INTAKE), Optional.empty())).containsExactly(CaseType.COMPLAINT);
        assertThat(StatsAccess.typesFor(user(Role.COMMITTEE), Optional.empty())).containsExactly(CaseType.PROPOSAL);
        assertThatThrownBy(() -> StatsAccess.typesFor(user(Role.INTAKE), Optional.of(CaseType.PROPOSAL)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> StatsAccess.typesFor(user(Role.UNIT), Optional.empty())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> StatsAccess.typesFor(user(Role.ENTERPRISE), Optional.empty())).isInstanceOf(ForbiddenException.class);
    }

    private static AppUser user(Role role) {
        return new AppUser("someone", "Someone", null, null, null, null, Set.of(role));
    }

    @Test
    void aMonthIsComparedWithTheSameDaysOfTheMonthBeforeAndAnyOtherPeriodWithTheOneJustBefore() {
        var monthToDate = new StatsRequest(java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 23), null, java.util.Optional.empty());
        assertThat(monthToDate.previous().from()).isEqualTo(java.time.LocalDate.of(2026, 10, 1));
        assertThat(monthToDate.previous().to()).isEqualTo(java.time.LocalDate.of(2026, 10, 23));
        var february = new StatsRequest(java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 3, 31), null, java.util.Optional.empty());
        assertThat(february.previous().to()).isEqualTo(java.time.LocalDate.of(2026, 2, 28));
        var tenDays = new StatsRequest(java.time.LocalDate.of(2026, 3, 11), java.time.LocalDate.of(2026, 3, 20), null, java.util.Optional.empty());
        assertThat(tenDays.previous().from()).isEqualTo(java.time.LocalDate.of(2026, 3, 1));
        assertThat(tenDays.previous().to()).isEqualTo(java.time.LocalDate.of(2026, 3, 10));
    }
}
