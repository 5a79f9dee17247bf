package io.tws4j.wsh.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WSH messages' JSON payloads, read and written with Jackson's tree model. Objects read as
 * insertion-ordered {@code Map<String, Object>} (members whose value is {@code null} left out),
 * arrays as {@code List<Object>}, numbers as {@link BigDecimal} exactly as written, strings,
 * booleans, and {@code null} inside arrays as null. Everything returned is unmodifiable.
 * Reading is strict JSON: no comments, trailing commas, unquoted names or text after the value.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Json() {}

    /**
     * Parses one JSON value, surrounded by nothing but whitespace.
     *
     * @throws IllegalArgumentException if the text is not JSON, naming where it breaks
     */
    public static Object parse(String text) {
        return value(tree(text));
    }

    /**
     * Parses one JSON value into Jackson's tree.
     *
     * @throws IllegalArgumentException if the text is not JSON, naming where it breaks
     */
    static JsonNode tree(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            long at = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage() + (at >= 0 ? " at character " + at : ""), e);
        }
        if (node == null || node.isMissingNode()) {
            throw new IllegalArgumentException("not JSON: a value expected at character 0");
        }
        return node;
    }

    /** Writes a value of the types {@link #parse} returns (any {@link Number}, any {@link Map} with string keys). */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** A tree node as the plain Java values {@link #parse} documents. */
    static Object value(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                Map<String, Object> members = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    if (!member.getValue().isNull()) {
                        members.put(member.getKey(), value(member.getValue()));
                    }
                }
                yield Collections.unmodifiableMap(members);
            }
            case ARRAY -> {
                List<Object> items = new ArrayList<>(node.size());
                node.forEach(item -> items.add(value(item)));
                yield Collections.unmodifiableList(items);
            }
            case NUMBER -> node.decimalValue();
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NULL, MISSING -> null;
            case BINARY, POJO -> throw new IllegalArgumentException("not JSON: a " + node.getNodeType() + " node");
        };
    }
}
