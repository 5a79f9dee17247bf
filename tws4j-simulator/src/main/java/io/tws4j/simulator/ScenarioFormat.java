package io.tws4j.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The JSON and YAML form of {@link Fault}s and {@link Scenario}s, stable for files, command
 * lines and HTTP APIs. A fault is an object with a {@code type} and the record's components,
 * durations in ISO-8601 ({@code PT5S}), enums by name:
 *
 * <pre>{@code
 * {"type":"restart","downtime":"PT5S"}
 * {"type":"connectivity-lost","duration":"PT10S","dataMaintained":false}
 * {"type":"farm-flap","farm":"usfarm","kind":"MARKET_DATA","duration":"PT2S"}   (kind optional)
 * {"type":"stop-writing","duration":"PT3S","thenClose":false}
 * {"type":"drop-after-frames","frames":1}          {"type":"close-after-frames","frames":2}
 * {"type":"pacing-violation","request":"REQ_HISTORICAL_DATA","count":1}         (count optional)
 * {"type":"disconnect"}  {"type":"close-gracefully"}  {"type":"competing-session"}
 * {"type":"stall","duration":"PT30S"}  {"type":"malformed-frame","kind":"TRUNCATED"}
 * {"type":"notice","id":-1,"code":2100,"message":"..."}
 * }</pre>
 *
 * A scenario step is its fault's object with {@code at} (from the scenario's start) and, for one
 * client, {@code clientId}: {@code {"at":"PT2S","type":"disconnect","clientId":3}}. Unknown
 * fields are errors, so a typo never silently becomes a default.
 *
 * {@snippet :
 * Scenario nightly = ScenarioFormat.read(Path.of("scenarios/nightly-restart.yaml"));
 * String json = ScenarioFormat.toJson(Fault.restart(Duration.ofSeconds(5)));
 * ObjectMapper mapper = ScenarioFormat.jsonMapper();   // faults, scenarios, GatewayStatus: for an HTTP API
 * }
 */
public final class ScenarioFormat {
    /** The {@code type} of each fault record. */
    private static final Map<Class<? extends Fault>, String> TYPES = Map.ofEntries(
            Map.entry(Fault.Disconnect.class, "disconnect"),
            Map.entry(Fault.Stall.class, "stall"),
            Map.entry(Fault.MalformedFrame.class, "malformed-frame"),
            Map.entry(Fault.SendNotice.class, "notice"),
            Map.entry(Fault.Restart.class, "restart"),
            Map.entry(Fault.ConnectivityLost.class, "connectivity-lost"),
            Map.entry(Fault.FarmFlap.class, "farm-flap"),
            Map.entry(Fault.StopWriting.class, "stop-writing"),
            Map.entry(Fault.DropAfterFrames.class, "drop-after-frames"),
            Map.entry(Fault.CloseAfterFrames.class, "close-after-frames"),
            Map.entry(Fault.CloseGracefully.class, "close-gracefully"),
            Map.entry(Fault.CompetingSession.class, "competing-session"),
            Map.entry(Fault.PacingViolation.class, "pacing-violation"));

    private static final ObjectMapper JSON = configure(JsonMapper.builder()).build();
    private static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build())).build();

    private ScenarioFormat() {}

    /**
     * Returns a Jackson module that reads and writes faults, scenario steps and scenarios in this
     * format; add it, with Jackson's {@code JavaTimeModule}, to a mapper of your own.
     */
    public static Module module() {
        SimpleModule module = new SimpleModule("tws4j-simulator-faults");
        module.addSerializer(Fault.class, new FaultSerializer());
        module.addSerializer(Scenario.Step.class, new StepSerializer());
        module.addDeserializer(Scenario.Step.class, new StepDeserializer());
        module.addDeserializer(Fault.class, new FaultDeserializer());
        return module;
    }

    /**
     * Returns a JSON mapper set up for this format, and for the gateway's other records
     * ({@link GatewayStatus}, {@link ScenarioProgress}): java.time as ISO-8601, {@code Optional}
     * as its value or null. For an admin API and tests.
     */
    public static ObjectMapper jsonMapper() {
        return JSON.copy();
    }

    /** Returns a YAML mapper set up for this format. */
    public static ObjectMapper yamlMapper() {
        return YAML.copy();
    }

    /**
     * Reads a scenario file, as YAML if its name ends with {@code .yaml} or {@code .yml}, else as JSON.
     *
     * @throws InvalidScenarioException if the file does not hold a valid scenario
     * @throws UncheckedIOException if it cannot be read
     */
    public static Scenario read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return parse(name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON, text, Scenario.class, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scenario " + file, e);
        }
    }

    /**
     * Reads a scenario from the class path (e.g. {@code scenarios/nightly-restart.yaml}), as YAML or
     * JSON by its name.
     *
     * @throws InvalidScenarioException if there is no such resource or it does not hold a valid scenario
     */
    public static Scenario readResource(String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : ScenarioFormat.class.getClassLoader()).getResourceAsStream(path)) {
            if (in == null) {
                throw new InvalidScenarioException("no scenario resource " + path + " on the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String lower = path.toLowerCase(Locale.ROOT);
            return parse(lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON, text, Scenario.class, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scenario resource " + path, e);
        }
    }

    /** Reads a scenario from JSON text. */
    public static Scenario readJson(String json) {
        return parse(JSON, json, Scenario.class, "JSON scenario");
    }

    /** Reads a scenario from YAML text. */
    public static Scenario readYaml(String yaml) {
        return parse(YAML, yaml, Scenario.class, "YAML scenario");
    }

    /** Reads one fault from JSON, e.g. {@code {"type":"restart","downtime":"PT5S"}}. */
    public static Fault readFault(String json) {
        return parse(JSON, json, Fault.class, "JSON fault");
    }

    /** Reads one scenario step (a fault with {@code at} and optional {@code clientId}) from JSON. */
    public static Scenario.Step readStep(String json) {
        return parse(JSON, json, Scenario.Step.class, "JSON step");
    }

    /** Writes a scenario as JSON. */
    public static String toJson(Scenario scenario) {
        return write(JSON, scenario);
    }

    /** Writes a scenario as YAML. */
    public static String toYaml(Scenario scenario) {
        return write(YAML, scenario);
    }

    /** Writes a fault as JSON. */
    public static String toJson(Fault fault) {
        return write(JSON, fault);
    }

    /** Returns a fault's {@code type} in this format, e.g. {@code "farm-flap"}. */
    public static String typeOf(Fault fault) {
        return TYPES.get(fault.getClass());
    }

    private static <T> T parse(ObjectMapper mapper, String text, Class<T> type, String source) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException invalid ? invalid : e;
            throw new InvalidScenarioException(source + ": " + describe(e), cause);
        }
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return e.getLocation() == null ? message
                : message + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private static <B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<?, B>> B configure(B builder) {
        return builder.addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(module())
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS, SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
    }

    /** Writes a fault as an object: its {@code type}, then the record's components in order. */
    private static final class FaultSerializer extends JsonSerializer<Fault> {
        @Override
        public void serialize(Fault fault, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeTree(toTree((ObjectMapper) generator.getCodec(), fault));
        }
    }

    static ObjectNode toTree(ObjectMapper codec, Fault fault) {
        ObjectNode out = codec.createObjectNode();
        out.put("type", typeOf(fault));
        for (RecordComponent component : fault.getClass().getRecordComponents()) {
            try {
                out.set(component.getName(), codec.valueToTree(component.getAccessor().invoke(fault)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + fault, e);
            }
        }
        return out;
    }

    /**
     * Reads a fault: fills in the optional fields' defaults (a pacing violation's {@code count}
     * is 1), then lets the records' own checks speak.
     */
    private static final class FaultDeserializer extends JsonDeserializer<Fault> {
        @Override
        public Fault deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            return toFault(node, parser, context);
        }
    }

    static Fault toFault(JsonNode node, JsonParser parser, DeserializationContext context) throws IOException {
        if (!(node instanceof ObjectNode object)) {
            return context.reportInputMismatch(Fault.class, "a fault is an object with a \"type\", not " + node);
        }
        JsonNode type = object.get("type");
        if (type == null || !type.isTextual()) {
            return context.reportInputMismatch(Fault.class, "a fault needs a \"type\", one of " + TYPES.values().stream().sorted().toList());
        }
        Class<? extends Fault> record = TYPES.entrySet().stream().filter(e -> e.getValue().equals(type.asText()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (record == null) {
            return context.reportInputMismatch(Fault.class, "unknown fault type \"" + type.asText() + "\"; one of "
                    + TYPES.values().stream().sorted().toList());
        }
        ObjectNode fields = object.deepCopy();
        fields.remove("type");
        if (record == Fault.PacingViolation.class && !fields.has("count")) {
            fields.put("count", 1);
        }
        List<String> names = Stream.of(record.getRecordComponents()).map(RecordComponent::getName).toList();
        for (Iterator<String> it = fields.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!names.contains(field)) {
                return context.reportInputMismatch(Fault.class, "a \"" + type.asText() + "\" fault has no field \"" + field
                        + "\"; its fields are " + names);
            }
        }
        for (RecordComponent component : record.getRecordComponents()) {
            boolean optional = component.getType().isPrimitive() || record == Fault.FarmFlap.class && component.getName().equals("kind");
            if (!optional && (!fields.has(component.getName()) || fields.get(component.getName()).isNull())) {
                return context.reportInputMismatch(Fault.class, "a \"" + type.asText() + "\" fault needs \"" + component.getName() + "\"");
            }
        }
        ObjectMapper codec = (ObjectMapper) parser.getCodec();
        try {
            return codec.readerFor(record).without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(codec.treeAsTokens(fields));
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return context.reportInputMismatch(Fault.class, "invalid \"" + type.asText() + "\" fault: " + cause.getMessage());
        }
    }

    /** Writes a step as its fault's object with {@code at} first and {@code clientId} when it is for one client. */
    private static final class StepSerializer extends JsonSerializer<Scenario.Step> {
        @Override
        public void serialize(Scenario.Step step, JsonGenerator generator, SerializerProvider provider) throws IOException {
            ObjectMapper codec = (ObjectMapper) generator.getCodec();
            ObjectNode out = codec.createObjectNode();
            out.put("at", step.at().toString());
            ObjectNode fault = toTree(codec, step.fault());
            out.set("type", fault.remove("type"));
            step.clientId().ifPresent(id -> out.put("clientId", id));
            out.setAll(fault);
            generator.writeTree(out);
        }
    }

    /** Reads a step: {@code at}, an optional {@code clientId}, and the rest is the fault. */
    private static final class StepDeserializer extends JsonDeserializer<Scenario.Step> {
        @Override
        public Scenario.Step deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode node = parser.readValueAsTree();
            if (!(node instanceof ObjectNode object)) {
                return context.reportInputMismatch(Scenario.Step.class, "a step is an object with \"at\" and a fault's \"type\"");
            }
            ObjectNode fault = object.deepCopy();
            JsonNode at = fault.remove("at");
            if (at == null) {
                return context.reportInputMismatch(Scenario.Step.class, "a step needs \"at\", its time from the scenario's start (e.g. PT5S)");
            }
            Duration time;
            try {
                time = at.isNumber() ? Duration.ofMillis(Math.round(at.asDouble() * 1000)) : Duration.parse(at.asText());
            } catch (RuntimeException e) {
                return context.reportInputMismatch(Scenario.Step.class, "\"at\" is an ISO-8601 duration such as PT5S, not " + at);
            }
            JsonNode client = fault.remove("clientId");
            if (client != null && !client.canConvertToInt()) {
                return context.reportInputMismatch(Scenario.Step.class, "\"clientId\" is a number, not " + client);
            }
            OptionalInt clientId = client == null || client.isNull() ? OptionalInt.empty() : OptionalInt.of(client.asInt());
            Fault parsed = toFault(fault, parser, context);
            try {
                return new Scenario.Step(time, clientId, parsed);
            } catch (IllegalArgumentException e) {
                return context.reportInputMismatch(Scenario.Step.class, e.getMessage());
            }
        }
    }
}
