/**
 * The PDF exporter ({@link dk.samarbejdsplan.export.pdf.PdfExporter}, id {@code pdf}): the publication as an
 * accessible, tagged PDF (PDF/UA-1, PDF/A-3a).
 */
package dk.samarbejdsplan.export.pdf;
