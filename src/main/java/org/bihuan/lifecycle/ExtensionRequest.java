package org.bihuan.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A unit's request for more time (延期申请), for every case type that allows one. */
public record ExtensionRequest(@NotBlank @Size(max = 2000) String reason, @NotNull LocalDate requestedDeadline) {
}
