package io.tws4j.client;

import io.tws4j.connection.Notice;

/** TWS answered a request with an error; the notice carries its code and text. */
public final class RequestRejectedException extends TwsException {
    private final transient Notice notice;

    public RequestRejectedException(Notice notice) {
        super("TWS error " + notice.code() + ": " + notice.message());
        this.notice = notice;
    }

    /** Returns the error as TWS sent it. */
    public Notice notice() {
        return notice;
    }

    /** Returns the TWS error code. */
    public int code() {
        return notice.code();
    }
}
