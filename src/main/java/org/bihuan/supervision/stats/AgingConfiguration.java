package org.bihuan.supervision.stats;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The aging buckets as one bean, made from the validated bihuan.kpi settings, for every list that ages steps. */
@Configuration(proxyBeanMethods = false)
class AgingConfiguration {

    @Bean
    AgingBuckets agingBuckets(KpiProperties properties) {
        return new AgingBuckets(properties.agingBuckets());
    }
}
