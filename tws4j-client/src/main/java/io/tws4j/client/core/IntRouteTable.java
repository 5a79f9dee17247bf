package io.tws4j.client.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Routes keyed by an int id (request ids, order ids). Reads, done by the reader thread for every
 * message, take no lock and allocate nothing; writes copy the table, which stays small.
 */
final class IntRouteTable {
    private volatile Table table = new Table(new int[8], new Route[8], 0);

    /** Returns the route registered under {@code id}, or null. */
    Route get(int id) {
        Table t = table;
        int mask = t.keys.length - 1;
        for (int slot = mix(id) & mask; ; slot = (slot + 1) & mask) {
            Route route = t.routes[slot];
            if (route == null) {
                return null;
            }
            if (t.keys[slot] == id) {
                return route;
            }
        }
    }

    /** Registers a route; returns the route it replaced, or null. */
    synchronized Route put(int id, Route route) {
        List<Object[]> entries = entries();
        Route previous = null;
        for (Object[] entry : entries) {
            if ((int) entry[0] == id) {
                previous = (Route) entry[1];
                entry[1] = route;
            }
        }
        if (previous == null) {
            entries.add(new Object[] {id, route});
        }
        table = build(entries);
        return previous;
    }

    /** Removes the route under {@code id} if it is {@code route}. */
    synchronized void remove(int id, Route route) {
        if (get(id) != route) {
            return;
        }
        List<Object[]> entries = entries();
        entries.removeIf(entry -> (int) entry[0] == id);
        table = build(entries);
    }

    /** Returns every registered route. */
    List<Route> routes() {
        Table t = table;
        List<Route> routes = new ArrayList<>(t.count);
        for (Route route : t.routes) {
            if (route != null) {
                routes.add(route);
            }
        }
        return routes;
    }

    private List<Object[]> entries() {
        Table t = table;
        List<Object[]> entries = new ArrayList<>(t.count + 1);
        for (int i = 0; i < t.keys.length; i++) {
            if (t.routes[i] != null) {
                entries.add(new Object[] {t.keys[i], t.routes[i]});
            }
        }
        return entries;
    }

    private static Table build(List<Object[]> entries) {
        int size = 8;
        while (size < entries.size() * 2) {
            size *= 2;
        }
        int[] keys = new int[size];
        Route[] routes = new Route[size];
        for (Object[] entry : entries) {
            int id = (int) entry[0];
            int slot = mix(id) & (size - 1);
            while (routes[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            keys[slot] = id;
            routes[slot] = (Route) entry[1];
        }
        return new Table(keys, routes, entries.size());
    }

    private static int mix(int id) {
        int h = id * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private record Table(int[] keys, Route[] routes, int count) {}
}
