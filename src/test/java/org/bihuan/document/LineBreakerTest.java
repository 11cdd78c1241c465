package org.bihuan.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineBreakerTest {

    /** Like a CJK font: a Chinese character or full-width sign is one em wide, anything else half an em. */
    private static final TextWidth MONOSPACED = (text, size) ->
            (float) text.codePoints().mapToDouble(c -> c >= 0x2E80 || (c >= 0x2010 && c <= 0x206F) ? 1 : 0.5).sum() * size;

    private final LineBreaker breaker = new LineBreaker(MONOSPACED);

    private List<String> lines(String text, int firstLineEms, int otherLinesEms) {
        return breaker.lines(text, 10, firstLineEms * 10, otherLinesEms * 10);
    }

    @Test
    void chinese_text_breaks_between_any_two_characters() {
        assertThat(lines("关于加快清理拖欠中小企业账款", 5, 5))
                .containsExactly("关于加快清", "理拖欠中小", "企业账款");
    }

    @Test
    void an_indented_first_line_holds_fewer_characters_than_the_others() {
        assertThat(lines("一二三四五六七八九十", 3, 5)).containsExactly("一二三", "四五六七八", "九十");
    }

    @Test
    void a_number_moves_to_the_next_line_whole_rather_than_being_cut() {
        assertThat(lines("共计金额12345678元", 6, 8)).containsExactly("共计金额", "12345678元");
    }

    @Test
    void latin_words_break_at_spaces_and_the_space_is_not_printed_at_a_line_edge() {
        assertThat(lines("see the PDF report", 4, 4)).containsExactly("see the", "PDF", "report");
    }

    @Test
    void decimals_and_thousands_stay_whole() {
        assertThat(LineBreaker.unbreakableUnits("增长3.14%，计1,000元")).containsExactly("增", "长", "3.14%，", "计", "1,000", "元");
    }

    @Test
    void closing_punctuation_never_starts_a_line_it_takes_the_character_before_it_along() {
        assertThat(lines("甲乙丙丁，戊", 4, 4)).containsExactly("甲乙丙", "丁，戊");
        assertThat(lines("甲乙丙丁。”戊", 4, 4)).containsExactly("甲乙丙", "丁。”戊");
    }

    @Test
    void opening_punctuation_never_ends_a_line_it_goes_along_with_the_next_character() {
        assertThat(lines("甲乙丙《丁》", 4, 4)).containsExactly("甲乙丙", "《丁》");
        assertThat(lines("甲乙丙“丁”", 4, 4)).containsExactly("甲乙丙", "“丁”");
    }

    @Test
    void a_word_longer_than_a_line_is_cut_where_the_line_ends() {
        String word = "x".repeat(25);
        assertThat(lines("见" + word, 10, 10))
                .containsExactly("见", "x".repeat(20), "x".repeat(5));
    }

    @Test
    void a_character_wider_than_the_line_still_gets_a_line_of_its_own() {
        assertThat(lines("甲乙", 0, 0)).containsExactly("甲", "乙");
    }

    @Test
    void nothing_but_spaces_gives_no_line() {
        assertThat(lines("   ", 5, 5)).isEmpty();
    }
}
