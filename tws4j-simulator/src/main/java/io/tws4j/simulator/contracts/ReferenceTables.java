package io.tws4j.simulator.contracts;

import io.tws4j.contracts.DepthExchange;
import io.tws4j.contracts.SmartComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway-wide reference data: the exchanges behind SMART quotes (by the BBO exchange code
 * that market data's tick parameters carry) and the exchanges offering market depth.
 */
public final class ReferenceTables {
    /** The BBO exchange code of SMART-routed US stocks, as market data's tick parameters give it. */
    public static final String US_STOCKS_BBO_EXCHANGE = "a6";
    /** The BBO exchange code of SMART-routed US options. */
    public static final String US_OPTIONS_BBO_EXCHANGE = "c70003";

    private static final Map<String, List<SmartComponent>> SMART_COMPONENTS = Map.of(
            US_STOCKS_BBO_EXCHANGE, List.of(
                    new SmartComponent(0, "NYSE", "N"), new SmartComponent(1, "ARCA", "P"),
                    new SmartComponent(2, "NASDAQ", "Q"), new SmartComponent(3, "BATS", "Z"),
                    new SmartComponent(4, "IEX", "V"), new SmartComponent(5, "EDGX", "K"),
                    new SmartComponent(6, "AMEX", "A"), new SmartComponent(7, "MEMX", "U"),
                    new SmartComponent(8, "BYX", "Y"), new SmartComponent(9, "EDGEA", "J")),
            US_OPTIONS_BBO_EXCHANGE, List.of(
                    new SmartComponent(0, "CBOE", "C"), new SmartComponent(1, "AMEX", "A"),
                    new SmartComponent(2, "ISE", "I"), new SmartComponent(3, "PHLX", "X"),
                    new SmartComponent(4, "BOX", "B"), new SmartComponent(5, "MIAX", "M")));

    /** The depth offered, as TWS lists it: deep books per exchange and security type. */
    public static final List<DepthExchange> DEPTH_EXCHANGES = List.of(
            new DepthExchange("ISLAND", "STK", "NASDAQ", "Deep2", 1),
            new DepthExchange("NYSE", "STK", "NYSE", "Deep", 1),
            new DepthExchange("ARCA", "STK", "ARCA", "Deep2", 1),
            new DepthExchange("BATS", "STK", "", "Deep", 1),
            new DepthExchange("IEX", "STK", "", "Deep", 1),
            new DepthExchange("CME", "FUT", "", "Deep", 2),
            new DepthExchange("CBOE", "OPT", "", "Deep", 2),
            new DepthExchange("TSEJ", "STK", "", "Deep", 6),
            new DepthExchange("IDEALPRO", "CASH", "", "Deep", 4),
            new DepthExchange("PAXOS", "CRYPTO", "", "Deep", 17));

    private ReferenceTables() {}

    /** Returns the exchanges behind a BBO exchange code, if the code is one the gateway knows. */
    public static Optional<List<SmartComponent>> smartComponents(String bboExchange) {
        return Optional.ofNullable(SMART_COMPONENTS.get(bboExchange));
    }
}
