package org.bihuan.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReadinessGateConfiguration {

    /** Right after the character encoding filter and well before Spring Security's filter chain. */
    static final int ORDER = SecurityProperties.DEFAULT_FILTER_ORDER - 50;

    @Bean
    FilterRegistrationBean<ReadinessGate> readinessGate(
            ApplicationAvailability availability, ObjectMapper objectMapper, ReadinessProperties properties,
            @Value("${management.endpoints.web.base-path:/actuator}") String actuatorPath) {
        FilterRegistrationBean<ReadinessGate> registration = new FilterRegistrationBean<>(
                new ReadinessGate(availability, objectMapper, actuatorPath + "/health", properties));
        registration.setName("readinessGate");
        registration.setOrder(ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
