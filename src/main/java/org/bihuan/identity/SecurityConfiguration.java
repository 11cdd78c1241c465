package org.bihuan.identity;

import jakarta.servlet.DispatcherType;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.DelegatingLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.LinkedHashMap;

/**
 * Who may call what. Three doors: the JSON API (HTTP Basic, stateless), the engine's REST API
 * (administrators only) and the browser (form login with a session: Camunda's webapps and the pages).
 * The webapps never show their own login form: the Spring-authenticated user is handed to them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The accounts that work on cases; enterprises and CPPCC members must never see Cockpit or Tasklist. */
    /**
     * The pages' Content-Security-Policy: scripts, styles and fonts only from the application itself, no inline
     * script or style, no eval, no framing. Camunda's webapps (under the webapp path) send their own policy, and
     * Swagger UI is left to its defaults.
     */
    static final String PAGE_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final String webappPath;

    SecurityConfiguration(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.webappPath = webappPath;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * The one username/password check of every door (HTTP Basic and the sign-in form). Declaring it replaces
     * the provider Spring Security would build from the UserDetailsService, which is intended (the startup
     * warning about that is silenced in application.yaml).
     */
    @Bean
    AuthenticationProvider passwordAuthentication(UserDetailsService accounts, PasswordEncoder passwordEncoder,
                                                  CredentialCache verified) {
        return new CachingPasswordAuthenticationProvider(accounts, passwordEncoder, verified);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .securityMatcher(path("/api/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path(HttpMethod.GET, "/api/proposals/published/**")).permitAll()
                        // public tracking: a case number and phone digits are the proof, rate limited by the lifecycle kernel
                        .requestMatchers(path(HttpMethod.GET, "/api/track")).permitAll()
                        // signing up and following a mailed link come before there is an account (rate-limited)
                        .requestMatchers(path("/api/portal/register/**"), path("/api/portal/invitations/**")).permitAll()
                        .requestMatchers(path("/api/admin/**")).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // no session and therefore no cookie that a forged cross-site request could ride on
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain engineRestSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Health is public, its details are not: HTTP Basic (or the page session) identifies an administrator or supervisor. */
    @Bean
    @Order(3)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http
                .securityMatcher(path("/actuator/**"))
                .authorizeHttpRequests(requests -> requests.requestMatchers(path("/actuator/health/**"), path("/actuator/info")).permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain browserSecurity(HttpSecurity http) throws Exception {
        String[] officials = Role.OFFICIALS.stream().map(Role::name).toArray(String[]::new);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(
                                path("/actuator/health/**"), path("/v3/api-docs/**"), path("/swagger-ui/**"),
                                path("/swagger-ui.html"), path("/webjars/**"), path("/css/**"), path("/js/**"),
                                path("/images/**"), path("/favicon.ico"), path("/"), path("/login"), path("/error")).permitAll()
                        // pages for people without an account yet: sign-up and its mailed link, an invitation's link,
                        // tracking by number, published replies
                        .requestMatchers(path("/portal/register/**"), path("/portal/invitation/**"), path("/track/**"),
                                path("/proposals/published/**")).permitAll()
                        .requestMatchers(path("/workbench/**")).hasAnyRole(officials)
                        .requestMatchers(path(webappPath + "/**")).hasAnyRole(officials)
                        .anyRequest().authenticated())
                // a session for people, kept only as long as the browser's; no "remember me" cookie that outlives it
                .formLogin(login -> login.loginPage("/login").permitAll().defaultSuccessUrl("/", false))
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(path(HttpMethod.POST, "/logout"), webappLogout()))
                        .logoutSuccessHandler(logoutSuccess()))
                // the webapps' script calls get a status they understand instead of the login page
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), path(webappPath + "/api/**")))
                // every page form and htmx request carries the token (hidden _csrf field, X-CSRF-TOKEN header from
                // static/js/app.js); the webapps protect themselves with their own CSRF filter (X-XSRF-TOKEN)
                .csrf(csrf -> csrf.ignoringRequestMatchers(path(webappPath + "/**")))
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(new OrRequestMatcher(path(webappPath + "/**"), path("/swagger-ui/**"))),
                                new StaticHeadersWriter("Content-Security-Policy", PAGE_CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")))
                .build();
    }

    /**
     * Hands the Spring-authenticated user to Cockpit, Tasklist and Admin. Registered right after Spring
     * Security's filter chain and before the webapps' own authentication filter reads the session.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("Container Based Authentication Filter");
        registration.addInitParameter("authentication-provider", SpringSecurityAuthenticationProvider.class.getName());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns(webappPath + "/app/*", webappPath + "/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** Logging out of a webapp ends the Spring session too; otherwise the next request would sign in again. */
    private RequestMatcher webappLogout() {
        return path(HttpMethod.POST, webappPath + "/api/admin/auth/user/*/logout");
    }

    private LogoutSuccessHandler logoutSuccess() {
        SimpleUrlLogoutSuccessHandler toLoginPage = new SimpleUrlLogoutSuccessHandler();
        toLoginPage.setDefaultTargetUrl("/login?logout");
        LinkedHashMap<RequestMatcher, LogoutSuccessHandler> handlers = new LinkedHashMap<>();
        handlers.put(webappLogout(), new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK));
        DelegatingLogoutSuccessHandler delegating = new DelegatingLogoutSuccessHandler(handlers);
        delegating.setDefaultLogoutSuccessHandler(toLoginPage);
        return delegating;
    }

    private static PathPatternRequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static PathPatternRequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}
