package dk.samarbejdsplan.model;

/** What the builders share: the check of a required value. */
final class Builders {
    private Builders() {
    }

    /**
     * A required value of a builder.
     *
     * @param value the value set, or {@code null} when none was
     * @param builder the builder, such as {@code "Forum.Builder"}
     * @param field the field and its setter, such as {@code "id"}
     * @return the value
     * @throws NullPointerException naming the field and the builder (in Danish, the library's language), if the
     *         value is {@code null}
     */
    static <T> T required(T value, String builder, String field) {
        if (value == null) {
            throw new NullPointerException(builder + ".build(): det påkrævede felt \"" + field
                    + "\" mangler — sæt det med " + field + "(…) før build()");
        }
        return value;
    }
}
