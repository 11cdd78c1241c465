package org.bihuan.document;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places a document's lines on A4 pages after GB/T 9704 (党政机关公文格式): margins 37 mm top, 28 mm left
 * (订口), 35 mm bottom, 26 mm right; the 发文机关标志 in red, the 发文字号 under it and a red rule across the text
 * block; the title in 2号 (22 pt), the body in 3号 (16 pt) on a 28 pt grid; the signatory centred over the date,
 * the date four characters in from the right edge, room for the seal above them when the document is sealed; 附注
 * under a rule, the 版记 (抄送) between two rules; and "- 1 -" page numbers when it runs over one page.
 */
final class LetterLayout {

    static final float PAGE_WIDTH = 595.28f;
    static final float PAGE_HEIGHT = 841.89f;
    private static final float MM = 72f / 25.4f;
    static final float TOP = 37 * MM;
    static final float LEFT = 28 * MM;
    static final float BOTTOM = 35 * MM;
    static final float RIGHT = 26 * MM;
    static final float TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;

    static final float BODY_SIZE = 16;
    static final float BODY_LEADING = 28;
    static final float TITLE_SIZE = 22;
    static final float TITLE_LEADING = 36;
    static final float SMALL_SIZE = 12;
    static final float SMALL_LEADING = 20;
    static final float PAGE_NUMBER_SIZE = 14;
    /** 版记 in 4号 (14 pt). */
    static final float RECORD_SIZE = 14;
    static final float RECORD_LEADING = 24;
    /** The 发文机关标志: at most this big, smaller when a long name would not fit the text block. */
    static final float MARK_MAX_SIZE = 36;
    static final float MARK_LEADING_FACTOR = 1.5f;
    /** GB/T 9704: 版记 rules 0.35 mm, the 版头 rule a little stronger. */
    static final float THICK_RULE = 1f;
    static final float THIN_RULE = 0.5f;

    /** Blank lines above the signatory of a sealed document, for the seal (印章上距正文一行之内, 下压署名和日期). */
    static final int SEAL_LINES = 2;
    /** Justifying a line spreads its gap over the characters; beyond this per character it looks wrong. */
    private static final float MAX_JUSTIFY_SPACING = 0.12f * BODY_SIZE;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /**
     * One line of text at its place; {@code characterSpacing} justifies it, {@code emphasised} makes it look bold,
     * {@code red} is the 发文机关标志's colour.
     */
    record PlacedLine(String text, float x, float baseline, float size, float characterSpacing, boolean emphasised, boolean red) {

        PlacedLine(String text, float x, float baseline, float size, float characterSpacing, boolean emphasised) {
            this(text, x, baseline, size, characterSpacing, emphasised, false);
        }
    }

    /** A horizontal line across the text block: the red rule of the 版头, the rules of 附注 and 版记. */
    record Rule(float fromX, float toX, float y, float thickness, boolean red) {

        Rule(float fromX, float toX, float y) {
            this(fromX, toX, y, THIN_RULE, false);
        }
    }

    record Page(List<PlacedLine> lines, List<Rule> rules) {
    }

    private final TextWidth width;
    private final LineBreaker breaker;
    private final List<Page> pages = new ArrayList<>();
    private List<PlacedLine> lines;
    private List<Rule> rules;
    /** The top of the next line's box, in PDF coordinates (origin bottom left). */
    private float cursor;
    /** How many lines at the end of the current page are body text that may move on with the signature. */
    private int trailingBodyLines;

    private LetterLayout(TextWidth width) {
        this.width = width;
        this.breaker = new LineBreaker(width);
        newPage();
    }

    /** The pages, each with its page number already placed when there is more than one. */
    static List<Page> of(Letter letter, TextWidth width) {
        LetterLayout layout = new LetterLayout(width);
        layout.place(letter);
        return layout.withPageNumbers();
    }

    private void place(Letter letter) {
        boolean numbered = letter.documentNo() != null && !letter.documentNo().isBlank();
        if (letter.issuerMark() != null) {
            head(letter.issuerMark(), numbered ? letter.documentNo().strip() : null);
        }
        for (String titleLine : paragraphsOf(letter.title())) {
            for (String line : balanced(titleLine)) {
                centred(line, TITLE_SIZE, TITLE_LEADING, true);
            }
        }
        if (numbered && letter.issuerMark() == null) {
            centred(letter.documentNo().strip(), BODY_SIZE, BODY_LEADING, false);
        }
        blankLine();
        if (letter.addressee() != null && !letter.addressee().isBlank()) {
            for (String line : breaker.lines(letter.addressee().strip(), BODY_SIZE, TEXT_WIDTH, TEXT_WIDTH)) {
                left(line, 0, BODY_SIZE, BODY_LEADING, 0);
            }
        }
        for (String paragraph : letter.paragraphs().stream().flatMap(p -> paragraphsOf(p).stream()).toList()) {
            body(paragraph);
        }
        signatureAndDate(letter);
        List<String> notes = letter.footnotes().stream().flatMap(f -> paragraphsOf(f).stream()).toList();
        smallPrint(notes);
        record(letter.copyTo(), notes.isEmpty());
    }

    /**
     * 版头: the issuing organ's name in red, as big as fits (up to {@link #MARK_MAX_SIZE}), then the 发文字号 centred
     * and a red rule across the text block, and a blank line before the title.
     */
    private void head(String mark, String documentNo) {
        float size = Math.min(MARK_MAX_SIZE, TEXT_WIDTH / Math.max(1, width.of(mark, 1)));
        float leading = size * MARK_LEADING_FACTOR;
        float x = LEFT + Math.max(0, (TEXT_WIDTH - width.of(mark, size)) / 2);
        at(mark, x, size, leading, 0, true, true);
        blankLine();
        if (documentNo != null) {
            centred(documentNo, BODY_SIZE, BODY_LEADING, false);
        }
        rules.add(new Rule(LEFT, LEFT + TEXT_WIDTH, cursor - BODY_LEADING / 4, THICK_RULE, true));
        cursor -= BODY_LEADING / 2;
        blankLine();
    }

    /** 版记: the 抄送 organs between two rules, in 4号, indented one character, after everything else. */
    private void record(List<String> copyTo, boolean afterSignature) {
        List<String> organs = copyTo.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (organs.isEmpty()) {
            return;
        }
        List<String> recordLines = breaker.lines("抄送：" + String.join("，", organs) + "。", RECORD_SIZE,
                TEXT_WIDTH - 2 * RECORD_SIZE, TEXT_WIDTH - 3 * RECORD_SIZE);
        if (afterSignature) {
            blankLine();
        } else {
            cursor -= RECORD_LEADING / 4;
        }
        ensureRoom(recordLines.size() * RECORD_LEADING + RECORD_LEADING / 2);
        rules.add(new Rule(LEFT, LEFT + TEXT_WIDTH, cursor, THICK_RULE, false));
        cursor -= RECORD_LEADING / 4;
        for (int i = 0; i < recordLines.size(); i++) {
            left(recordLines.get(i), i == 0 ? RECORD_SIZE : 2 * RECORD_SIZE, RECORD_SIZE, RECORD_LEADING, 0);
        }
        cursor -= RECORD_LEADING / 4;
        rules.add(new Rule(LEFT, LEFT + TEXT_WIDTH, cursor, THICK_RULE, false));
    }

    private void body(String paragraph) {
        float indent = 2 * BODY_SIZE;
        List<String> paragraphLines = breaker.lines(paragraph, BODY_SIZE, TEXT_WIDTH - indent, TEXT_WIDTH);
        for (int i = 0; i < paragraphLines.size(); i++) {
            String line = paragraphLines.get(i);
            float lineIndent = i == 0 ? indent : 0;
            boolean last = i == paragraphLines.size() - 1;
            int bodyLinesBefore = trailingBodyLines;
            Page pageBefore = pages.get(pages.size() - 1);
            left(line, lineIndent, BODY_SIZE, BODY_LEADING, last ? 0 : justification(line, TEXT_WIDTH - lineIndent));
            trailingBodyLines = pageBefore == pages.get(pages.size() - 1) ? bodyLinesBefore + 1 : 1;
        }
    }

    /** A title over several lines is set in lines of about equal length (标题回行 排列对称), not one full and one short. */
    private List<String> balanced(String title) {
        List<String> full = breaker.lines(title, TITLE_SIZE, TEXT_WIDTH, TEXT_WIDTH);
        float narrow = TITLE_SIZE;
        float wide = TEXT_WIDTH;
        while (full.size() > 1 && wide - narrow > 1) {
            float middle = (narrow + wide) / 2;
            if (breaker.lines(title, TITLE_SIZE, middle, middle).size() > full.size()) {
                narrow = middle;
            } else {
                wide = middle;
            }
        }
        return breaker.lines(title, TITLE_SIZE, wide, wide);
    }

    private float justification(String line, float room) {
        int gaps = line.codePointCount(0, line.length()) - 1;
        if (gaps <= 0) {
            return 0;
        }
        float perGap = (room - width.of(line, BODY_SIZE)) / gaps;
        return perGap > 0 && perGap <= MAX_JUSTIFY_SPACING ? perGap : 0;
    }

    /**
     * The date stands four characters in from the right edge and the signatory is centred above it (pushed
     * left when it is longer); both stay on one page, and never on a page of their own: the body's last two
     * lines go along when they do not fit.
     */
    private void signatureAndDate(Letter letter) {
        String date = CHINESE_DATE.format(letter.date());
        float dateRight = LEFT + TEXT_WIDTH - 4 * BODY_SIZE;
        float dateWidth = width.of(date, BODY_SIZE);
        float dateX = dateRight - dateWidth;
        List<String> signatoryLines = breaker.lines(letter.signatory().strip(), BODY_SIZE, TEXT_WIDTH, TEXT_WIDTH);
        // a seal presses on the signatory and the date and reaches up to the line under the body: two more lines
        int sealLines = letter.sealed() ? SEAL_LINES : 0;
        float needed = (signatoryLines.size() + 2 + sealLines) * BODY_LEADING;
        if (cursor - needed < BOTTOM - 0.01f) {
            carryBodyLinesToNewPage(Math.min(2, trailingBodyLines));
        }
        blankLine();
        for (int i = 0; i < sealLines; i++) {
            blankLine();
        }
        for (String line : signatoryLines) {
            float lineWidth = width.of(line, BODY_SIZE);
            float centredOverDate = dateX + (dateWidth - lineWidth) / 2;
            float x = Math.max(LEFT, Math.min(centredOverDate, LEFT + TEXT_WIDTH - lineWidth));
            at(line, x, BODY_SIZE, BODY_LEADING, 0, false);
        }
        at(date, dateX, BODY_SIZE, BODY_LEADING, 0, false);
    }

    private void carryBodyLinesToNewPage(int count) {
        List<PlacedLine> carried = new ArrayList<>(lines.subList(lines.size() - count, lines.size()));
        lines.subList(lines.size() - count, lines.size()).clear();
        newPage();
        for (PlacedLine line : carried) {
            at(line.text(), line.x(), line.size(), BODY_LEADING, line.characterSpacing(), false);
        }
    }

    /** 版记-like small print: a rule, then each note indented one character on either side. */
    private void smallPrint(List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        blankLine();
        ensureRoom(SMALL_LEADING / 2 + SMALL_LEADING);
        cursor -= SMALL_LEADING / 2;
        rules.add(new Rule(LEFT, LEFT + TEXT_WIDTH, cursor + SMALL_LEADING / 4));
        float room = TEXT_WIDTH - 2 * SMALL_SIZE;
        for (String note : notes) {
            for (String line : breaker.lines(note, SMALL_SIZE, room, room)) {
                left(line, SMALL_SIZE, SMALL_SIZE, SMALL_LEADING, 0);
            }
        }
    }

    private void centred(String text, float size, float leading, boolean emphasised) {
        float x = LEFT + Math.max(0, (TEXT_WIDTH - width.of(text, size)) / 2);
        at(text, x, size, leading, 0, emphasised);
    }

    private void at(String text, float x, float size, float leading, float characterSpacing, boolean emphasised) {
        at(text, x, size, leading, characterSpacing, emphasised, false);
    }

    private void left(String text, float indent, float size, float leading, float characterSpacing) {
        at(text, LEFT + indent, size, leading, characterSpacing, false);
    }

    private void at(String text, float x, float size, float leading, float characterSpacing, boolean emphasised, boolean red) {
        ensureRoom(leading);
        // the em box (0.88 above the baseline, 0.12 below for CJK faces) sits in the middle of the line's box
        float baseline = cursor - leading / 2 - 0.38f * size;
        lines.add(new PlacedLine(text, x, baseline, size, characterSpacing, emphasised, red));
        cursor -= leading;
        trailingBodyLines = 0;
    }

    /** A blank body line; none at the top of a page, where it would only push the text down. */
    private void blankLine() {
        if (!lines.isEmpty() && cursor - BODY_LEADING >= BOTTOM) {
            cursor -= BODY_LEADING;
        }
    }

    private void ensureRoom(float height) {
        if (cursor - height < BOTTOM - 0.01f) {
            newPage();
        }
    }

    private void newPage() {
        lines = new ArrayList<>();
        rules = new ArrayList<>();
        pages.add(new Page(lines, rules));
        cursor = PAGE_HEIGHT - TOP;
        trailingBodyLines = 0;
    }

    /** GB/T 9704: 4号 numerals between dashes, their top 7 mm below the text block. */
    private List<Page> withPageNumbers() {
        if (pages.size() == 1) {
            return List.copyOf(pages);
        }
        float baseline = BOTTOM - 7 * MM - 0.72f * PAGE_NUMBER_SIZE;
        List<Page> numbered = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String number = "- " + (i + 1) + " -";
            float x = (PAGE_WIDTH - width.of(number, PAGE_NUMBER_SIZE)) / 2;
            List<PlacedLine> pageLines = new ArrayList<>(pages.get(i).lines());
            pageLines.add(new PlacedLine(number, x, baseline, PAGE_NUMBER_SIZE, 0, false));
            numbered.add(new Page(List.copyOf(pageLines), List.copyOf(pages.get(i).rules())));
        }
        return numbered;
    }

    /**
     * A text as typed into a form: each line a paragraph of its own, without the full-width spaces people type
     * to indent, without blank lines and without control characters.
     */
    static List<String> paragraphsOf(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(line -> line.replace('\t', ' ').replaceAll("\\p{Cc}", ""))
                .map(line -> line.replaceAll("^[\\s\\u3000]+|[\\s\\u3000]+$", ""))
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
