/** An example of a system that embeds the library: read, validate, export (see the README, "Embedding the library"). */
module dk.samarbejdsplan.examples.embedding {
    requires dk.samarbejdsplan.model;
    requires dk.samarbejdsplan.validation;
    requires dk.samarbejdsplan.export;
}
