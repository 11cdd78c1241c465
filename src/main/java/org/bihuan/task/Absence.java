package org.bihuan.task;

import java.time.LocalDate;

/** An announced absence: PLANNED, ACTIVE while the stand-in holds the tasks, then ENDED (or CANCELLED before it began). */
public record Absence(long id, String username, String standIn, String standInName, LocalDate from, LocalDate to, String note,
                      String status) {
}
