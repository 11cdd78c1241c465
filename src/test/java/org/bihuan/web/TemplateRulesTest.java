package org.bihuan.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every template must keep to: its words come from the bundles (no Chinese in a template: each text is a
 * message key), and it runs under the pages' Content-Security-Policy (no inline script body, no style attribute
 * or element, no on* handler, no hx-on, which htmx would evaluate).
 */
class TemplateRulesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script\\b(?![^>]*\\bsrc=)[^>]*>|<script\\b[^>]*>\\s*[^<\\s]", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("<style\\b|\\s(th:)?style\\s*=|\\sth:styleappend\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern HX_ON = Pattern.compile("\\s(data-)?hx-on", Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVASCRIPT_URL = Pattern.compile("=\\s*[\"']\\s*javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHoldsAChineseCharacterEveryTextIsAMessageKey() throws IOException {
        assertThat(offences(HAN)).as("Chinese in templates (put the text in messages.properties)").isEmpty();
    }

    @Test
    void noTemplateHasAnInlineScriptAStyleAnEventHandlerOrHxOn() throws IOException {
        assertThat(offences(INLINE_SCRIPT)).as("inline <script> (move it to static/js)").isEmpty();
        assertThat(offences(STYLE)).as("style attributes or elements (use a class in static/css/app.css)").isEmpty();
        assertThat(offences(HANDLER)).as("on* event handlers (listen in static/js/app.js)").isEmpty();
        assertThat(offences(HX_ON)).as("hx-on (htmx would need eval)").isEmpty();
        assertThat(offences(JAVASCRIPT_URL)).as("javascript: URLs").isEmpty();
    }

    @Test
    void theRulesCatchWhatTheyAreFor() {
        assertThat(HAN.matcher("<p>请登录</p>").find()).isTrue();
        assertThat(INLINE_SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(INLINE_SCRIPT.matcher("<script type=\"module\">x()</script>").find()).isTrue();
        assertThat(INLINE_SCRIPT.matcher("<script th:src=\"@{/js/app.js}\" defer></script>").find()).isFalse();
        assertThat(STYLE.matcher("<main style=\"max-width: 1px\">").find()).isTrue();
        assertThat(HANDLER.matcher("<button onclick=\"go()\">").find()).isTrue();
        assertThat(HANDLER.matcher("<a th:onclick=\"|go()|\">").find()).isTrue();
        assertThat(HX_ON.matcher("<button hx-on:click=\"go()\">").find()).isTrue();
        assertThat(HX_ON.matcher("<button hx-on::after-request=\"go()\">").find()).isTrue();
    }

    /** "file:line: text" of every line of every template that matches. */
    static List<String> offences(Pattern rule) throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher matcher = rule.matcher(text);
                while (matcher.find()) {
                    int line = (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
                    offences.add(TEMPLATES.relativize(file) + ":" + line + ": " + text.split("\n", -1)[line - 1].strip());
                }
            }
        }
        return offences;
    }
}
