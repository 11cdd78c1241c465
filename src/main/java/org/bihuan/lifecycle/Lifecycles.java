package org.bihuan.lifecycle;

import org.bihuan.casefile.CaseType;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registered lifecycles, one per case type. */
@Component
public class Lifecycles {

    private final Map<CaseType, Lifecycle> byType = new EnumMap<>(CaseType.class);

    Lifecycles(List<Lifecycle> lifecycles) {
        for (Lifecycle lifecycle : lifecycles) {
            if (byType.put(lifecycle.caseType(), lifecycle) != null) {
                throw new IllegalStateException("two lifecycles registered for " + lifecycle.caseType());
            }
        }
    }

    public Lifecycle of(CaseType type) {
        Lifecycle lifecycle = byType.get(type);
        if (lifecycle == null) {
            throw new IllegalStateException("no lifecycle registered for " + type);
        }
        return lifecycle;
    }

    public Optional<Lifecycle> ofProcess(String processDefinitionKey) {
        return CaseType.ofProcess(processDefinitionKey).map(byType::get);
    }

    public List<Lifecycle> all() {
        return List.copyOf(byType.values());
    }
}
