package org.bihuan.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/** A page that fails, for the error page tests only (test sources: never in the application). */
@Controller
class FailingPageForTests {

    static final String PATH = "/test-only/failing-page";
    static final String SECRET = "the failure's own words must not reach the page";

    @GetMapping(PATH)
    String fail(@RequestParam(required = false) Integer status) {
        if (status != null) {
            throw new ResponseStatusException(HttpStatus.valueOf(status));
        }
        throw new IllegalStateException(SECRET);
    }
}
