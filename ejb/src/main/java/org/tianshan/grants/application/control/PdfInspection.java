package org.tianshan.grants.application.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.tika.Tika;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.TooLarge;
import org.tianshan.grants.kernel.Violation;

import java.io.IOException;
import java.util.List;

/**
 * What an uploaded file is, decided from its bytes, never from its name or declared type: Tika's
 * magic detection must say PDF, PDFBox must parse it, and it must carry no active content (document
 * JavaScript, launch actions, embedded files) and no encryption that would hide its content from
 * reviewers. The bytes are only read, never rendered or executed.
 */
public final class PdfInspection {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final String PDF = "application/pdf";
    private static final Tika TIKA = new Tika();

    /** What was learnt from a file that passed. */
    public record Result(String contentType, int pages) {
    }

    private PdfInspection() {
    }

    /** Inspects an upload; a refusal is a 400 naming the field {@code content} and the reason. */
    public static Result inspect(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw refused("the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new TooLarge("content", "a file may have at most " + MAX_BYTES + " bytes (10 MB)");
        }
        String detected = TIKA.detect(content);   // bytes only: a renamed .exe stays an .exe
        if (!PDF.equals(detected)) {
            throw refused("only PDF files are accepted; this file is " + detected);
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw refused("encrypted or password-protected PDFs are not accepted");
            }
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDDocumentNameDictionary names = catalog.getNames();
            if (names != null && (names.getJavaScript() != null || names.getEmbeddedFiles() != null)) {
                throw refused("PDFs with JavaScript or embedded files are not accepted");
            }
            Object open = catalog.getOpenAction();
            if (open instanceof PDActionJavaScript || open instanceof PDActionLaunch) {
                throw refused("PDFs that run an action when opened are not accepted");
            }
            if (document.getNumberOfPages() < 1) {
                throw refused("the PDF has no pages");
            }
            return new Result(PDF, document.getNumberOfPages());
        } catch (IOException e) {
            throw refused("the file is not a readable PDF (" + e.getMessage() + ")");
        }
    }

    private static InvalidInput refused(String reason) {
        return new InvalidInput(List.of(new Violation("content", reason)));
    }
}
