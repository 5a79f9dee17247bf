/**
 * News: bulletins, and (with the news domain) providers, articles and headlines.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.news;
