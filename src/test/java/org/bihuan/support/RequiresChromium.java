package org.bihuan.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;

/**
 * A test that drives Debian's chromium through its chromedriver. Where they are not installed the test is skipped,
 * saying how to install them; in CI (environment variable CI set, and .ci/run installs them) it always runs, so a
 * missing browser fails the build instead of hiding.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            boolean installed = Files.isExecutable(BrowserScenario.CHROMIUM) && Files.isExecutable(BrowserScenario.CHROMEDRIVER);
            if (installed || System.getenv("CI") != null) {
                return ConditionEvaluationResult.enabled("chromium is there, or this is CI where it must be");
            }
            return ConditionEvaluationResult.disabled("no " + BrowserScenario.CHROMIUM + " or " + BrowserScenario.CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver fonts-noto-cjk to run the browser tests");
        }
    }
}
