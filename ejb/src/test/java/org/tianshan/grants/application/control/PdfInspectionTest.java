package org.tianshan.grants.application.control;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.TooLarge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfInspectionTest {

    static byte[] pdf(int pages, java.util.function.Consumer<PDDocument> tweak) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            tweak.accept(document);
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPlainPdfPassesWithItsPageCount() throws IOException {
        PdfInspection.Result result = PdfInspection.inspect(pdf(3, d -> { }), "申报书.pdf");
        assertEquals("application/pdf", result.contentType());
        assertEquals(3, result.pages());
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        byte[] executable = "MZ\u0090\u0000\u0003 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> PdfInspection.inspect(executable, "plan.pdf"));
        assertTrue(refused.violations().get(0).message().contains("only PDF"), refused.violations().get(0).message());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThrows(InvalidInput.class, () -> PdfInspection.inspect(png, "scan.pdf"));
    }

    @Test
    void aFileThatOnlyStartsLikeAPdfIsRefused() {
        byte[] fake = "%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.US_ASCII);
        InvalidInput refused = assertThrows(InvalidInput.class, () -> PdfInspection.inspect(fake, "x.pdf"));
        assertTrue(refused.violations().get(0).message().contains("not a readable PDF"), refused.violations().get(0).message());
    }

    @Test
    void activeContentIsRefused() throws IOException {
        byte[] script = pdf(1, d -> d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x')")));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> PdfInspection.inspect(script, "x.pdf"));
        assertTrue(refused.violations().get(0).message().contains("action"), refused.violations().get(0).message());
    }

    @Test
    void encryptedPdfsAreRefused() throws IOException {
        byte[] locked = pdf(1, d -> {
            try {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                d.protect(policy);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThrows(InvalidInput.class, () -> PdfInspection.inspect(locked, "x.pdf"));
    }

    @Test
    void emptyAndOversizedFilesAreRefused() throws IOException {
        assertThrows(InvalidInput.class, () -> PdfInspection.inspect(new byte[0], "x.pdf"));
        byte[] plain = pdf(1, d -> { });
        byte[] big = Arrays.copyOf(plain, (int) PdfInspection.MAX_BYTES + 1);
        assertThrows(TooLarge.class, () -> PdfInspection.inspect(big, "x.pdf"));
    }
}
