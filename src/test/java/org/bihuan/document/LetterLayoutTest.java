package org.bihuan.document;

import org.bihuan.document.LetterLayout.Page;
import org.bihuan.document.LetterLayout.PlacedLine;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LetterLayoutTest {

    private static final TextWidth ONE_EM_EACH = (text, size) -> text.codePointCount(0, text.length()) * size;
    private static final LocalDate DATE = LocalDate.of(2026, 11, 23);

    private static Letter letter(List<String> paragraphs, List<String> footnotes) {
        return new Letter("关于第20260068号提案的答复", "财复〔2026〕12号", "郑委员：", paragraphs, "市财政局", DATE, footnotes);
    }

    private static List<String> texts(Page page) {
        return page.lines().stream().map(PlacedLine::text).toList();
    }

    @Test
    void a_short_letter_is_one_page_without_a_page_number_in_the_order_of_a_letter() {
        List<Page> pages = LetterLayout.of(letter(List.of("您提出的提案收悉。"), List.of("联系人：王明")), ONE_EM_EACH);

        assertThat(pages).hasSize(1);
        assertThat(texts(pages.get(0))).containsExactly(
                "关于第20260068号提案的答复", "财复〔2026〕12号", "郑委员：", "您提出的提案收悉。", "市财政局", "2026年11月23日", "联系人：王明");
        assertThat(pages.get(0).rules()).hasSize(1);
    }

    @Test
    void the_body_starts_under_the_top_margin_and_is_indented_two_characters_at_16pt() {
        Page page = LetterLayout.of(letter(List.of("正文"), List.of()), ONE_EM_EACH).get(0);
        PlacedLine title = page.lines().get(0);
        PlacedLine body = page.lines().get(3);

        assertThat(title.size()).isEqualTo(22);
        assertThat(title.emphasised()).isTrue();
        assertThat(title.baseline()).isLessThan(LetterLayout.PAGE_HEIGHT - LetterLayout.TOP);
        assertThat(body.size()).isEqualTo(16);
        assertThat(body.x()).isCloseTo(LetterLayout.LEFT + 32, within(0.01f));
        assertThat(page.lines().get(2).x()).isCloseTo(LetterLayout.LEFT, within(0.01f));
    }

    @Test
    void the_title_is_centred_and_the_date_ends_four_characters_from_the_right_edge() {
        Page page = LetterLayout.of(letter(List.of("正文"), List.of()), ONE_EM_EACH).get(0);
        PlacedLine title = page.lines().get(0);
        PlacedLine date = page.lines().get(5);

        float titleWidth = ONE_EM_EACH.of(title.text(), 22);
        assertThat(title.x() + titleWidth / 2).isCloseTo(LetterLayout.LEFT + LetterLayout.TEXT_WIDTH / 2, within(0.01f));
        float dateRight = date.x() + ONE_EM_EACH.of(date.text(), 16);
        assertThat(dateRight).isCloseTo(LetterLayout.LEFT + LetterLayout.TEXT_WIDTH - 64, within(0.01f));
        PlacedLine signatory = page.lines().get(4);
        assertThat(signatory.x() + ONE_EM_EACH.of(signatory.text(), 16) / 2)
                .isCloseTo(date.x() + ONE_EM_EACH.of(date.text(), 16) / 2, within(0.01f));
        assertThat(signatory.baseline() - date.baseline()).isCloseTo(28, within(0.01f));
    }

    @Test
    void a_long_body_flows_over_pages_which_are_numbered_and_stay_inside_the_margins() {
        List<String> paragraphs = Collections.nCopies(40, "这是一段足够长的正文，用来检验自动换行和自动分页是否正确无误。".repeat(3));

        List<Page> pages = LetterLayout.of(letter(paragraphs, List.of()), ONE_EM_EACH);

        assertThat(pages.size()).isGreaterThan(3);
        for (int i = 0; i < pages.size(); i++) {
            List<PlacedLine> lines = pages.get(i).lines();
            PlacedLine pageNumber = lines.get(lines.size() - 1);
            assertThat(pageNumber.text()).isEqualTo("- " + (i + 1) + " -");
            assertThat(pageNumber.baseline()).isLessThan(LetterLayout.BOTTOM);
            assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(line -> {
                assertThat(line.baseline()).isGreaterThan(LetterLayout.BOTTOM);
                assertThat(line.baseline()).isLessThan(LetterLayout.PAGE_HEIGHT - LetterLayout.TOP);
                assertThat(line.x() + ONE_EM_EACH.of(line.text(), line.size()))
                        .isLessThanOrEqualTo(LetterLayout.LEFT + LetterLayout.TEXT_WIDTH + 0.01f);
            });
        }
    }

    @Test
    void a_full_page_holds_22_body_lines_on_the_28pt_grid() {
        List<String> oneLineParagraphs = Collections.nCopies(60, "短");

        List<Page> pages = LetterLayout.of(new Letter("标题", null, null, oneLineParagraphs, "市财政局", DATE, List.of()), ONE_EM_EACH);

        List<PlacedLine> secondPage = pages.get(1).lines();
        assertThat(secondPage.stream().filter(line -> line.text().equals("短"))).hasSize(22);
        assertThat(secondPage.get(0).baseline() - secondPage.get(1).baseline()).isCloseTo(28, within(0.01f));
    }

    @Test
    void signatory_and_date_stay_together_and_never_on_a_page_without_body_text() {
        for (int paragraphs = 15; paragraphs < 50; paragraphs++) {
            List<Page> pages = LetterLayout.of(
                    new Letter("标题", null, null, Collections.nCopies(paragraphs, "短"), "市财政局", DATE, List.of()), ONE_EM_EACH);
            List<String> lastPage = texts(pages.get(pages.size() - 1));
            assertThat(lastPage).as("%d paragraphs", paragraphs).contains("短", "市财政局", "2026年11月23日");
            assertThat(pages.stream().mapToLong(page -> texts(page).stream().filter("短"::equals).count()).sum())
                    .as("%d paragraphs", paragraphs).isEqualTo(paragraphs);
        }
    }

    @Test
    void a_title_over_two_lines_is_set_in_lines_of_about_equal_length() {
        String title = "关于政协第十三届二次会议第20260068号提案的答复";

        Letter letter = new Letter(title, null, null, List.of("正文"), "市财政局", DATE, List.of());
        List<PlacedLine> lines = LetterLayout.of(letter, ONE_EM_EACH).get(0).lines();

        List<PlacedLine> titleLines = lines.stream().filter(PlacedLine::emphasised).toList();
        assertThat(titleLines).hasSize(2);
        assertThat(titleLines.get(0).text() + titleLines.get(1).text()).isEqualTo(title);
        int first = titleLines.get(0).text().length();
        int second = titleLines.get(1).text().length();
        assertThat(Math.abs(first - second)).isLessThanOrEqualTo(1);
    }

    @Test
    void full_body_lines_are_justified_and_the_last_line_of_a_paragraph_is_not() {
        TextWidth latinHalfWidth = (text, size) ->
                (float) text.codePoints().mapToDouble(c -> c < 0x2E80 ? 0.5 : 1).sum() * size;
        String paragraph = "甲".repeat(24) + "abc" + "乙".repeat(40);

        List<PlacedLine> body = LetterLayout.of(letter(List.of(paragraph), List.of()), latinHalfWidth).get(0).lines()
                .subList(3, 6);

        assertThat(body.get(0).characterSpacing()).isPositive();
        assertThat(body.get(0).x() + latinHalfWidth.of(body.get(0).text(), 16)
                + body.get(0).characterSpacing() * (body.get(0).text().length() - 1))
                .isCloseTo(LetterLayout.LEFT + LetterLayout.TEXT_WIDTH, within(0.01f));
        assertThat(body.get(2).characterSpacing()).isZero();
    }

    @Test
    void lines_typed_in_a_form_become_paragraphs_without_hand_made_indents_or_blank_lines() {
        assertThat(LetterLayout.paragraphsOf("　　第一段。\r\n\r\n  第二段。\n\t第三段\u0007。  "))
                .containsExactly("第一段。", "第二段。", "第三段。");
        assertThat(LetterLayout.paragraphsOf(null)).isEmpty();
    }
}
