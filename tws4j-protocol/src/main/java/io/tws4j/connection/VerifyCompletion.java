package io.tws4j.connection;

import java.util.Objects;

/**
 * How an API verification ended: TWS accepted the application, or refused it and said why.
 *
 * @param successful whether TWS accepted the application
 * @param errorText why TWS refused it, or empty
 */
public record VerifyCompletion(boolean successful, String errorText) {

    public VerifyCompletion {
        Objects.requireNonNull(errorText);
    }

    /** Returns a refusal with its reason. */
    public static VerifyCompletion refused(String errorText) {
        return new VerifyCompletion(false, errorText);
    }
}
