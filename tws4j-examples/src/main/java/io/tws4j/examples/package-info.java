/** Runnable recipes: blocking ones in {@code blocking}, their async twins in {@code async}. */
package io.tws4j.examples;
