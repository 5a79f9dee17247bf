package io.tws4j.config;

import java.util.Objects;

/**
 * A warning TWS raises about a configuration update, which must be accepted before TWS applies
 * the update. TWS matches accepted warnings by {@code messageId}.
 *
 * @param messageId the id TWS gives the warning; for a message prompt being disabled, the message's id
 * @param title the warning's title, or empty
 * @param message the warning's text, or empty
 */
public record UpdateConfigWarning(int messageId, String title, String message) {

    public UpdateConfigWarning {
        Objects.requireNonNull(title);
        Objects.requireNonNull(message);
    }

    /** Returns the acceptance of warning {@code messageId}, which is all TWS needs. */
    public static UpdateConfigWarning of(int messageId) {
        return new UpdateConfigWarning(messageId, "", "");
    }
}
