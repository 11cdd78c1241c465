package org.bihuan.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /** Before Spring Security, so that a flood is turned away before any credential or token is looked at. */
    @Bean
    FilterRegistrationBean<PortalRateLimitFilter> portalRateLimit(ClientRateLimiter limiter, AccountProperties properties,
                                                                  ObjectMapper json) {
        FilterRegistrationBean<PortalRateLimitFilter> registration =
                new FilterRegistrationBean<>(new PortalRateLimitFilter(limiter, properties.rateLimit().paths(), json));
        registration.setName("Portal rate limit");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
