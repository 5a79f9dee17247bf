package io.tws4j.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A gateway's {@code HOST:PORT}, checked where it is typed: {@code --gateway localhost} is a
 * missing port, not a stack trace.
 *
 * @param host the host name or address
 * @param port the API port
 */
public record GatewayAddress(String host, int port) {

    /** Returns {@code host:port}. */
    @Override
    public String toString() {
        return host + ":" + port;
    }

    /** Reads {@code HOST:PORT} for picocli, with a message that says what to type instead. */
    public static final class Converter implements ITypeConverter<GatewayAddress> {
        @Override
        public GatewayAddress convert(String value) {
            int colon = value.lastIndexOf(':');
            String example = " (TWS listens on 7497 paper / 7496 live, IB Gateway on 4002 / 4001), e.g. 127.0.0.1:4002";
            if (colon <= 0 || colon == value.length() - 1) {
                throw new TypeConversionException("'" + value + "' has no port: give HOST:PORT" + example);
            }
            String host = value.substring(0, colon);
            int port;
            try {
                port = Integer.parseInt(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' has no numeric port: give HOST:PORT" + example);
            }
            if (port < 1 || port > 65535) {
                throw new TypeConversionException("'" + value + "': a port is between 1 and 65535" + example);
            }
            return new GatewayAddress(host, port);
        }
    }
}
