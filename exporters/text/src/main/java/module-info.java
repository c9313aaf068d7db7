/**
 * The accessible text exporter (id {@code text}): the plan as linear plain text for screen readers and plain
 * printing. See {@link dk.samarbejdsplan.export.text} for the layout and the rules, and
 * {@link dk.samarbejdsplan.export.text.TextOptions} for the options.
 *
 * <p>Found through {@link java.util.ServiceLoader} as a {@link dk.samarbejdsplan.export.PlanExporter}; it
 * exports only its options type.
 */
module dk.samarbejdsplan.export.text {
    requires dk.samarbejdsplan.export;

    exports dk.samarbejdsplan.export.text;

    provides dk.samarbejdsplan.export.PlanExporter with dk.samarbejdsplan.export.text.internal.TextExporter;
}
