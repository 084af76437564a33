package org.tianshan.grants.project.control;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a contract (任务书) as a PDF with PDFBox: A4, the CJK font embedded as a subset (so the
 * characters show on any reader), the content hash and the page number in every page's footer, and the
 * signature status. Pure apart from reading the font file: unit-tested without a container.
 */
public final class ContractPdf {

    /** One party's signature as printed: role (PI, UNIT, BUREAU), who, when, the hash signed. */
    public record Signature(String role, String username, String signedAt, String contentHash) {
    }

    private static final float MARGIN = 56;
    private static final float FOOTER = 40;
    private static final float BODY = 10.5f;

    private ContractPdf() {
    }

    /**
     * @param content    what the contract says
     * @param hash       the hash to print: the frozen contract's, or the draft's while not confirmed
     * @param confirmed  false prints the draft notice under the title
     * @param signatures who signed so far (roles absent are printed as not signed)
     * @param font       a TrueType font or collection with CJK glyphs
     */
    public static byte[] render(ContractContent content, String hash, boolean confirmed, List<Signature> signatures, Path font)
            throws IOException {
        List<Closeable> open = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDType0Font cjk = load(doc, font, open);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(ContractWords.of("document") + " " + content.title());
            info.setSubject("SHA-256 " + hash);
            Writer w = new Writer(doc, cjk);
            w.text(ContractWords.of("document"), 18, true);
            w.text(content.title(), 14, true);
            if (!confirmed) {
                w.text(ContractWords.of("draft"), BODY, false);
            }
            w.gap(8);
            w.heading("section.basic");
            w.field("label.projectId", content.projectId());
            w.field("label.applicationId", content.applicationId());
            w.field("label.title", content.title());
            w.field("label.programme", content.programmeCode() + "（" + content.fundingMode() + "）");
            w.field("label.pi", content.piName() + "（" + content.piUsername() + "）");
            w.field("label.host", content.hostOrganization());
            w.field("label.period", content.startsOn() + " " + ContractWords.of("period.to") + " " + content.endsOn());
            w.field("label.approved", content.approvedAmount());
            if (!content.approvedAmount().equals(content.requestedAmount())) {
                w.field("label.requested", content.requestedAmount());
                w.field("label.cutReason", content.cutReason());
            }
            w.heading("section.budget");
            for (ContractContent.Line line : content.budget()) {
                w.field("budget." + line.category(), line.amount());
            }
            w.field("label.total", content.approvedAmount());
            w.heading("section.tranches");
            for (ContractContent.Tranche t : content.tranches()) {
                String percent = new java.math.BigDecimal(t.share()).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
                w.text(ContractWords.of("tranche", t.no(), percent, t.amount(), ContractWords.of("condition." + t.condition())), BODY, false);
            }
            w.heading("section.kpis");
            for (ContractContent.Kpi k : content.kpis()) {
                w.field("kpi." + k.code(), k.target());
            }
            w.heading("section.milestones");
            for (ContractContent.Milestone m : content.milestones()) {
                w.text(ContractWords.of("milestone", m.seq(), m.dueOn(), m.description()), BODY, false);
            }
            w.heading("section.pledge");
            w.text(content.pledgeText(), BODY, false);
            if (content.isChallenge()) {
                w.heading("section.challenge");
                w.text(content.challengeText(), BODY, false);
            }
            w.heading("section.signatures");
            Map<String, Signature> byRole = new HashMap<>();
            signatures.forEach(s -> byRole.put(s.role(), s));
            for (String role : List.of("PI", "UNIT", "BUREAU")) {
                Signature s = byRole.get(role);
                w.text(ContractWords.of("role." + role) + "：" + (s == null ? ContractWords.of("label.unsigned")
                        : ContractWords.of("label.signedBy") + s.username() + "，" + s.signedAt()), BODY, false);
                if (s != null) {
                    w.text(ContractWords.of("label.signedHash") + s.contentHash(), 7.5f, false);
                }
            }
            w.finish();
            footers(doc, cjk, hash);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } finally {
            for (Closeable c : open) {
                c.close();
            }
        }
    }

    /** A .ttc/.otc collection: its first font; a .ttf/.otf: the file. Subset-embedded either way. */
    private static PDType0Font load(PDDocument doc, Path font, List<Closeable> open) throws IOException {
        String name = font.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc") || name.endsWith(".otc")) {
            TrueTypeCollection collection = new TrueTypeCollection(font.toFile());
            open.add(collection);   // the subset is cut from it when the document is saved
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(ttf -> {
                if (first[0] == null) {
                    first[0] = ttf;
                }
            });
            if (first[0] == null) {
                throw new IOException("no font in " + font);
            }
            return PDType0Font.load(doc, first[0], true);
        }
        return PDType0Font.load(doc, font.toFile());
    }

    private static void footers(PDDocument doc, PDType0Font font, String hash) throws IOException {
        int pages = doc.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                s.beginText();
                s.setFont(font, 7.5f);
                s.newLineAtOffset(MARGIN, FOOTER - 14);
                s.showText(ContractWords.of("footer.hash") + hash);
                s.endText();
                String number = ContractWords.of("footer.page", i + 1, pages);
                s.beginText();
                s.setFont(font, 7.5f);
                s.newLineAtOffset(page.getMediaBox().getWidth() - MARGIN - font.getStringWidth(number) / 1000 * 7.5f, FOOTER - 26);
                s.showText(number);
                s.endText();
            }
        }
    }

    /** Writes lines top-down, wrapping at the right margin and starting a new page at the footer. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType0Font font;
        private final Map<Integer, Boolean> glyphs = new HashMap<>();
        private PDPageContentStream stream;
        private float y;
        private float width;

        Writer(PDDocument doc, PDType0Font font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        void heading(String key) throws IOException {
            gap(6);
            text(ContractWords.of(key), 12.5f, true);
            gap(2);
        }

        void field(String labelKey, String value) throws IOException {
            text(ContractWords.of(labelKey) + "：" + (value == null ? "" : value), BODY, false);
        }

        void gap(float points) {
            y -= points;
        }

        void text(String text, float size, boolean bold) throws IOException {
            float leading = size * 1.45f;
            for (String paragraph : printable(text).split("\n", -1)) {
                for (String line : wrap(paragraph, size)) {
                    if (y - leading < FOOTER + 10) {
                        newPage();
                    }
                    y -= leading;
                    stream.beginText();
                    stream.setFont(font, size);
                    if (bold) {   // the font has no bold face: fill and stroke the outline instead
                        stream.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
                        stream.setLineWidth(size / 30);
                    } else {
                        stream.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
                    }
                    stream.newLineAtOffset(MARGIN, y);
                    stream.showText(line);
                    stream.endText();
                }
            }
        }

        /** Breaks a paragraph into lines that fit; CJK text breaks anywhere, so the break is per character. */
        private List<String> wrap(String paragraph, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float used = 0;
            int i = 0;
            while (i < paragraph.length()) {
                int cp = paragraph.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = font.getStringWidth(ch) / 1000 * size;
                if (used + w > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.append(ch);
                used += w;
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
            return lines;
        }

        /** Control characters removed, tabs as spaces, and any character the font lacks as "?" (never an exception). */
        private String printable(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            text.replace("\r\n", "\n").replace('\t', ' ').codePoints().forEach(cp -> {
                if (cp == '\n') {
                    out.append('\n');
                } else if (!Character.isISOControl(cp)) {
                    out.appendCodePoint(glyphs.computeIfAbsent(cp, this::encodable) ? cp : '?');
                }
            });
            return out.toString();
        }

        private boolean encodable(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = page.getMediaBox().getHeight() - MARGIN;
            width = page.getMediaBox().getWidth() - 2 * MARGIN;
        }

        void finish() throws IOException {
            stream.close();
        }
    }
}
