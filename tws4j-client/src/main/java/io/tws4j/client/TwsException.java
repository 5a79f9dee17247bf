package io.tws4j.client;

/**
 * Base of every error the tws4j client raises. Unchecked, so it passes through lambdas and
 * iterators; each subtype is named for what the caller can do about it.
 */
public abstract sealed class TwsException extends RuntimeException
        permits ConnectTimeoutException, ConnectionRefusedException, ConnectionRejectedException,
                UnsupportedServerVersionException, ConnectionLostException, ConnectionResetException,
                ClientClosedException, RequestRejectedException, RequestTimeoutException,
                RequestInterruptedException, StreamOverflowException, ProtocolViolationException,
                InvalidRequestException, ReadOnlyViolationException, FeatureNotSupportedException,
                VerificationFailedException, OrderNotReceivedException, OrderNotAcknowledgedException,
                OrderUnknownToGatewayException, PacingLimitException, ConnectionStalledException {

    protected TwsException(String message) {
        super(message);
    }

    protected TwsException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Returns whether the error came from the connection rather than the request: after a
     * reconnect, the same request may well succeed.
     */
    public boolean isConnectionProblem() {
        return false;
    }
}
