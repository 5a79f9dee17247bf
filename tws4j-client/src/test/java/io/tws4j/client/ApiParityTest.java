package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The async surface mirrors the blocking one method for method: same names and parameters, with
 * {@code T} becoming {@code CompletableFuture<T>}, {@code void} becoming {@code CompletableFuture<Void>},
 * {@code Subscription<T>} becoming {@code Feed<T>}, a query builder {@code XQuery<T>} becoming
 * {@code XQuery<CompletableFuture<T>>} (each type argument of a query with several terminals
 * mapped alike: {@code XQuery<T, Subscription<U>>} becoming {@code XQuery<CompletableFuture<T>, Feed<U>>}),
 * and a type of the client's own with an asynchronous twin {@code X} becoming {@code AsyncX} (the
 * order builder and handle, whose terminals differ by surface).
 * Local accessors that send nothing keep their types.
 * Exceptions, each with its reason, are listed here.
 */
class ApiParityTest {
    /** Methods without an async twin, and why. */
    private static final Map<String, String> KNOWN_DEVIATIONS = Map.of(
            "async", "switches to the other surface",
            "blocking", "switches to the other surface");
    /** Methods that send nothing and answer from local state on both surfaces. */
    private static final Set<String> LOCAL = Set.of("options", "connectionInfo", "serverVersion", "isConnected",
            "nextOrderId", "close", "closeNow", "pacing");

    @Test
    void everyBlockingMethodHasAnAsyncTwin() {
        List<String> problems = new ArrayList<>();
        for (Method blocking : TwsClient.class.getMethods()) {
            if (Modifier.isStatic(blocking.getModifiers()) || KNOWN_DEVIATIONS.containsKey(blocking.getName())) {
                continue;
            }
            Method async;
            try {
                async = AsyncTwsClient.class.getMethod(blocking.getName(), blocking.getParameterTypes());
            } catch (NoSuchMethodException e) {
                problems.add("no async " + signature(blocking));
                continue;
            }
            String expected = expectedAsyncType(blocking);
            if (!async.getGenericReturnType().getTypeName().equals(expected)) {
                problems.add(signature(blocking) + ": async returns " + async.getGenericReturnType().getTypeName()
                        + ", expected " + expected);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyAsyncMethodHasABlockingTwin() {
        List<String> missing = Arrays.stream(AsyncTwsClient.class.getMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()) && !KNOWN_DEVIATIONS.containsKey(method.getName()))
                .filter(method -> {
                    try {
                        TwsClient.class.getMethod(method.getName(), method.getParameterTypes());
                        return false;
                    } catch (NoSuchMethodException e) {
                        return true;
                    }
                })
                .map(ApiParityTest::signature)
                .toList();
        assertThat(missing).isEmpty();
    }

    private static String expectedAsyncType(Method blocking) {
        Type type = blocking.getGenericReturnType();
        if (LOCAL.contains(blocking.getName())) {
            return type.getTypeName();
        }
        if (type == void.class) {
            return CompletableFuture.class.getName() + "<java.lang.Void>";
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Subscription.class) {
            return asyncTerminal(type);
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && raw.getSimpleName().endsWith("Query")) {
            return raw.getName() + Arrays.stream(parameterized.getActualTypeArguments()).map(ApiParityTest::asyncTerminal)
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof Class<?> raw && raw.getPackageName().startsWith("io.tws4j.client")) {
            Optional<Class<?>> twin = asyncTwin(raw);
            if (twin.isPresent()) {
                return twin.get().getName();
            }
        }
        String boxed = switch (type.getTypeName()) {
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "double" -> "java.lang.Double";
            case "boolean" -> "java.lang.Boolean";
            default -> type.getTypeName();
        };
        return CompletableFuture.class.getName() + "<" + boxed + ">";
    }

    /** What a blocking result type becomes on the async surface: a subscription a feed, anything else its future. */
    private static String asyncTerminal(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Subscription.class) {
            return Feed.class.getName() + "<" + parameterized.getActualTypeArguments()[0].getTypeName() + ">";
        }
        return CompletableFuture.class.getName() + "<" + type.getTypeName() + ">";
    }

    /** Returns the asynchronous twin of a client type, {@code AsyncX} beside {@code X}, if it has one. */
    private static Optional<Class<?>> asyncTwin(Class<?> type) {
        try {
            return Optional.of(Class.forName(type.getPackageName() + ".Async" + type.getSimpleName()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.toString(method.getParameterTypes());
    }
}
