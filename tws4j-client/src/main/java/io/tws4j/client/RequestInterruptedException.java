package io.tws4j.client;

/** The thread waiting for an answer was interrupted; the request was cancelled and the flag restored. */
public final class RequestInterruptedException extends TwsException {

    public RequestInterruptedException(String request, InterruptedException cause) {
        super("interrupted while waiting for " + request, cause);
    }
}
