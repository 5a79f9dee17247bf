package io.tws4j.client;

import java.time.Duration;

/**
 * A request would have waited for its pacing turn longer than its timeout, so it failed at once
 * and nothing was sent. Send it later, or give it a longer timeout.
 */
public final class PacingLimitException extends TwsException {
    private final PacingRule rule;
    private final Duration wait;

    public PacingLimitException(String request, PacingRule rule, String ruleText, Duration wait, Duration timeout) {
        super(request + " would wait " + PacingRule.text(wait) + " for its turn under TWS's pacing rule (" + ruleText
                + "), longer than its timeout of " + PacingRule.text(timeout) + "; nothing was sent");
        this.rule = rule;
        this.wait = wait;
    }

    /** Returns the rule that would have held the request back longest. */
    public PacingRule rule() {
        return rule;
    }

    /** Returns how long the request would have waited. */
    public Duration expectedWait() {
        return wait;
    }
}
