package org.bihuan.task;

import java.util.List;

/** A page of the inbox: its rows, where it starts and how many tasks match in all. */
public record InboxPage(List<InboxRow> items, int page, int size, long total) {
}
