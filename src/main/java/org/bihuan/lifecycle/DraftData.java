package org.bihuan.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.bihuan.domain.InvalidRequestException;
import org.bihuan.domain.Violation;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a draft's JSON into a lifecycle's request record the way its API reads a request body: the application's
 * Jackson binding, then Bean Validation on the record. Unlike the API it reports every field at once, unreadable
 * ones (a date that is not a date) included, each named by its JSON path ({@code complainant.creditCode},
 * {@code cosigners[1]}) with the API's own messages.
 */
@Component
public class DraftData {

    static final String UNREADABLE = "is not readable: wrong type or format";
    /** more unreadable fields than a form has are not worth reporting one by one */
    private static final int MAX_UNREADABLE = 50;

    private final ObjectMapper json;
    private final Validator validator;

    DraftData(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T read(ObjectNode data, Class<T> type) {
        ObjectNode remaining = data.deepCopy();
        List<Violation> violations = new ArrayList<>();
        Set<String> unreadable = new LinkedHashSet<>();
        T request = null;
        while (request == null) {
            try {
                request = json.treeToValue(remaining, type);
            } catch (JsonMappingException e) {
                String field = path(e);
                if (field.isEmpty() || unreadable.size() >= MAX_UNREADABLE || !remove(remaining, e.getPath())) {
                    violations.add(new Violation(field.isEmpty() ? "body" : field, UNREADABLE));
                    throw new InvalidRequestException(violations);
                }
                unreadable.add(field);
                violations.add(new Violation(field, UNREADABLE));
            } catch (JsonProcessingException e) {
                throw new InvalidRequestException("body", UNREADABLE);
            }
        }
        validator.validate(request).stream()
                .map(v -> new Violation(path(v).isEmpty() ? "body" : path(v), v.getMessage()))
                // an unreadable field was left out; "must not be null" would only repeat that
                .filter(v -> !unreadable.contains(v.field()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .forEach(violations::add);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return request;
    }

    /** The JSON path as the API names fields: {@code a.b}, {@code list[2]}, {@code list[2].c}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The property path of a Bean Validation violation the same way; container elements add only their index. */
    private static String path(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                path.append('[').append(node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return path.toString();
    }

    /** Takes the value at the path out of the tree so that the rest can be read. */
    private static boolean remove(ObjectNode root, List<JsonMappingException.Reference> refs) {
        JsonNode parent = root;
        for (int i = 0; i < refs.size() - 1; i++) {
            parent = step(parent, refs.get(i));
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = refs.get(refs.size() - 1);
        if (parent instanceof ObjectNode object && last.getFieldName() != null && object.has(last.getFieldName())) {
            object.remove(last.getFieldName());
            return true;
        }
        if (parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size()) {
            array.setNull(last.getIndex());
            return true;
        }
        return false;
    }

    private static JsonNode step(JsonNode node, JsonMappingException.Reference ref) {
        if (ref.getFieldName() != null) {
            return node.get(ref.getFieldName());
        }
        return ref.getIndex() >= 0 ? node.get(ref.getIndex()) : null;
    }
}
