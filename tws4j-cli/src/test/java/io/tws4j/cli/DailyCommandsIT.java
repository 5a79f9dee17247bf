package io.tws4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tws4j.simulator.SimulatedGateway;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The everyday commands against the embedded simulated gateway (and one against a gateway given
 * with --gateway), as a user runs them: exit code, the table, the JSON.
 */
@Timeout(60)
class DailyCommandsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void quoteOncePrintsATableOfEachSymbol() {
        CliRun run = CliRun.of("quote", "AAPL", "MSFT", "EUR.USD", "--once");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst()).matches("SYMBOL\\s+BID\\s+SIZE\\s+ASK\\s+SIZE\\s+LAST\\s+CHANGE\\s+VOLUME");
        assertThat(lines.get(1)).matches("AAPL\\s+\\d+\\.\\d{2,}\\s+\\d+\\s+\\d+\\.\\d{2,}\\s+\\d+\\s+\\d+\\.\\d{2,}\\s+[+-]\\d+\\.\\d\\d%\\s+\\d+");
        assertThat(lines.get(2)).startsWith("MSFT ");
        assertThat(lines.get(3)).matches("EUR\\.USD\\s+1\\.\\d+\\s+\\d+\\s+1\\.\\d+.*");
    }

    @Test
    void quoteLiveDrawsTheTableAgainUntilItsTimeIsUp() {
        CliRun run = CliRun.of("quote", "AAPL", "--for", "2s", "--every", "500ms");

        assertThat(run.exitCode()).as(run.err()).isZero();
        long tables = run.out().lines().filter(line -> line.startsWith("SYMBOL")).count();
        assertThat(tables).as("drawn at the start and about every 500 ms: " + run.out()).isBetween(2L, 5L);
        assertThat(run.out()).containsPattern("as of \\d\\d:\\d\\d:\\d\\d").doesNotContain("\u001b[");
    }

    @Test
    void quoteJsonIsAnArrayOfQuotes() throws Exception {
        CliRun run = CliRun.of("quote", "AAPL", "--once", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode quotes = JSON.readTree(run.out());
        assertThat(quotes.size()).isOne();
        assertThat(quotes.get(0).get("symbol").asText()).isEqualTo("AAPL");
        assertThat(quotes.get(0).get("bid").asDouble()).isPositive();
        assertThat(quotes.get(0).get("ask").asDouble()).isGreaterThanOrEqualTo(quotes.get(0).get("bid").asDouble());
    }

    @Test
    void quoteOfAnUnknownSymbolIsOneLine() {
        CliRun run = CliRun.of("quote", "ZZZZQ", "--once");

        assertThat(run.exitCode()).isEqualTo(CliErrors.FAILURE);
        assertThat(run.errorLines()).singleElement().asString().startsWith("tws4j quote: ").contains("200");
    }

    @Test
    void positionsShowWhatTheExampleOrdersBought() {
        CliRun run = CliRun.of("positions");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Positions at the embedded simulated gateway at 127.0.0.1:")
                .containsPattern("ACCOUNT\\s+SYMBOL\\s+TYPE\\s+CCY\\s+POSITION\\s+AVG COST")
                .containsPattern("DU1234567\\s+AAPL\\s+STK\\s+USD\\s+100\\s+\\d+\\.\\d+")
                .containsPattern("DU1234567\\s+MSFT\\s+STK\\s+USD\\s+50\\s+\\d+\\.\\d+");
    }

    @Test
    void positionsAsJson() throws Exception {
        CliRun run = CliRun.of("positions", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode positions = JSON.readTree(run.out());
        assertThat(positions).hasSize(2);
        assertThat(positions.findValuesAsText("symbol")).containsExactlyInAnyOrder("AAPL", "MSFT");
    }

    @Test
    void ordersShowTheRestingAndTheCompletedOnes() {
        CliRun run = CliRun.of("orders");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Open orders: 2", "Completed orders: 2")
                .containsPattern("\\d+\\s+90\\s+AAPL\\s+SELL 100 LMT \\d+\\.\\d+ GTC\\s+Submitted")
                .containsPattern("\\d+\\s+90\\s+AAPL\\s+BUY 100 LMT \\d+\\.\\d+ GTC\\s+Submitted")
                .containsPattern("AAPL\\s+BUY 100 MKT DAY\\s+100\\s+20261118 10:00:\\d\\d America/New_York\\s+Filled")
                .containsPattern("MSFT\\s+BUY 50 MKT DAY\\s+50\\s+20261118 10:00:\\d\\d America/New_York\\s+Filled");
    }

    @Test
    void ordersAsJsonOpenOnly() throws Exception {
        CliRun run = CliRun.of("orders", "--open", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode orders = JSON.readTree(run.out());
        assertThat(orders.has("completed")).isFalse();
        assertThat(orders.get("open")).hasSize(2);
    }

    @Test
    void accountShowsTheSummaryOfEachAccount() {
        CliRun run = CliRun.of("account");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("DU1234567")
                .containsPattern("NetLiquidation\\s+\\d+\\.\\d\\d USD")
                .containsPattern("TotalCashValue\\s+\\d+\\.\\d\\d USD")
                .containsPattern("GrossPositionValue\\s+\\d+\\.\\d\\d USD")
                .containsPattern("BuyingPower\\s+\\d+\\.\\d\\d USD");
    }

    @Test
    void commandsReadFromTheGatewayTheyAreGiven() throws Exception {
        try (SimulatedGateway gateway = SimulatedGateway.builder().accounts(List.of("DU7", "DU8")).build().start()) {
            CliRun account = CliRun.of("account", "--json", "--gateway", gateway.address(), "--client-id", "5");
            CliRun positions = CliRun.of("positions", "--gateway", gateway.address());

            assertThat(account.exitCode()).as(account.err()).isZero();
            assertThat(JSON.readTree(account.out()).fieldNames()).toIterable().containsExactly("DU7", "DU8");
            assertThat(positions.exitCode()).isZero();
            assertThat(positions.out()).isEqualTo("Positions at " + gateway.address() + System.lineSeparator()
                    + "(no positions)" + System.lineSeparator());
        }
    }
}
