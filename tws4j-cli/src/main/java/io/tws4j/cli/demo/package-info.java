/** {@code tws4j demo}: one {@code DemoStep} per capability, run in order against one connection. */
package io.tws4j.cli.demo;
