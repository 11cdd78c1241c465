package org.bihuan.proposal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * A CPPCC session as the administrator enters it ({@code POST/PUT /api/admin/sessions}): 届 and 次, the plenary's
 * submission window and the last day of the recess that follows it. Dates are days of the office's calendar.
 */
public record SessionRequest(
        @NotNull @Min(value = 1, message = "must be between 1 and 99") @Max(value = 99, message = "must be between 1 and 99") Integer term,
        @NotNull @Min(value = 1, message = "must be between 1 and 99") @Max(value = 99, message = "must be between 1 and 99") Integer meeting,
        @NotNull LocalDate plenaryOpens,
        @NotNull LocalDate plenaryCloses,
        @NotNull LocalDate recessEnds) {
}
