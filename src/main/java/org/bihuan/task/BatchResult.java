package org.bihuan.task;

import org.bihuan.domain.Violation;

import java.util.List;

/**
 * What became of one batch item: completed ({@code ok}), or why not — the form's fields in {@code errors} as a
 * single completion names them, or {@code taskId} when the task itself is gone, someone else's or not found.
 *
 * @param status the HTTP status the item would have had on its own (204, 400, 404, 409)
 */
public record BatchResult(String taskId, boolean ok, int status, List<Violation> errors) {
}
