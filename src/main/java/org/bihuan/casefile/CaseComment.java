package org.bihuan.casefile;

import java.time.Instant;

/** An official's internal note on a case; {@code authorName} is the author's display name as the list shows it. */
public record CaseComment(long id, String caseNo, String author, String authorName, Instant at, String text) {
}
