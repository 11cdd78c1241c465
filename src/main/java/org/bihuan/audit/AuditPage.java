package org.bihuan.audit;

import java.util.List;

/** One page of the audit list, newest first. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {
}
