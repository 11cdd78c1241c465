package org.bihuan.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bihuan.domain.ConflictException;
import org.bihuan.domain.ForbiddenException;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.NotFoundException;
import org.bihuan.domain.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.io.IOException;

/**
 * What a page controller did not handle becomes an error page (through {@link ErrorPages}, so the page has its
 * header and language), never the API's problem JSON that the API's advice would otherwise write for it. A page
 * that shows a form catches {@link InvalidRequestException} itself and shows {@link FormErrors}; one that does not
 * answers 400 here.
 */
@ControllerAdvice(basePackages = "org.bihuan.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptions {

    private static final Logger log = LoggerFactory.getLogger(PageExceptions.class);

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(404);
    }

    @ExceptionHandler(ForbiddenException.class)
    void forbidden(HttpServletResponse response) throws IOException {
        response.sendError(403);
    }

    @ExceptionHandler(ConflictException.class)
    void conflict(HttpServletResponse response) throws IOException {
        response.sendError(409);
    }

    @ExceptionHandler(UnavailableException.class)
    void unavailable(HttpServletResponse response) throws IOException {
        response.sendError(503);
    }

    @ExceptionHandler({InvalidRequestException.class, TypeMismatchException.class})
    void invalid(HttpServletResponse response) throws IOException {
        response.sendError(400);
    }

    @ExceptionHandler(Exception.class)
    void failed(Exception failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Spring MVC's own refusals (missing parameter, unsupported media type, …) keep their status
        if (failure instanceof ErrorResponse refusal && refusal.getStatusCode().is4xxClientError()) {
            response.sendError(refusal.getStatusCode().value());
            return;
        }
        log.error("page {} failed", request.getRequestURI(), failure);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        response.sendError(500);
    }
}
