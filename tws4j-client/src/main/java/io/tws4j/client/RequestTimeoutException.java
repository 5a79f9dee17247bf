package io.tws4j.client;

import java.time.Duration;

/** A request got no complete answer within its timeout; it was cancelled where TWS allows. */
public final class RequestTimeoutException extends TwsException {

    public RequestTimeoutException(String request, Duration timeout) {
        super(request + " got no complete answer within " + timeout.toMillis() + " ms");
    }
}
