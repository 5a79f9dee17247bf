package io.tws4j.examples.blocking;

import io.tws4j.accounts.AccountSummaryEnd;
import io.tws4j.accounts.AccountSummaryTag;
import io.tws4j.accounts.AccountSummaryUpdate;
import io.tws4j.accounts.AccountValue;
import io.tws4j.accounts.Position;
import io.tws4j.accounts.PositionUpdate;
import io.tws4j.accounts.PositionsEnd;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.examples.ExampleGateway;
import java.util.List;

/** Prints the positions of every account, then the net liquidation value and cash. Argument: {@code [host:port]}. */
public final class PositionsExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            try (Subscription<PositionUpdate> positions = client.positions()) {
                for (PositionUpdate update : positions.data()) {
                    if (update instanceof Position position) {
                        System.out.println(position.account() + " holds " + position.position() + " "
                                + position.contract().symbol() + " at " + position.averageCost());
                    } else if (update instanceof PositionsEnd) {
                        System.out.println("Positions listed");
                        break;
                    }
                }
            }
            try (Subscription<AccountSummaryUpdate> summary = client.accountSummary("All",
                    List.of(AccountSummaryTag.NET_LIQUIDATION, AccountSummaryTag.TOTAL_CASH_VALUE))) {
                for (AccountSummaryUpdate update : summary.data()) {
                    if (update instanceof AccountValue value) {
                        System.out.println(value.account() + " " + value.key() + ": " + value.value() + " " + value.currency());
                    } else if (update instanceof AccountSummaryEnd) {
                        break;
                    }
                }
            }
        }
    }
}
