/** Blocking recipes: each a {@code main} that takes an optional {@code host:port}. */
package io.tws4j.examples.blocking;
