/**
 * The PDF exporter: the plan's publication as an accessible PDF (PDF/UA-1 and PDF/A-3a), written as XHTML by
 * Velocity templates inside this module and laid out by openhtmltopdf on Apache PDFBox, with an embedded font
 * (DejaVu Sans) shipped in the jar.
 *
 * <p>Provides {@link dk.samarbejdsplan.export.PlanExporter} with id {@code pdf}. The only exported package,
 * {@code dk.samarbejdsplan.export.pdf}, holds the exporter. The view records the templates read are exported
 * to Velocity alone.
 */
module dk.samarbejdsplan.export.pdf {
    requires transitive dk.samarbejdsplan.export;
    requires velocity.engine.core;
    // Velocity is an automatic module and cannot say what it needs (see the HTML exporter's module-info)
    requires org.slf4j;
    requires org.apache.commons.lang3;
    // openhtmltopdf's jars carry no module name: these are the names derived from the jar file names
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    requires org.apache.xmpbox;
    requires java.desktop;
    requires java.xml;
    requires java.logging;

    exports dk.samarbejdsplan.export.pdf;
    // the templates call the accessors of the view records through Velocity's introspection
    exports dk.samarbejdsplan.export.pdf.internal.view to velocity.engine.core;

    provides dk.samarbejdsplan.export.PlanExporter with dk.samarbejdsplan.export.pdf.PdfExporter;
}
