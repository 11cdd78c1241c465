package org.bihuan.proposal;

/** Small counts in Chinese numerals, as session names write them (七届, 十二次, 二十一届). */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** 1 to 99: 一 … 十, 十一 … 十九, 二十 … 九十九. */
    static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("only 1 to 99 are written here: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
