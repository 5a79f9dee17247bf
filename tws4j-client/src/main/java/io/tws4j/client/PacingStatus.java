package io.tws4j.client;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the pacing governor holds back right now, and why: a snapshot from {@code client.pacing()}.
 *
 * {@snippet :
 * PacingStatus pacing = client.pacing();
 * if (pacing.waiting() > 0) {
 *     System.out.println(pacing.waiting() + " waiting " + pacing.waitingByRule() + ", longest " + pacing.longestWait());
 * }
 * }
 *
 * @param waiting how many messages wait to be written
 * @param waitingByRule how many wait for each rule (only rules something waits for)
 * @param longestWait how long the message that has waited longest has waited so far
 * @param longestWaiting what that message is, e.g. {@code "historical bars of AAPL STK #1000000007"}
 */
public record PacingStatus(int waiting, Map<PacingRule, Integer> waitingByRule, Duration longestWait,
                           Optional<String> longestWaiting) {

    public PacingStatus {
        waitingByRule = Map.copyOf(waitingByRule);
    }

    /** Returns the status of a governor holding nothing back. */
    public static PacingStatus idle() {
        return new PacingStatus(0, Map.of(), Duration.ZERO, Optional.empty());
    }
}
