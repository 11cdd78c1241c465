package org.bihuan.task;

import java.time.LocalDate;

/**
 * An absence an official announces: the first and last day away (both included, in the office's zone), the colleague
 * of the same unit who stands in ({@code standIn}, a username) and an optional note.
 */
public record AbsenceRequest(LocalDate from, LocalDate to, String standIn, String note) {
}
