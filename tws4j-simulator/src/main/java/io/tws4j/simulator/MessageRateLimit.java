package io.tws4j.simulator;

/**
 * TWS's limit on the messages a client may send: 50 a second. What happens to a message over the
 * limit is TWS's setting "Reject messages above maximum allowed message rate vs. applying
 * pacing": rejecting answers each one with error 100 "Max rate of messages per second has been
 * exceeded." and does not handle it, and after repeated violations drops the client; pacing
 * handles it late instead, as soon as the rate allows. A client that connects with the
 * {@code +PACEAPI} connect option is always paced.
 *
 * <p>Inferred: how many rejections TWS tolerates before it disconnects is not published (clients
 * report "several"); the request id of error 100 is the rejected request's own id, or -1 for a
 * message without one.
 *
 * {@snippet :
 * SimulatedGateway.builder().messageRateLimit(MessageRateLimit.rejecting(50, 3)).build();
 * }
 *
 * @param messagesPerSecond messages a client may send in any second
 * @param rejectExcess whether messages over the limit are rejected (error 100) rather than paced
 * @param rejectionsBeforeDisconnect rejections after which the client is disconnected; 0 never disconnects
 */
public record MessageRateLimit(int messagesPerSecond, boolean rejectExcess, int rejectionsBeforeDisconnect) {

    public MessageRateLimit {
        if (messagesPerSecond < 1) {
            throw new IllegalArgumentException("messagesPerSecond must be positive, not " + messagesPerSecond);
        }
        if (rejectionsBeforeDisconnect < 0) {
            throw new IllegalArgumentException("rejectionsBeforeDisconnect must not be negative, not " + rejectionsBeforeDisconnect);
        }
    }

    /** Rejects messages over {@code messagesPerSecond} with error 100, and drops a client after {@code rejectionsBeforeDisconnect} of them. */
    public static MessageRateLimit rejecting(int messagesPerSecond, int rejectionsBeforeDisconnect) {
        return new MessageRateLimit(messagesPerSecond, true, rejectionsBeforeDisconnect);
    }

    /** Handles messages over {@code messagesPerSecond} late, as the rate allows. */
    public static MessageRateLimit paced(int messagesPerSecond) {
        return new MessageRateLimit(messagesPerSecond, false, 0);
    }

    /** TWS's limit with rejection: 50 messages a second, error 100 over it, a disconnect at the tenth rejection. */
    public static MessageRateLimit tws() {
        return rejecting(50, 10);
    }
}
