package org.bihuan.task;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every form of the application, read once at start from {@code forms/*.form} (the files Tasklist
 * renders through {@code camunda:formRef}). A broken form stops the start instead of failing the
 * first user who opens the task.
 */
@Component
public class FormSchemas {

    static final String LOCATION = "classpath*:forms/*.form";
    private static final String SUFFIX = ".form";

    private final Map<String, FormSchema> byId;

    @Autowired
    public FormSchemas() {
        this(LOCATION);
    }

    FormSchemas(String locationPattern) {
        Map<String, FormSchema> schemas = new TreeMap<>();
        Map<String, String> sources = new HashMap<>();
        for (Resource resource : resources(locationPattern)) {
            String source = resource.getDescription();
            FormSchema schema;
            try {
                schema = FormSchema.parse(resource.getContentAsString(StandardCharsets.UTF_8));
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read " + source, unreadable);
            } catch (IllegalStateException invalid) {
                throw new IllegalStateException(source + ": " + invalid.getMessage(), invalid);
            }
            // formRef names the id, analysts look for the file: both must be the same word
            String fileName = resource.getFilename();
            if (fileName == null || !fileName.equals(schema.id() + SUFFIX)) {
                throw new IllegalStateException(source + ": form id '" + schema.id()
                        + "' does not match the file name '" + fileName + "'");
            }
            String earlier = sources.putIfAbsent(schema.id(), source);
            if (earlier != null) {
                throw new IllegalStateException("form id '" + schema.id() + "' is defined twice: " + earlier
                        + " and " + source);
            }
            schemas.put(schema.id(), schema);
        }
        this.byId = Collections.unmodifiableMap(schemas);
    }

    /** @throws IllegalArgumentException if there is no such form */
    public FormSchema get(String formId) {
        FormSchema schema = byId.get(formId);
        if (schema == null) {
            throw new IllegalArgumentException("unknown form: " + formId);
        }
        return schema;
    }

    /** The ids of all forms, sorted. */
    public Set<String> ids() {
        return byId.keySet();
    }

    /** The form's JSON exactly as in its file, for clients that render it with form-js. */
    public String json(String formId) {
        return get(formId).json();
    }

    private static Resource[] resources(String locationPattern) {
        try {
            return new PathMatchingResourcePatternResolver(FormSchemas.class.getClassLoader())
                    .getResources(locationPattern);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot list " + locationPattern, unreadable);
        }
    }
}
