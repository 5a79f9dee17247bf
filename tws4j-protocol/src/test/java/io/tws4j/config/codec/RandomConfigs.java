package io.tws4j.config.codec;

import io.tws4j.config.ApiConfig;
import io.tws4j.config.ApiPrecautions;
import io.tws4j.config.ApiSettings;
import io.tws4j.config.ConfigUpdateRequest;
import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import io.tws4j.config.LockAndExit;
import io.tws4j.config.MessageConfig;
import io.tws4j.config.OrdersConfig;
import io.tws4j.config.SmartRouting;
import io.tws4j.config.UpdateConfigWarning;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * Seeded random configuration records. The records made only of optional values are filled
 * through their record components, so that every one of their fields is covered.
 */
final class RandomConfigs {
    private static final String[] WORDS = {"", "error", "Detail", "osCodePage", "utc", "final", "#", "127.0.0.1",
            "11:45", "PM", "restart", "Adaptive", "Ünïcode ✓", "a\tb", "x".repeat(200)};

    private final RandomGenerator random;

    RandomConfigs(RandomGenerator random) {
        this.random = random;
    }

    Configuration configuration() {
        return new Configuration(optionals(LockAndExit.class), messages(), api(), orders());
    }

    ConfigUpdateRequest update() {
        List<UpdateConfigWarning> accepted = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            accepted.add(warning());
        }
        return new ConfigUpdateRequest(optionals(LockAndExit.class), messages(), api(), orders(), accepted, random.nextBoolean());
    }

    ConfigUpdateResult result() {
        List<UpdateConfigWarning> warnings = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            warnings.add(warning());
        }
        return new ConfigUpdateResult(word(), word(), words(), words(), warnings);
    }

    ApiConfig api() {
        return new ApiConfig(optionals(ApiPrecautions.class), optionals(ApiSettings.class));
    }

    private OrdersConfig orders() {
        return new OrdersConfig(optionals(SmartRouting.class));
    }

    private List<MessageConfig> messages() {
        List<MessageConfig> messages = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            messages.add(new MessageConfig(random.nextInt(1000), optionalWord(), optionalWord(), optionalWord(), optionalFlag()));
        }
        return messages;
    }

    private UpdateConfigWarning warning() {
        return new UpdateConfigWarning(random.nextInt(1000), word(), word());
    }

    /** Fills a record whose components are all optional values or lists of strings. */
    <R extends Record> R optionals(Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType());
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private Object value(Type type) {
        if (type == OptionalInt.class) {
            return random.nextInt(3) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(-5, 70_000));
        }
        Type argument = ((ParameterizedType) type).getActualTypeArguments()[0];
        if (((ParameterizedType) type).getRawType() == List.class) {
            return words();
        }
        return argument == Boolean.class ? optionalFlag() : optionalWord();
    }

    private Optional<Boolean> optionalFlag() {
        return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(random.nextBoolean());
    }

    private Optional<String> optionalWord() {
        return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(word());
    }

    private List<String> words() {
        List<String> words = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            words.add(word());
        }
        return words;
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
