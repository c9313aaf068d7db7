/**
 * Publishing a cooperation plan (<i>samarbejdsplan</i>) as a library: {@link dk.samarbejdsplan.publication.Publisher}
 * writes the annual publication (index.html and one file per other format) into a folder, all or nothing, with
 * the options of the command line tool (language, formats, templates, plugin folder, time limit, exporter
 * parameters) and messages with stable codes ({@code PUB-nnn}) in Danish and English.
 * {@link dk.samarbejdsplan.publication.AllOrNothing} is the staging and swap underneath, for callers that write
 * a folder of their own (a site of several years).
 */
module dk.samarbejdsplan.publication {
    requires transitive dk.samarbejdsplan.model;
    requires transitive dk.samarbejdsplan.export;
    // the site (SitePublisher): pages from Velocity templates, the catalogue written with Jackson's generator.
    // Velocity is an automatic module: the two explicit modules it needs must be named here (see exporter-html)
    requires velocity.engine.core;
    requires org.slf4j;
    requires org.apache.commons.lang3;
    requires tools.jackson.core;

    exports dk.samarbejdsplan.publication;
}
