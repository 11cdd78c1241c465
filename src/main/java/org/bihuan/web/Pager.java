package org.bihuan.web;

import org.bihuan.casefile.CasePage;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/**
 * Previous/next links of a paged list that keep the list's filters. Build it from the page's path and filters;
 * blank filters are left out of the links. Model attribute {@code pager} for the {@code pager} fragment.
 *
 * @param page  0-based, as the API counts
 * @param pages how many pages there are (at least 1)
 */
public record Pager(int page, int pages, long total, String previous, String next) {

    public static Pager of(CasePage<?> list, String path, Map<String, ?> filters) {
        return of(list.page(), list.size(), list.total(), path, filters);
    }

    /** The same for any list paged as the API counts (0-based page of {@code size} rows of {@code total}). */
    public static Pager of(int page, int size, long total, String path, Map<String, ?> filters) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Pager(page, pages, total,
                page > 0 ? link(path, filters, page - 1) : null,
                page + 1 < pages ? link(path, filters, page + 1) : null);
    }

    private static String link(String path, Map<String, ?> filters, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                uri.queryParam(name, value);
            }
        });
        return uri.queryParam("page", page).encode().build().toUriString();
    }

    /** The page number as people count (1-based). */
    public int number() {
        return page + 1;
    }
}
