package org.bihuan.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    static final String TEMPLATES = "notification/templates.yaml";

    /** read at startup, so a broken template file stops the application instead of a step */
    @Bean
    TemplateCatalog notificationTemplates(@Value("${bihuan.calendar.zone:Asia/Shanghai}") ZoneId zone)
            throws IOException {
        try (InputStream yaml = new ClassPathResource(TEMPLATES).getInputStream()) {
            return TemplateCatalog.parse(yaml, zone);
        }
    }
}
