package io.tws4j.client;

import io.tws4j.client.config.ConfigUpdateQuery;
import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import io.tws4j.connection.ServerLogLevel;
import io.tws4j.connection.UserInfo;
import io.tws4j.connection.VerifyChallenge;
import java.util.concurrent.CompletableFuture;

/**
 * One surface of a client for scenario tests that run through both: the blocking surface as it
 * is, the asynchronous one waiting on its futures (bounded) and throwing the error a future failed with.
 */
enum ConfigSurface {
    BLOCKING {
        @Override
        Configuration config(TwsClient client) {
            return client.config();
        }

        @Override
        ConfigUpdateQuery<?> updateConfig(TwsClient client) {
            return client.updateConfig();
        }

        @Override
        ConfigUpdateResult send(ConfigUpdateQuery<?> query) {
            return (ConfigUpdateResult) query.send();
        }

        @Override
        UserInfo userInfo(TwsClient client) {
            return client.userInfo();
        }

        @Override
        void setServerLogLevel(TwsClient client, ServerLogLevel level) {
            client.setServerLogLevel(level);
        }

        @Override
        VerifyChallenge verifyRequest(TwsClient client, String apiName, String apiVersion) {
            return client.verifyRequest(apiName, apiVersion);
        }

        @Override
        void verifyMessage(TwsClient client, String apiData) {
            client.verifyMessage(apiData);
        }
    },
    ASYNC {
        @Override
        Configuration config(TwsClient client) {
            return Futures.await(client.async().config());
        }

        @Override
        ConfigUpdateQuery<?> updateConfig(TwsClient client) {
            return client.async().updateConfig();
        }

        @Override
        ConfigUpdateResult send(ConfigUpdateQuery<?> query) {
            return (ConfigUpdateResult) Futures.await((CompletableFuture<?>) query.send());
        }

        @Override
        UserInfo userInfo(TwsClient client) {
            return Futures.await(client.async().userInfo());
        }

        @Override
        void setServerLogLevel(TwsClient client, ServerLogLevel level) {
            Futures.await(client.async().setServerLogLevel(level));
        }

        @Override
        VerifyChallenge verifyRequest(TwsClient client, String apiName, String apiVersion) {
            return Futures.await(client.async().verifyRequest(apiName, apiVersion));
        }

        @Override
        void verifyMessage(TwsClient client, String apiData) {
            Futures.await(client.async().verifyMessage(apiData));
        }
    };

    abstract Configuration config(TwsClient client);

    abstract ConfigUpdateQuery<?> updateConfig(TwsClient client);

    /** Sends a query made by {@link #updateConfig} of this surface and returns TWS's answer. */
    abstract ConfigUpdateResult send(ConfigUpdateQuery<?> query);

    abstract UserInfo userInfo(TwsClient client);

    abstract void setServerLogLevel(TwsClient client, ServerLogLevel level);

    abstract VerifyChallenge verifyRequest(TwsClient client, String apiName, String apiVersion);

    abstract void verifyMessage(TwsClient client, String apiData);
}
