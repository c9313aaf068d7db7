/**
 * The {@code samarbejdsplan} command line tool: validates a plan and writes the annual publication.
 */
module dk.samarbejdsplan.cli {
    requires dk.samarbejdsplan.model;
    requires dk.samarbejdsplan.validation;
    requires dk.samarbejdsplan.export;
    requires dk.samarbejdsplan.publication;
    requires info.picocli;
    requires tools.jackson.core;

    opens dk.samarbejdsplan.cli to info.picocli;
    opens dk.samarbejdsplan.cli.internal to info.picocli;

    uses dk.samarbejdsplan.export.PlanExporter;
}
