package io.tws4j.simulator.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Plays a scenario file from the class path (YAML or JSON, see {@code ScenarioFormat}) on the
 * gateway of a {@link SimulatedGatewayExtension} when the test starts: on a test method for that
 * method (per-method gateways), on a test class for every method, or for the class's gateway.
 *
 * {@snippet :
 * @Test
 * @PlayScenario("scenarios/nightly-restart.yaml")
 * void survivesTheNight(SimulatedGateway gateway) { ... }
 * }
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PlayScenario {

    /** The scenario's class path resource, e.g. {@code scenarios/nightly-restart.yaml}. */
    String value();
}
