package org.bihuan.ops;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text bound for the log: mobile numbers (138****1234), e-mail addresses
 * (a***@example.com), 18-character unified social credit codes and resident identity numbers (first two and
 * last two kept), enterprise names (first character and legal-form suffix kept) and names after a label such
 * as 联系人：. Enough stays to tell two log lines apart; not enough to reach the person. Free text that
 * carries a name without any of these marks cannot be recognised: such text is not to be logged at all
 * (the SMS log names the template, not the message).
 */
public final class PersonalDataMask {

    private static final String CODE_CHAR = "[0-9A-HJ-NPQRTUWXY]";

    private static final List<Rule> RULES = List.of(
            // before the numbers: a mailbox may be a phone number (13800000001@example.com)
            new Rule(Pattern.compile("([A-Za-z0-9_%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)"),
                    m -> m.group(1) + "***@" + m.group(2)),
            // GB 32100 credit code; an 18-character resident identity number has the same shape
            new Rule(Pattern.compile("(?<![0-9A-Za-z])(" + CODE_CHAR + "{2})\\d{6}" + CODE_CHAR + "{8}(" + CODE_CHAR
                    + "{2})(?![0-9A-Za-z])"),
                    m -> m.group(1) + "*".repeat(14) + m.group(2)),
            new Rule(Pattern.compile("(?<!\\d)((?:\\+?86[- ]?)?1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)"),
                    m -> m.group(1) + "****" + m.group(2)),
            new Rule(Pattern.compile("(\\p{IsHan})\\p{IsHan}{0,29}?(有限责任公司|股份有限公司|有限公司|公司|集团|合作社|事务所)"),
                    m -> m.group(1) + "**" + m.group(2)),
            new Rule(Pattern.compile("(姓名|联系人|投诉人|申请人|收件人|提案人)([:：]\\s*)(\\p{IsHan})\\p{IsHan}{1,3}"),
                    m -> m.group(1) + m.group(2) + m.group(3) + "**"));

    private PersonalDataMask() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty() || !mayHoldPersonalData(text)) {
            return text;
        }
        String masked = text;
        for (Rule rule : RULES) {
            masked = rule.apply(masked);
        }
        return masked;
    }

    /** Most log lines hold neither a digit, an @ nor a Chinese character: they pass untouched and fast. */
    private static boolean mayHoldPersonalData(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || c == '@' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private record Rule(Pattern pattern, Function<Matcher, String> replacement) {

        String apply(String text) {
            Matcher matcher = pattern.matcher(text);
            if (!matcher.find()) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            do {
                matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
            } while (matcher.find());
            matcher.appendTail(out);
            return out.toString();
        }
    }
}
