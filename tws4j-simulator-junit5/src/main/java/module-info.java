/** A JUnit 5 extension that runs a simulated gateway for each test method or test class. */
module io.tws4j.simulator.junit5 {
    requires transitive io.tws4j.simulator;
    requires transitive org.junit.jupiter.api;

    exports io.tws4j.simulator.junit5;
}
