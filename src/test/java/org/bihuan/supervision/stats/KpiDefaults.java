package org.bihuan.supervision.stats;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The shipped bihuan.kpi settings from application.yaml, bound without a Spring context. */
final class KpiDefaults {

    private KpiDefaults() {
    }

    static KpiProperties load() {
        try {
            var sources = new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"));
            return new Binder(ConfigurationPropertySources.from(sources)).bind("bihuan.kpi", KpiProperties.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
