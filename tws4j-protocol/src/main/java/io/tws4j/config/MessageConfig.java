package io.tws4j.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One of TWS's message prompts (Global Configuration > Messages): a confirmation or warning TWS
 * shows, and whether it is enabled. In an update only the id and what is to change matter.
 *
 * {@snippet :
 * MessageConfig quiet = MessageConfig.of(131, false);   // TWS asks for the warning to be accepted
 * }
 *
 * @param id the message's id
 * @param title the message's title
 * @param message the message's text
 * @param defaultAction what TWS does when the message is disabled
 * @param enabled whether TWS shows the message
 */
public record MessageConfig(int id, Optional<String> title, Optional<String> message, Optional<String> defaultAction,
                            Optional<Boolean> enabled) {

    public MessageConfig {
        Values.requireNonNull(title, message, defaultAction, enabled);
    }

    /** Returns the update that enables or disables message {@code id}. */
    public static MessageConfig of(int id, boolean enabled) {
        return new MessageConfig(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(enabled));
    }

    /** Returns a message as TWS describes it. */
    public static MessageConfig of(int id, String title, String message, String defaultAction, boolean enabled) {
        return new MessageConfig(id, Optional.of(Objects.requireNonNull(title)), Optional.of(Objects.requireNonNull(message)),
                Optional.of(Objects.requireNonNull(defaultAction)), Optional.of(enabled));
    }
}
