package io.tws4j.connection;

import java.time.Instant;
import java.util.Optional;

/**
 * A message from TWS's error channel, or one of tws4j's own notices: a warning, a status
 * report, or an error.
 *
 * @param requestId the request or order it concerns, or -1 when it concerns the connection
 * @param code the TWS error code; negative for notices tws4j raises itself
 * @param message the text as sent
 * @param time when the gateway raised it (or when tws4j received it, if the gateway gave no time)
 * @param category how the code is classified
 * @param advancedOrderRejectJson the advanced order-reject details, or empty
 */
public record Notice(int requestId, int code, String message, Instant time, NoticeCategory category,
                     String advancedOrderRejectJson) {

    /** Creates a notice classified by its code. */
    public static Notice of(int requestId, int code, String message, Instant time) {
        return new Notice(requestId, code, message, time, NoticeCategory.of(code), "");
    }

    /** Returns whether the notice concerns the whole connection rather than one request. */
    public boolean isGlobal() {
        return requestId == ErrorCodes.NO_REQUEST_ID;
    }

    /** Returns whether a request-scoped notice of this kind ends its request. */
    public boolean endsRequest() {
        return category.endsRequest();
    }

    /** Returns the data farm state this notice reports, if it is a farm-status notice. */
    public Optional<FarmStatus> farmStatus() {
        return FarmStatus.of(code);
    }

    /** Returns whether this is a connectivity notice (1100, 1101, 1102, 1300, or tws4j's reconnects). */
    public boolean isConnectivity() {
        return category == NoticeCategory.CONNECTIVITY;
    }

    /** Returns the advanced order-reject JSON, if any. */
    public Optional<String> advancedOrderReject() {
        return advancedOrderRejectJson.isEmpty() ? Optional.empty() : Optional.of(advancedOrderRejectJson);
    }

    @Override
    public String toString() {
        return (requestId == ErrorCodes.NO_REQUEST_ID ? "" : "[" + requestId + "] ") + code + " " + category + ": " + message;
    }
}
