package org.bihuan.lifecycle;

/**
 * A column of a ledger layout: its key (the API's path of the value, {@code complainant.creditCode}; a header may be
 * the key itself) and the header the office's Chinese ledger gives it ({@code 投诉企业统一社会信用代码}).
 *
 * @param required whether every ledger must have the column and every row a value in it; a column a lifecycle
 *                 needs only at some steps is not required here, the lifecycle asks for it then
 */
public record LedgerColumn(String key, String header, boolean required) {

    public static LedgerColumn required(String key, String header) {
        return new LedgerColumn(key, header, true);
    }

    public static LedgerColumn optional(String key, String header) {
        return new LedgerColumn(key, header, false);
    }
}
