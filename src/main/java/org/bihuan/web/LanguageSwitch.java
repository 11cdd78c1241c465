package org.bihuan.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Locale;

/** The header's language links: the page the visitor is on, with {@code ?lang=} set and its other parameters kept. */
public record LanguageSwitch(boolean english, String chinese, String englishHref) {

    static LanguageSwitch of(HttpServletRequest request, Locale current) {
        // on an error page the request is the error dispatch: link the page that failed, not /error
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed != null ? failed.toString() : request.getRequestURI();
        String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        String query = failed != null ? null : request.getQueryString();
        return new LanguageSwitch(Locale.ENGLISH.getLanguage().equals(current.getLanguage()),
                link(path, query, "zh-CN"), link(path, query, "en"));
    }

    private static String link(String path, String query, String tag) {
        return UriComponentsBuilder.fromUriString(query == null ? path : path + "?" + query)
                .replaceQueryParam(PageLocales.PARAMETER, tag).build(true).toUriString();
    }
}
