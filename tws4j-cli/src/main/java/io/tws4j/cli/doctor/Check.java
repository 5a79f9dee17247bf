package io.tws4j.cli.doctor;

/**
 * One finding of {@code tws4j doctor}: what was checked, how it stands, what was seen, and (when
 * it is not fine) what to do.
 *
 * @param name what was checked, e.g. {@code read-only API}
 * @param status how it stands
 * @param detail what was seen
 * @param advice what to do about it; empty when nothing is to be done
 */
record Check(String name, Status status, String detail, String advice) {

    /** How a check stands; {@link #WARN} and {@link #FAIL} need fixing and make the exit code 1. */
    enum Status {
        OK("✓"), INFO("·"), WARN("!"), FAIL("✗");

        private final String mark;

        Status(String mark) {
            this.mark = mark;
        }

        String mark() {
            return mark;
        }

        boolean needsFixing() {
            return this == WARN || this == FAIL;
        }
    }

    static Check ok(String name, String detail) {
        return new Check(name, Status.OK, detail, "");
    }

    static Check info(String name, String detail) {
        return new Check(name, Status.INFO, detail, "");
    }

    static Check warn(String name, String detail, String advice) {
        return new Check(name, Status.WARN, detail, advice);
    }

    static Check fail(String name, String detail, String advice) {
        return new Check(name, Status.FAIL, detail, advice);
    }
}
