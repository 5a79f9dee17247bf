package io.tws4j.simulator.core;

import java.util.Objects;

/**
 * A request TWS turns away, with the error code and text it answers. A handler throws it while
 * it reads or checks a request, from however deep; the session then sends the error on the
 * request's id (its request id, or its order id; -1 for a request that has neither) and reads
 * the next request. It carries no stack trace: it is an answer, not a failure.
 *
 * {@snippet :
 * BigDecimal quantity = RequestFields.decimal("totalQuantity", wire.getTotalQuantity());  // 320 if not a number
 * if (quantity.signum() <= 0) {
 *     throw RequestRejected.invalid("PLACE_ORDER", "order quantity must be positive, not " + quantity);
 * }
 * }
 */
public final class RequestRejected extends RuntimeException {
    /** TWS could not read a value of the request (a number that is not a number). */
    public static final int READING_FAILED = 320;
    /** The request failed TWS's validation. */
    public static final int VALIDATION_FAILED = 321;

    private final int code;
    private final boolean namesId;

    private RequestRejected(int code, String text, boolean namesId) {
        super(Objects.requireNonNull(text, "text"), null, false, false);
        this.code = code;
        this.namesId = namesId;
    }

    /** Turns the request away with this TWS error code and text. */
    public static RequestRejected with(int code, String text) {
        return new RequestRejected(code, text, false);
    }

    /**
     * TWS's validation error 321, {@code Error validating request.-'<where>' : cause - <cause>}.
     * TWS puts an internal code where {@code where} goes ({@code 'bW'}); the simulated gateway puts
     * the name of the request there, so that a log says which request failed.
     */
    public static RequestRejected invalid(String where, String cause) {
        return new RequestRejected(VALIDATION_FAILED, validationText(where, cause), false);
    }

    /**
     * TWS's error 320 for a value it cannot read, as TWS words it for a number that is not one:
     * {@code Error reading request.Message id <id>.  Unable to parse data. java.lang.NumberFormatException:
     * For input string: "<text>"}. Inferred: on record from a localized TWS (build 981) for a
     * number in a text-format request; the protobuf era's decimal strings are read the same way.
     */
    public static RequestRejected unparsable(String field, String text) {
        return new RequestRejected(READING_FAILED, "Unable to parse data. java.lang.NumberFormatException: For input string: \""
                + shortened(text) + "\" (" + field + ")", true);
    }

    /** A value as an error text quotes it: up to 100 characters, so that a huge value does not make a huge error. */
    public static String shortened(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }

    /** TWS's error 320 for a request it cannot read at all; {@code detail} says what failed. */
    public static RequestRejected unreadable(String detail) {
        return new RequestRejected(READING_FAILED, "Unable to parse data. " + detail, true);
    }

    /** Returns TWS's validation text for a request or field {@code where}. */
    public static String validationText(String where, String cause) {
        return "Error validating request.-'" + where + "' : cause - " + cause;
    }

    /** Returns the TWS error code. */
    public int code() {
        return code;
    }

    /** Returns the error text as sent for the request with this id. */
    public String text(int id) {
        if (!namesId) {
            return getMessage();
        }
        return id == -1 ? "Error reading request.  " + getMessage() : "Error reading request.Message id " + id + ".  " + getMessage();
    }
}
