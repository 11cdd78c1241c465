package org.bihuan.casefile;

import java.util.List;

/** One page of a case list, the same shape for every case type. */
public record CasePage<T>(List<T> items, int page, int size, long total) {
}
