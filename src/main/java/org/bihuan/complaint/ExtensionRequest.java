package org.bihuan.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A handling unit's request for more time (延期申请). */
record ExtensionRequest(@NotBlank @Size(max = 2000) String reason, @NotNull LocalDate requestedDeadline) {
}
