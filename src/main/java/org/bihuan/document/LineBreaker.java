package org.bihuan.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines the way Chinese text is set: between any two Chinese characters, but not
 * inside a Latin word or a number (unless it is longer than a whole line), never with closing punctuation
 * such as ，。） at the start of a line, and never with opening punctuation such as （《“ at the end of one.
 */
final class LineBreaker {

    private static final String CLOSING = "，。、；：？！）》」』〉】〕〗”’…—·%‰,.;:!?)]}";
    private static final String OPENING = "（《「『〈【〔〖“‘([{";

    private final TextWidth width;

    LineBreaker(TextWidth width) {
        this.width = width;
    }

    /**
     * @param firstLineWidth  room on the first line (less than the others when the paragraph is indented)
     * @param otherLinesWidth room on every further line
     */
    List<String> lines(String text, float fontSize, float firstLineWidth, float otherLinesWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float room = firstLineWidth;
        for (String unit : unbreakableUnits(text)) {
            boolean space = unit.isBlank();
            if (space && line.isEmpty()) {
                continue;
            }
            if (width.of(line + unit, fontSize) <= room) {
                line.append(unit);
                continue;
            }
            if (space) {
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                room = otherLinesWidth;
            }
            String rest = unit;
            while (width.of(rest, fontSize) > room) {
                int cut = longestPrefixThatFits(rest, fontSize, room);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
                room = otherLinesWidth;
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private int longestPrefixThatFits(String text, float fontSize, float room) {
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (width.of(text.substring(0, next), fontSize) > room) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** Pieces between which a line may break: a Chinese character, a Latin word or number, or a run of spaces. */
    static List<String> unbreakableUnits(String text) {
        List<String> segments = segments(text);
        List<String> units = new ArrayList<>();
        StringBuilder pendingOpening = new StringBuilder();
        for (String segment : segments) {
            if (isClosing(segment) && !units.isEmpty() && pendingOpening.isEmpty()
                    && !units.get(units.size() - 1).isBlank()) {
                units.set(units.size() - 1, units.get(units.size() - 1) + segment);
            } else if (segment.codePoints().allMatch(c -> OPENING.indexOf(c) >= 0)) {
                pendingOpening.append(segment);
            } else if (segment.isBlank()) {
                if (!pendingOpening.isEmpty()) {
                    units.add(pendingOpening.toString());
                    pendingOpening.setLength(0);
                }
                units.add(segment);
            } else {
                units.add(pendingOpening + segment);
                pendingOpening.setLength(0);
            }
        }
        if (!pendingOpening.isEmpty()) {
            units.add(pendingOpening.toString());
        }
        return units;
    }

    private static boolean isClosing(String segment) {
        return segment.codePoints().allMatch(c -> CLOSING.indexOf(c) >= 0);
    }

    /**
     * Each wide (CJK) character alone, each run of narrow non-space characters (a word, a number such as
     * 3.14 or 1,000, a URL), each run of spaces.
     */
    private static List<String> segments(String text) {
        List<String> segments = new ArrayList<>();
        StringBuilder narrow = new StringBuilder();
        StringBuilder spaces = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                flush(narrow, segments);
                spaces.appendCodePoint(c);
            } else if (isWide(c)) {
                flush(narrow, segments);
                flush(spaces, segments);
                segments.add(new String(Character.toChars(c)));
            } else {
                flush(spaces, segments);
                narrow.appendCodePoint(c);
            }
        }
        flush(narrow, segments);
        flush(spaces, segments);
        return segments;
    }

    private static boolean isWide(int c) {
        return c >= 0x2E80 || (c >= 0x2010 && c <= 0x206F);
    }

    private static void flush(StringBuilder run, List<String> segments) {
        if (!run.isEmpty()) {
            segments.add(run.toString());
            run.setLength(0);
        }
    }
}
