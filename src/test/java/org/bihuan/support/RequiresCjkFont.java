package org.bihuan.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test that renders PDF letters, which embed Debian's WenQuanYi Zen Hei. On a developer's machine
 * without the font such a test is skipped, saying why; in CI (environment variable CI set, and .ci/run
 * installs the font) it always runs, so a missing font fails the build instead of hiding.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresCjkFont.Condition.class)
public @interface RequiresCjkFont {

    String FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isRegularFile(Path.of(FONT)) || System.getenv("CI") != null) {
                return ConditionEvaluationResult.enabled("the CJK font is there, or this is CI where it must be");
            }
            return ConditionEvaluationResult.disabled("no CJK font at " + FONT + ": apt-get install fonts-wqy-zenhei to run this test");
        }
    }
}
