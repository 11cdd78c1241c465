package org.bihuan.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Answers 503 with Retry-After to every request until the application is ready (readiness state
 * ACCEPTING_TRAFFIC). Tomcat accepts connections before the startup runners (demo data, identity sync) are
 * done, and a request served in between met half-seeded tables. The health endpoints pass, so that
 * {@code /actuator/health/readiness} can say OUT_OF_SERVICE while starting. Sits in front of Spring
 * Security: a server that is not ready has no business checking passwords either.
 */
class ReadinessGate extends OncePerRequestFilter {

    /** The doors whose callers are programs: they get a problem detail, people get a short page. */
    private static final List<String> API_PREFIXES = List.of("/api/", "/engine-rest/");

    private final ApplicationAvailability availability;
    private final ObjectMapper objectMapper;
    private final String healthPath;
    private final String retryAfterSeconds;
    private final ResourceBundle texts = ResourceBundle.getBundle("ops.readiness");
    private final byte[] startingPage;

    ReadinessGate(ApplicationAvailability availability, ObjectMapper objectMapper, String healthPath,
                  ReadinessProperties properties) {
        this.availability = availability;
        this.objectMapper = objectMapper;
        this.healthPath = healthPath;
        this.retryAfterSeconds = Long.toString(properties.retryAfter().toSeconds());
        try (var page = new ClassPathResource("ops/starting.html").getInputStream()) {
            this.startingPage = page.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("ops/starting.html is part of the application", e);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || isHealthCheck(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        response.setCharacterEncoding("UTF-8");
        String path = pathOf(request);
        if (API_PREFIXES.stream().anyMatch(path::startsWith)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    texts.getString("problem.detail"));
            problem.setTitle(texts.getString("problem.title"));
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            objectMapper.writeValue(response.getOutputStream(), problem);
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getOutputStream().write(startingPage);
        }
    }

    private boolean isHealthCheck(HttpServletRequest request) {
        String path = pathOf(request);
        return path.equals(healthPath) || path.startsWith(healthPath + "/");
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
