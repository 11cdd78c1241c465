package org.bihuan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages: Chinese unless the visitor chose English with {@code ?lang=en} (back with
 * {@code ?lang=zh-CN}); the choice is kept in a cookie. The browser's Accept-Language does not decide: the
 * service is a Chinese office's, so a visitor sees Chinese until they ask otherwise.
 */
@Configuration(proxyBeanMethods = false)
class PageLocales implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);
    static final String PARAMETER = "lang";
    static final String COOKIE = "bihuan-lang";

    /** Named {@code localeResolver}: the DispatcherServlet looks the resolver up by that bean name. */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver pages = new CookieLocaleResolver(COOKIE);
        pages.setDefaultLocaleFunction(request -> CHINESE);
        pages.setCookieMaxAge(Duration.ofDays(365));
        pages.setCookieHttpOnly(true);
        pages.setCookieSameSite("Lax");
        return new PagesOrApi(pages, new AcceptHeaderLocaleResolver());
    }

    /**
     * The JSON API keeps answering in the language its client asks for with Accept-Language (Bean Validation's
     * messages follow it), as before pages existed; only pages read the cookie and default to Chinese.
     */
    record PagesOrApi(LocaleResolver pages, LocaleResolver api) implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return (isApi(request) ? api : pages).resolveLocale(request);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            pages.setLocale(request, response, locale);
        }

        private static boolean isApi(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/api/") || path.startsWith("/engine-rest/");
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLocaleChange());
    }

    /** A language we have no bundle for (?lang=fr) falls back to Chinese instead of half-translated pages. */
    static final class SupportedLocaleChange extends LocaleChangeInterceptor {

        SupportedLocaleChange() {
            setParamName(PARAMETER);
            setIgnoreInvalidLocale(true);
        }

        @Override
        protected Locale parseLocaleValue(String localeValue) {
            Locale asked = super.parseLocaleValue(localeValue);
            if (asked == null) {
                return CHINESE;
            }
            return SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst().orElse(CHINESE);
        }
    }
}
