package io.tws4j.orders;

/** What to do with an option: exercise it, or let it lapse. */
public enum ExerciseAction {
    EXERCISE(1), LAPSE(2);

    private final int wireValue;

    ExerciseAction(int wireValue) {
        this.wireValue = wireValue;
    }

    /** Returns the number that travels. */
    public int wireValue() {
        return wireValue;
    }

    /** Returns the action a number names. */
    public static ExerciseAction of(int value) {
        return value == 2 ? LAPSE : EXERCISE;
    }
}
