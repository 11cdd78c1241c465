package org.bihuan.document;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places a letter's lines on A4 pages after GB/T 9704 (党政机关公文格式) as far as a letter needs it: margins
 * 37/28/35/26 mm, body in 3号 (16 pt) on a 28 pt grid, title in 2号 (22 pt), signatory and date at the right,
 * the date four characters in from the right edge, small print under a rule, and "- 1 -" page numbers when
 * the letter runs over one page.
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

    /** Justifying a line spreads its gap over the characters; beyond this per character it looks wrong. */
    private static final float MAX_JUSTIFY_SPACING = 0.12f * BODY_SIZE;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** One line of text at its place; {@code characterSpacing} justifies it, {@code emphasised} makes it look bold. */
    record PlacedLine(String text, float x, float baseline, float size, float characterSpacing, boolean emphasised) {
    }

    /** A thin horizontal line, such as the one above the small print. */
    record Rule(float fromX, float toX, float y) {
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
        for (String titleLine : paragraphsOf(letter.title())) {
            for (String line : balanced(titleLine)) {
                centred(line, TITLE_SIZE, TITLE_LEADING, true);
            }
        }
        if (letter.documentNo() != null && !letter.documentNo().isBlank()) {
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
        smallPrint(letter.footnotes().stream().flatMap(f -> paragraphsOf(f).stream()).toList());
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
        float needed = (signatoryLines.size() + 2) * BODY_LEADING;
        if (cursor - needed < BOTTOM - 0.01f) {
            carryBodyLinesToNewPage(Math.min(2, trailingBodyLines));
        }
        blankLine();
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

    private void left(String text, float indent, float size, float leading, float characterSpacing) {
        at(text, LEFT + indent, size, leading, characterSpacing, false);
    }

    private void at(String text, float x, float size, float leading, float characterSpacing, boolean emphasised) {
        ensureRoom(leading);
        // the em box (0.88 above the baseline, 0.12 below for CJK faces) sits in the middle of the line's box
        float baseline = cursor - leading / 2 - 0.38f * size;
        lines.add(new PlacedLine(text, x, baseline, size, characterSpacing, emphasised));
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
