package org.bihuan.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.servlet.error.AbstractErrorController;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * Replaces Spring Boot's error controller (and its Whitelabel page). A browser gets our page in the layout and
 * its language, with no exception message and no stack trace; an API client, and anything under /api or
 * /engine-rest whatever it accepts, gets an RFC 9457 problem detail like every other API error.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPages extends AbstractErrorController {

    /** The statuses with a text of their own ({@code error.<status>.title}); others show the generic one. */
    static final Set<Integer> OWN_TEXT = Set.of(400, 403, 404, 405, 409, 500, 503);

    private final ObjectMapper objectMapper;

    ErrorPages(ErrorAttributes errorAttributes, ObjectMapper objectMapper) {
        super(errorAttributes);
        this.objectMapper = objectMapper;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = getStatus(request);
        if (isApi(request)) {
            return problem(request);
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("text", OWN_TEXT.contains(status.value()) ? String.valueOf(status.value()) : "generic");
        return new ModelAndView("error", model.asMap(), status);
    }

    @RequestMapping
    ModelAndView problem(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(status.getReasonPhrase());
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.setInstance(URI.create(path.toString()));
        }
        MappingJackson2JsonView json = new MappingJackson2JsonView(objectMapper);
        json.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // the model also holds the layout's attributes (PageModel): only the problem is the answer
        json.setModelKeys(Set.of("problem"));
        json.setExtractValueFromSingleKeyModel(true);
        ModelAndView answer = new ModelAndView(json, Map.of("problem", problem));
        answer.setStatus(status);
        return answer;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = path == null ? "" : path.toString().substring(request.getContextPath().length());
        return uri.startsWith("/api/") || uri.startsWith("/engine-rest/");
    }
}
