package io.tws4j.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;

/** A subscriber that records what it receives and requests a fixed amount up front. */
final class RecordingSubscriber<T> implements Flow.Subscriber<T> {
    private final long initialDemand;
    private final List<T> items = new CopyOnWriteArrayList<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private volatile Flow.Subscription subscription;
    private volatile Throwable error;
    private volatile boolean completed;

    RecordingSubscriber(long initialDemand) {
        this.initialDemand = initialDemand;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (initialDemand > 0) {
            subscription.request(initialDemand);
        }
    }

    @Override
    public void onNext(T item) {
        threads.add(Thread.currentThread().getName());
        items.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
        error = throwable;
    }

    @Override
    public void onComplete() {
        completed = true;
    }

    void request(long n) {
        subscription.request(n);
    }

    void cancel() {
        subscription.cancel();
    }

    List<T> items() {
        return List.copyOf(items);
    }

    List<String> threads() {
        return List.copyOf(threads);
    }

    Throwable error() {
        return error;
    }

    boolean isDone() {
        return error != null || completed;
    }

    boolean isCompleted() {
        return completed;
    }
}
