/**
 * A simulated TWS / IB Gateway speaking the real wire protocol. Does not depend on the client:
 * any TWS API client can connect to it.
 */
module io.tws4j.simulator {
    requires transitive io.tws4j.protocol;
    requires org.slf4j;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;

    exports io.tws4j.simulator;
    exports io.tws4j.simulator.core;
    exports io.tws4j.simulator.contracts;
    exports io.tws4j.simulator.market;
    exports io.tws4j.simulator.historical;
    exports io.tws4j.simulator.accounts;
    exports io.tws4j.simulator.orders;

    // Faults and scenarios are records that Jackson reads and writes (ScenarioFormat).
    opens io.tws4j.simulator to com.fasterxml.jackson.databind;
}
