package org.bihuan.task;

/** 转交: the colleague of the same unit who takes the task over ({@code to}, a username) and a note for the timeline. */
public record HandoverRequest(String to, String note) {
}
