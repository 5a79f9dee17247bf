package io.tws4j.simulator.junit5;

import io.tws4j.simulator.Scenario;
import io.tws4j.simulator.ScenarioFormat;
import io.tws4j.simulator.ScenarioRun;
import io.tws4j.simulator.SimulatedGateway;
import java.lang.reflect.AnnotatedElement;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.platform.commons.support.AnnotationSupport;
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
 *
 * <p>A scenario of faults can play on the gateway as soon as it starts: {@link #withScenario}
 * for every gateway the extension runs, or {@link PlayScenario @PlayScenario} on a test method or
 * class. {@link #scenarioRun()} is the run, to await.
 *
 * {@snippet :
 * @RegisterExtension
 * static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod()
 *         .withScenario(ScenarioFormat.readResource("scenarios/nightly-restart.yaml"));
 * }
 */
public final class SimulatedGatewayExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Supplier<SimulatedGateway.Builder> configuration;
    private final boolean perClass;
    private final Scenario scenario;
    private SimulatedGateway gateway;
    private ScenarioRun run;

    /** Creates a per-method extension with the default gateway; used by {@code @ExtendWith}. */
    public SimulatedGatewayExtension() {
        this(SimulatedGateway::builder, false);
    }

    private SimulatedGatewayExtension(Supplier<SimulatedGateway.Builder> configuration, boolean perClass) {
        this(configuration, perClass, null);
    }

    private SimulatedGatewayExtension(Supplier<SimulatedGateway.Builder> configuration, boolean perClass, Scenario scenario) {
        this.configuration = Objects.requireNonNull(configuration);
        this.perClass = perClass;
        this.scenario = scenario;
    }

    /** Returns this extension, playing {@code scenario} on each gateway it starts, from its start. */
    public SimulatedGatewayExtension withScenario(Scenario scenario) {
        return new SimulatedGatewayExtension(configuration, perClass, Objects.requireNonNull(scenario));
    }

    /** Returns this extension, playing the scenario of a class path resource (YAML or JSON) on each gateway it starts. */
    public SimulatedGatewayExtension withScenario(String resource) {
        return withScenario(ScenarioFormat.readResource(resource));
    }

    /** Returns the scenario playing on the current gateway, if one was asked for. */
    public Optional<ScenarioRun> scenarioRun() {
        return Optional.ofNullable(run);
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
            play(context.getElement());
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
            play(context.getElement().filter(method -> AnnotationSupport.isAnnotated(method, PlayScenario.class))
                    .or(context::getTestClass));
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

    /** Plays the extension's scenario, or the one a {@code @PlayScenario} on the element names. */
    private void play(Optional<? extends AnnotatedElement> element) {
        Optional<Scenario> annotated = element
                .flatMap(e -> AnnotationSupport.findAnnotation(e, PlayScenario.class))
                .map(annotation -> ScenarioFormat.readResource(annotation.value()));
        Optional<Scenario> chosen = annotated.or(() -> Optional.ofNullable(scenario));
        run = chosen.map(gateway::play).orElse(null);
    }

    private void stop() {
        run = null;
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
    }
}
