package io.tws4j.client.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemBufferTest {

    @Test
    void refusesItemsBeyondItsCapacity() {
        ItemBuffer buffer = new ItemBuffer(3);

        assertThat(buffer.offer("a")).isTrue();
        assertThat(buffer.offer("b")).isTrue();
        assertThat(buffer.offer("c")).isTrue();
        assertThat(buffer.offer("d")).isFalse();
        assertThat(buffer.size()).isEqualTo(3);
    }

    @Test
    void deliversQueuedItemsBeforeTheEnd() throws InterruptedException {
        ItemBuffer buffer = new ItemBuffer(10);
        buffer.offer(1);
        buffer.offer(2);
        buffer.terminate(Terminal.COMPLETED);

        assertThat(buffer.take()).isEqualTo(1);
        assertThat(buffer.isDrained()).isFalse();
        assertThat(buffer.take()).isEqualTo(2);
        assertThat(buffer.take()).isSameAs(Terminal.COMPLETED);
        assertThat(buffer.take()).isSameAs(Terminal.COMPLETED);
        assertThat(buffer.isDrained()).isTrue();
    }

    @Test
    void theEndIsVisibleBeforeTheItemsQueuedAheadOfItAreTaken() throws InterruptedException {
        ItemBuffer buffer = new ItemBuffer(10);
        buffer.offer(1);
        assertThat(buffer.terminal()).isNull();

        Terminal failed = new Terminal(new io.tws4j.client.ClientClosedException());
        buffer.terminate(failed);

        assertThat(buffer.terminal()).isSameAs(failed);
        assertThat(buffer.size()).isEqualTo(1);
        assertThat(buffer.take()).isEqualTo(1);
        assertThat(buffer.take()).isSameAs(failed);
    }

    @Test
    void theEndWakesAThreadWaitingForSomethingElse() throws Exception {
        ItemBuffer buffer = new ItemBuffer(10);
        CompletableFuture<Terminal> seen = new CompletableFuture<>();
        Thread watcher = Thread.ofVirtual().start(() -> {
            buffer.wakeOnEnd(Thread.currentThread());
            while (buffer.terminal() == null) {
                java.util.concurrent.locks.LockSupport.park();
            }
            seen.complete(buffer.terminal());
        });

        buffer.terminate(Terminal.COMPLETED);

        assertThat(seen.get(10, TimeUnit.SECONDS)).isSameAs(Terminal.COMPLETED);
        watcher.join();
    }

    @Test
    void timedTakeReturnsNullWhenNothingComes() throws InterruptedException {
        assertThat(new ItemBuffer(4).take(TimeUnit.MILLISECONDS.toNanos(20))).isNull();
        assertThat(new ItemBuffer(4).take(0)).isNull();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void producerAndConsumerThreadsLoseNothingAndKeepOrder(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        int count = 50_000 + random.nextInt(10_000);
        ItemBuffer buffer = new ItemBuffer(count);
        CompletableFuture<List<Object>> consumed = CompletableFuture.supplyAsync(() -> {
            List<Object> items = new ArrayList<>();
            try {
                for (Object item = buffer.take(); !(item instanceof Terminal); item = buffer.take()) {
                    items.add(item);
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return items;
        });
        for (int i = 0; i < count; i++) {
            assertThat(buffer.offer(i)).isTrue();
        }
        buffer.terminate(Terminal.COMPLETED);

        List<Object> items = consumed.get(30, TimeUnit.SECONDS);
        assertThat(items).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(items.get(i)).isEqualTo(i);
        }
    }
}
