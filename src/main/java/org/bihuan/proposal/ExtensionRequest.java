package org.bihuan.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The lead unit's request for more time to reply (延期申请). */
record ExtensionRequest(@NotBlank @Size(max = 2000) String reason, @NotNull LocalDate requestedDeadline) {
}
