package io.tws4j.client;

import java.util.Objects;

/**
 * TWS ended an API verification unsuccessfully. TWS verifies only vendor applications that
 * announced verification when connecting; to any other client it answers with this refusal.
 */
public final class VerificationFailedException extends TwsException {
    private final String errorText;

    public VerificationFailedException(String errorText) {
        super("TWS refused the API verification" + (errorText.isEmpty() ? "" : ": " + errorText));
        this.errorText = Objects.requireNonNull(errorText);
    }

    /** Returns TWS's reason, as sent; empty if it gave none. */
    public String errorText() {
        return errorText;
    }
}
