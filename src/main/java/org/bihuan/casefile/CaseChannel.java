package org.bihuan.casefile;

/**
 * How a case reached the office. {@code WEB}: the filing party used the portal itself; {@code LEDGER}: an open case
 * taken over from the office's old ledger (台账) by an administrator, however it first came; every other channel is an
 * official filing on the party's behalf what came by phone, e-mail, letter, in person or from a hotline.
 */
public enum CaseChannel {
    WEB, PHONE, EMAIL, LETTER, WALK_IN, HOTLINE_12345, HOTLINE_96611, LEDGER
}
