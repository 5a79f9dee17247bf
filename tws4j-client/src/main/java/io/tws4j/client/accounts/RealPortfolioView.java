package io.tws4j.client.accounts;

import io.tws4j.accounts.AccountUpdate;
import io.tws4j.accounts.AccountUpdateTime;
import io.tws4j.accounts.AccountUpdatesEnd;
import io.tws4j.accounts.AccountValue;
import io.tws4j.accounts.PortfolioValue;
import io.tws4j.accounts.Position;
import io.tws4j.accounts.PositionUpdate;
import io.tws4j.accounts.PositionsEnd;
import io.tws4j.client.RequestTimeoutException;
import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsException;
import io.tws4j.client.core.BlockingSubscription;
import io.tws4j.client.core.Core;
import io.tws4j.client.orders.RealAsyncOrdersApi;
import io.tws4j.client.orders.RealOrdersApi;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live portfolio view: three streams (positions, account updates, order updates), each read
 * by a virtual thread of its own that folds it into the state, and an immutable snapshot
 * published after every change. The order stream opens before the open orders are listed, so
 * that no change between the two is lost. Across a reconnect the streams resume (as the client's
 * options say): positions and portfolio entries are then listed afresh, and those the new lists
 * leave out (closed during the gap) are dropped at their end markers.
 */
final class RealPortfolioView implements PortfolioView {
    private static final Logger log = LoggerFactory.getLogger(RealPortfolioView.class);

    private final String account;
    private final AtomicReference<PortfolioSnapshot> snapshot;
    private final Map<Integer, Position> positions = new LinkedHashMap<>();
    private final Map<Integer, PortfolioValue> portfolio = new LinkedHashMap<>();
    private final Map<String, AccountValue> values = new LinkedHashMap<>();
    private final Map<Integer, OpenOrder> openOrders = new LinkedHashMap<>();
    private final List<Subscription<?>> streams = new ArrayList<>();
    private final CompletableFuture<Void> positionsLoaded = new CompletableFuture<>();
    private final CompletableFuture<Void> accountLoaded = new CompletableFuture<>();
    private volatile boolean live = true;
    private AccountUpdateTime updateTime;
    /** While positions are listed afresh after a resume: the conIds listed so far; null otherwise. */
    private Set<Integer> positionsRelisted;
    /** While account updates are listed afresh after a resume: the conIds of the portfolio listed so far. */
    private Set<Integer> portfolioRelisted;

    private RealPortfolioView(String account) {
        this.account = account;
        this.snapshot = new AtomicReference<>(PortfolioSnapshot.empty(account));
    }

    /** Opens the view's streams; the future completes once positions, account values and open orders are in. */
    static CompletableFuture<PortfolioView> open(Core core, String account) {
        RealPortfolioView view;
        try {
            String wanted = account.isEmpty() ? AccountsRequests.defaultAccount(core) : account;
            AccountsRequests.requireManaged(core, wanted);
            view = new RealPortfolioView(wanted);
            view.start(core);
        } catch (TwsException e) {
            return CompletableFuture.failedFuture(e);
        }
        Duration limit = core.options().requestTimeout();
        return CompletableFuture.allOf(view.positionsLoaded, view.accountLoaded)
                .orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS)
                .thenCompose(loaded -> new RealAsyncOrdersApi(core).openOrders())
                .thenApply(orders -> {
                    view.addOpenOrders(orders);
                    return (PortfolioView) view;
                })
                .handle((opened, error) -> {
                    if (error == null) {
                        return CompletableFuture.completedFuture(opened);
                    }
                    view.close();
                    Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                    return CompletableFuture.<PortfolioView>failedFuture(cause instanceof TimeoutException
                            ? new RequestTimeoutException("the portfolio view of " + view.account, limit) : cause);
                })
                .thenCompose(result -> result);
    }

    private void start(Core core) {
        Subscription<AccountUpdate> accountStream = new BlockingSubscription<>(core.openShared(AccountsRequests.accountUpdates(core, account)));
        streams.add(accountStream);
        Subscription<PositionUpdate> positionStream;
        Subscription<OrderUpdate> orders;
        try {
            positionStream = new BlockingSubscription<>(core.openShared(AccountsRequests.positions()));
            streams.add(positionStream);
            orders = new RealOrdersApi(core).orderUpdateStream();
            streams.add(orders);
        } catch (TwsException e) {
            close();
            throw e;
        }
        follow("orders", orders, this::apply, () -> { });
        follow("positions", positionStream, this::apply, this::relistPositions);
        follow("account", accountStream, this::apply, this::relistPortfolio);
    }

    /**
     * Folds a stream into the state on a thread of its own; {@code onResubscribed} runs when the
     * stream's request was sent again and its answer starts over.
     */
    private <T> void follow(String name, Subscription<T> stream, Consumer<T> apply, Runnable onResubscribed) {
        Thread.ofVirtual().name("tws4j-portfolio-" + name + "-" + account).start(() -> {
            try {
                for (StreamItem<T> item : stream) {
                    switch (item) {
                        case StreamItem.Data<T>(var value) -> apply.accept(value);
                        case StreamItem.Notice<T>(var notice) -> log.warn("portfolio view of {}: {}", account, notice);
                        case StreamItem.Resumed<T> resumed when !resumed.dataMaintained() -> onResubscribed.run();
                        default -> log.info("portfolio view of {}: the {} stream: {}", account, name, item);
                    }
                }
            } catch (TwsException e) {
                log.warn("portfolio view of {}: the {} stream ended: {}", account, name, e.getMessage());
                positionsLoaded.completeExceptionally(e);
                accountLoaded.completeExceptionally(e);
            } finally {
                live = false;
            }
        });
    }

    private synchronized void apply(PositionUpdate update) {
        switch (update) {
            case Position position -> {
                if (position.account().equals(account)) {
                    positions.put(position.contract().conId(), position);
                    if (positionsRelisted != null) {
                        positionsRelisted.add(position.contract().conId());
                    }
                }
            }
            case PositionsEnd end -> {
                if (positionsRelisted != null) {
                    positions.keySet().retainAll(positionsRelisted);
                    positionsRelisted = null;
                }
                positionsLoaded.complete(null);
            }
        }
        publish();
    }

    private synchronized void relistPositions() {
        positionsRelisted = new HashSet<>();
    }

    private synchronized void relistPortfolio() {
        portfolioRelisted = new HashSet<>();
    }

    private synchronized void apply(AccountUpdate update) {
        switch (update) {
            case AccountValue value -> values.put(value.key() + "/" + value.currency(), value);
            case PortfolioValue entry -> {
                portfolio.put(entry.contract().conId(), entry);
                if (portfolioRelisted != null) {
                    portfolioRelisted.add(entry.contract().conId());
                }
            }
            case AccountUpdateTime time -> updateTime = time;
            case AccountUpdatesEnd end -> {
                if (portfolioRelisted != null) {
                    portfolio.keySet().retainAll(portfolioRelisted);
                    portfolioRelisted = null;
                }
                accountLoaded.complete(null);
            }
        }
        publish();
    }

    private synchronized void apply(OrderUpdate update) {
        switch (update) {
            case OpenOrder open -> {
                if (open.order().account().isEmpty() || open.order().account().equals(account)) {
                    if (open.state().status().isTerminal()) {
                        openOrders.remove(open.orderId());
                    } else {
                        openOrders.put(open.orderId(), open);
                    }
                }
            }
            case OrderStatusUpdate status -> {
                if (status.status().isTerminal()) {
                    openOrders.remove(status.orderId());
                }
            }
            default -> { }
        }
        publish();
    }

    private synchronized void addOpenOrders(List<OpenOrder> listed) {
        listed.forEach(open -> openOrders.putIfAbsent(open.orderId(), open));
        publish();
    }

    private void publish() {
        snapshot.set(new PortfolioSnapshot(account, List.copyOf(positions.values()), List.copyOf(portfolio.values()),
                List.copyOf(values.values()), List.copyOf(openOrders.values()),
                Optional.ofNullable(updateTime).map(AccountUpdateTime::time)));
    }

    @Override
    public String account() {
        return account;
    }

    @Override
    public PortfolioSnapshot snapshot() {
        return snapshot.get();
    }

    @Override
    public boolean isLive() {
        return live;
    }

    @Override
    public void close() {
        live = false;
        streams.forEach(Subscription::close);
    }
}
