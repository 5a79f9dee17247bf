package io.tws4j.client.core;

/** What a request does when the connection it was sent on is lost. */
enum AfterLoss {
    /** It has ended (with an error or normally); forget it. */
    END,
    /** Send it again on the next connection, under the same route. */
    SEND_AGAIN,
    /**
     * Keep it registered and alive without sending it again: something else settles it after the
     * reconnect (an order's stream waits for reconciliation). A held request hears of every
     * later loss too.
     */
    HOLD
}
