package io.tws4j.simulator.junit5;

import io.tws4j.simulator.SimulatedGateway;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link SimulatedGateway} around each test method (the default) or around a whole test
 * class, and injects it into test and lifecycle methods that take a {@code SimulatedGateway}.
 *
 * {@snippet :
 * class QuotesIT {
 *     @RegisterExtension
 *     static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();
 *
 *     @Test
 *     void connects() {
 *         try (TwsClient client = TwsClient.connect(gateway.get().address(), 1)) {
 *             assertThat(client.serverVersion()).isEqualTo(226);
 *         }
 *     }
 * }
 * }
 *
 * <p>{@code @ExtendWith(SimulatedGatewayExtension.class)} gives the per-method default.
 */
public final class SimulatedGatewayExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Supplier<SimulatedGateway.Builder> configuration;
    private final boolean perClass;
    private SimulatedGateway gateway;

    /** Creates a per-method extension with the default gateway; used by {@code @ExtendWith}. */
    public SimulatedGatewayExtension() {
        this(SimulatedGateway::builder, false);
    }

    private SimulatedGatewayExtension(Supplier<SimulatedGateway.Builder> configuration, boolean perClass) {
        this.configuration = Objects.requireNonNull(configuration);
        this.perClass = perClass;
    }

    /** A fresh default gateway for every test method. */
    public static SimulatedGatewayExtension perMethod() {
        return new SimulatedGatewayExtension(SimulatedGateway::builder, false);
    }

    /** A fresh gateway, configured by {@code configuration}, for every test method. */
    public static SimulatedGatewayExtension perMethod(Supplier<SimulatedGateway.Builder> configuration) {
        return new SimulatedGatewayExtension(configuration, false);
    }

    /** One default gateway for all the methods of the test class. */
    public static SimulatedGatewayExtension perClass() {
        return new SimulatedGatewayExtension(SimulatedGateway::builder, true);
    }

    /** One gateway, configured by {@code configuration}, for all the methods of the test class. */
    public static SimulatedGatewayExtension perClass(Supplier<SimulatedGateway.Builder> configuration) {
        return new SimulatedGatewayExtension(configuration, true);
    }

    /** Returns the running gateway. */
    public SimulatedGateway get() {
        if (gateway == null) {
            throw new IllegalStateException("the simulated gateway runs only during a test");
        }
        return gateway;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (perClass) {
            gateway = configuration.get().build().start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (perClass) {
            stop();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            gateway = configuration.get().build().start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SimulatedGateway.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return get();
    }

    private void stop() {
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
    }
}
