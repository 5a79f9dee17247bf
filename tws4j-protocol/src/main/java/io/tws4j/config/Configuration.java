package io.tws4j.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The TWS configuration as the API reads it: Lock and Exit, the message prompts, the API
 * precautions and settings, and the SMART routing preferences. A part TWS did not report is
 * empty rather than absent.
 *
 * {@snippet :
 * Configuration config = client.config();
 * int port = config.api().settings().socketPort().orElseThrow();
 * Optional<LocalTime> restart = config.lockAndExit().localTime();
 * }
 *
 * @param lockAndExit when TWS logs off or restarts by itself
 * @param messages the message prompts
 * @param api the API precautions and settings
 * @param orders the order configuration
 */
public record Configuration(LockAndExit lockAndExit, List<MessageConfig> messages, ApiConfig api, OrdersConfig orders) {

    /** A configuration with nothing in it. */
    public static final Configuration EMPTY = new Configuration(LockAndExit.EMPTY, List.of(), ApiConfig.EMPTY, OrdersConfig.EMPTY);

    public Configuration {
        Objects.requireNonNull(lockAndExit);
        messages = List.copyOf(messages);
        Objects.requireNonNull(api);
        Objects.requireNonNull(orders);
    }

    /** Returns the message prompt with this id, if TWS reported it. */
    public Optional<MessageConfig> message(int id) {
        return messages.stream().filter(message -> message.id() == id).findFirst();
    }
}
