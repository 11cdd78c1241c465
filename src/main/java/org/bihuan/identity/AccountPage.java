package org.bihuan.identity;

import java.util.List;

/** One page of an account search, by username. */
public record AccountPage(List<AccountProfile> items, int page, int size, long total) {
}
