package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.accounts.AccountSummaryEnd;
import io.tws4j.accounts.AccountSummaryTag;
import io.tws4j.accounts.AccountSummaryUpdate;
import io.tws4j.accounts.AccountUpdate;
import io.tws4j.accounts.AccountUpdateTime;
import io.tws4j.accounts.AccountUpdatesEnd;
import io.tws4j.accounts.AccountValue;
import io.tws4j.accounts.FaDataType;
import io.tws4j.accounts.FamilyCode;
import io.tws4j.accounts.Pnl;
import io.tws4j.accounts.PnlSingle;
import io.tws4j.accounts.PortfolioValue;
import io.tws4j.accounts.Position;
import io.tws4j.accounts.PositionUpdate;
import io.tws4j.accounts.PositionsEnd;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OrderStatus;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Accounts through both surfaces: positions, account updates and summaries, profit and loss, all kept by the fills. */
class AccountsIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> Markets.trading(10));

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void positionsStartEmptyAndFollowTheFills(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(client);
            try (Items<PositionUpdate> positions = trading.positions()) {
                assertThat(positions.next(PositionUpdate.class)).isEqualTo(PositionsEnd.INSTANCE);

                Fill fill = buy(trading, 100);

                Position aapl = positions.next(Position.class);
                assertThat(aapl.account()).isEqualTo(Markets.ACCOUNT);
                assertThat(aapl.contract().conId()).isEqualTo(Markets.AAPL_CONID);
                assertThat(aapl.position()).isEqualByComparingTo("100");
                assertThat(aapl.averageCost()).isCloseTo(fill.execution().price() + 0.01, Offset.offset(1e-9));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void theAccountSummaryTellsCashAndNetLiquidationBeforeAndAfterAFill(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(client);
            List<AccountSummaryTag> tags = List.of(AccountSummaryTag.NET_LIQUIDATION, AccountSummaryTag.TOTAL_CASH_VALUE,
                    AccountSummaryTag.BUYING_POWER, AccountSummaryTag.AVAILABLE_FUNDS, AccountSummaryTag.ACCOUNT_TYPE);
            try (Items<AccountSummaryUpdate> summary = trading.accountSummary("All", tags)) {
                assertThat(value(summary, "NetLiquidation")).isEqualByComparingTo("1000000.00");
                assertThat(value(summary, "AccountType")).isNull();
                skipTo(summary);

                Fill fill = buy(trading, 100);

                BigDecimal cash = value(summary, "TotalCashValue");
                double cost = 100 * fill.execution().price() + fill.commission().orElseThrow().commission();
                assertThat(cash.doubleValue()).isCloseTo(1_000_000 - cost, Offset.offset(0.005));
                assertThat(value(summary, "BuyingPower")).isPositive();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void accountUpdatesSendValuesPortfolioTimeAndTheEndThenChanges(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(client);
            try (Items<AccountUpdate> updates = trading.accountUpdates(Markets.ACCOUNT)) {
                AccountValue netLiquidation = (AccountValue) updates.nextData(u -> u instanceof AccountValue v
                        && v.key().equals("NetLiquidation"));
                assertThat(netLiquidation.currency()).isEqualTo("USD");
                assertThat(updates.next(AccountUpdateTime.class).time()).isNotNull();
                assertThat(updates.next(AccountUpdatesEnd.class).account()).isEqualTo(Markets.ACCOUNT);

                buy(trading, 10);

                PortfolioValue entry = updates.next(PortfolioValue.class);
                assertThat(entry.contract().conId()).isEqualTo(Markets.AAPL_CONID);
                assertThat(entry.position()).isEqualByComparingTo("10");
                assertThat(entry.marketValue()).isCloseTo(10 * entry.marketPrice(), Offset.offset(1e-6));
                assertThat(entry.unrealizedPnl()).isCloseTo(entry.marketValue() - 10 * entry.averageCost(), Offset.offset(1e-6));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void profitAndLossStreamsFollowTheAccountAndThePosition(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(client);
            Fill bought = buy(trading, 100);
            Fill sold = sell(trading, 40);
            double realized = 40 * (sold.execution().price() - bought.execution().price())
                    - 40 * bought.commission().orElseThrow().commission() / 100 - sold.commission().orElseThrow().commission();
            try (Items<Pnl> pnl = trading.pnl(Markets.ACCOUNT, "");
                 Items<PnlSingle> single = trading.pnlSingle(Markets.ACCOUNT, "", Markets.AAPL_CONID)) {
                Pnl account = pnl.next(Pnl.class);
                assertThat(account.realized()).isCloseTo(realized, Offset.offset(1e-6));
                assertThat(account.daily()).isCloseTo(account.realized() + account.unrealized(), Offset.offset(1e-6));
                PnlSingle position = single.next(PnlSingle.class);
                assertThat(position.position()).isEqualByComparingTo("60");
                assertThat(position.realized()).isCloseTo(realized, Offset.offset(1e-6));
                assertThat(pnl.next(Pnl.class)).as("a second one a second later").isNotNull();
            }
            assertThatThrownBy(() -> trading.pnl("", "").next()).as("a feed reports it to its subscriber")
                    .isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> trading.pnl("DU999", "").next()).isInstanceOfSatisfying(RequestRejectedException.class,
                    e -> assertThat(e.code()).isEqualTo(321));
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void positionsAndAccountUpdatesByAccountAndModel(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(client);
            buy(trading, 10);
            try (Items<PositionUpdate> positions = trading.positionsMulti(Markets.ACCOUNT, "");
                 Items<AccountUpdate> values = trading.accountUpdatesMulti(Markets.ACCOUNT, "", true)) {
                assertThat(positions.next(Position.class).position()).isEqualByComparingTo("10");
                assertThat(positions.next(PositionUpdate.class)).isEqualTo(PositionsEnd.INSTANCE);
                List<String> keys = new ArrayList<>();
                AccountUpdate update;
                while (!((update = values.next(AccountUpdate.class)) instanceof AccountUpdatesEnd)) {
                    keys.add(((AccountValue) update).key());
                }
                assertThat(keys).contains("NetLiquidation", "TotalCashBalance").doesNotContain("BuyingPower");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void familyCodesTiersAndTheAdvisorConfigurationOfASingleAccount(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(client);

            assertThat(trading.familyCodes()).containsExactly(new FamilyCode(Markets.ACCOUNT, ""));
            assertThat(trading.softDollarTiers()).isEmpty();
            assertThatThrownBy(() -> trading.requestFa(FaDataType.GROUPS))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(344));
            assertThatThrownBy(() -> trading.requestFa(FaDataType.PROFILES)).isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> trading.accountUpdates("DU999").next()).isInstanceOf(InvalidRequestException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void anAdvisorReadsAndReplacesItsGroupsAndStreamsOneAccountAtATime(TradingSurface surface) {
        try (SimulatedGateway advisor = Markets.trading(10).accounts(List.of("DU100", "DU200")).build().start();
             TwsClient client = TwsClient.connect(TestOptions.against(advisor, 1).build())) {
            Trading trading = surface.of(client);

            assertThat(trading.requestFa(FaDataType.GROUPS)).contains("<String>DU100</String>", "<String>DU200</String>");
            String replaced = "<ListOfGroups><Group><name>Mine</name></Group></ListOfGroups>";
            assertThat(trading.replaceFa(FaDataType.GROUPS, replaced)).isEqualTo("GROUPS replaced");
            assertThat(trading.requestFa(FaDataType.GROUPS)).isEqualTo(replaced);
            try (Items<AccountUpdate> first = trading.accountUpdates("DU100")) {
                assertThat(first.next(AccountUpdate.class)).isNotNull();
                assertThatThrownBy(() -> trading.accountUpdates("DU200").next()).isInstanceOf(InvalidRequestException.class)
                        .hasMessageContaining("one account at a time");
            }
        }
    }

    private static Fill buy(Trading trading, int quantity) {
        try (Trading.Watched order = trading.place(Markets.aapl(), o -> o.buy(quantity).market())) {
            assertThat(order.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
            assertThat(order.fills()).hasSize(1);
            return order.fills().getFirst();
        }
    }

    private static Fill sell(Trading trading, int quantity) {
        try (Trading.Watched order = trading.place(Markets.aapl(), o -> o.sell(quantity).market())) {
            assertThat(order.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
            return order.fills().getFirst();
        }
    }

    /** Reads the summary up to the value of {@code key} and returns it as a number (null for a non-number). */
    private static BigDecimal value(Items<AccountSummaryUpdate> summary, String key) {
        AccountValue value = (AccountValue) summary.nextData(u -> u instanceof AccountValue v && v.key().equals(key));
        return value.decimal().orElse(null);
    }

    private static void skipTo(Items<AccountSummaryUpdate> summary) {
        summary.next(AccountSummaryEnd.class);
    }
}
