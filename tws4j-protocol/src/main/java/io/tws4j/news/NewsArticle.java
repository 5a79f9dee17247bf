package io.tws4j.news;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The body of a news article: text (plain or HTML), or a binary document (a PDF, say), which
 * TWS sends Base64-encoded.
 *
 * {@snippet :
 * NewsArticle article = client.newsArticle("BRFG", headline.articleId());
 * if (article.type() == NewsArticle.Type.TEXT) {
 *     System.out.println(article.text());
 * } else {
 *     Files.write(Path.of("article.pdf"), article.bytes());
 * }
 * }
 *
 * @param type text or binary
 * @param text the text, or the Base64 encoding of a binary document
 */
public record NewsArticle(Type type, String text) {

    public NewsArticle {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Returns the bytes of a binary article, or of a text one in UTF-8.
     *
     * @throws IllegalArgumentException if a binary article's text is not Base64
     */
    public byte[] bytes() {
        return type == Type.BINARY ? Base64.getMimeDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
    }

    /** The kinds of article body, numbered as on the wire. */
    public enum Type {
        /** Plain text or HTML. */
        TEXT(0),
        /** A binary document, Base64-encoded. */
        BINARY(1),
        /** A type this version of tws4j does not know; the text is kept as sent. */
        UNKNOWN(-1);

        private final int wireValue;

        Type(int wireValue) {
            this.wireValue = wireValue;
        }

        /** Returns the number that travels. */
        public int wireValue() {
            return wireValue;
        }

        /** Returns the type of a wire number, or {@link #UNKNOWN}. */
        public static Type of(int wireValue) {
            return switch (wireValue) {
                case 0 -> TEXT;
                case 1 -> BINARY;
                default -> UNKNOWN;
            };
        }
    }
}
