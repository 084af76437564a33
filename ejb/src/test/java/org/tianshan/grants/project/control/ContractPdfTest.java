package org.tianshan.grants.project.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract PDF, rendered with the CJK font of this machine (fonts-wqy-microhei, which .ci/run
 * installs) and parsed back: the Chinese title, the amount and the hash on every page are text, not
 * tofu; the font is embedded as a subset; a CHALLENGE contract carries the 军令状.
 */
class ContractPdfTest {

    static final Path FONT = CjkFont.locate(Optional.empty())
            .orElseThrow(() -> new AssertionError("no CJK font on this machine: install fonts-wqy-microhei (see .ci/run)"));

    static ContractContent content(String challengeText, String pledge) {
        return new ContractContent("42", "7", "高寒地区棉花机采关键技术研究", "KEY_RD_GENERAL", challengeText == null ? "COMPETITIVE" : "CHALLENGE",
                "pi001", "张三", "9", "新疆农业大学", "400000.00", "460000.00", "预算中设备费偏高，按比例核减",
                "2026-12-03", "2029-12-03",
                List.of(new ContractContent.Line("EQUIPMENT", "86956.52"), new ContractContent.Line("BUSINESS", "313043.48")),
                List.of(new ContractContent.Tranche(1, "0.6", "240000.00", "AT_CONTRACT"),
                        new ContractContent.Tranche(2, "0.4", "160000.00", "AFTER_MIDTERM")),
                List.of(new ContractContent.Kpi("PAPERS", "5"), new ContractContent.Kpi("TRANSFER_INCOME", "500000.00")),
                List.of(new ContractContent.Milestone(1, "2028-06-03", "中期检查"), new ContractContent.Milestone(2, "2029-12-03", "结题验收")),
                "2026-1", pledge, challengeText);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theChineseTitleAndTheAmountAreTextInThePdfWithTheHashOnEveryPage() throws IOException {
        ContractContent c = content(null, "本人郑重承诺：严格按照任务书约定的目标组织实施项目。".repeat(60));
        byte[] pdf = ContractPdf.render(c, c.hash(), true, List.of(), FONT);
        String text = text(pdf);
        assertTrue(text.contains("高寒地区棉花机采关键技术研究"), text);
        assertTrue(text.contains("400000.00"), text);
        assertTrue(text.contains("天山科技项目任务书"));
        assertFalse(text.contains("军令状"), "a competitive project has no 军令状");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2, "the long pledge runs onto a second page");
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(doc).contains(c.hash()), "page " + page + " prints the hash");
            }
            List<PDFont> fonts = new ArrayList<>();
            for (org.apache.pdfbox.cos.COSName name : doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name));
            }
            assertEquals(1, fonts.size());
            assertTrue(fonts.get(0).isEmbedded(), "the CJK font is embedded");
            assertTrue(fonts.get(0).getName().matches("[A-Z]{6}\\+.*"), "as a subset: " + fonts.get(0).getName());
        }
    }

    @Test
    void aChallengeContractCarriesTheMilitaryOrderPledgeAndSignaturesShow() throws IOException {
        ContractContent c = content(ContractWords.challengePledge(), "本人郑重承诺。");
        byte[] pdf = ContractPdf.render(c, c.hash(), true,
                List.of(new ContractPdf.Signature("PI", "pi001", "2026-12-04T10:00:00Z", c.hash())), FONT);
        String text = text(pdf);
        assertTrue(text.contains("军令状"), text);
        assertTrue(text.contains("已签署：pi001"), text);
        assertTrue(text.contains("未签署"), "the unit and the bureau have not signed");
    }

    @Test
    void aDraftSaysSoAndCharactersTheFontLacksDoNotBreakTheRendering() throws IOException {
        ContractContent c = content(null, "承诺 \uD83D\uDE00 \u0007 结束");
        String text = text(ContractPdf.render(c, c.hash(), false, List.of(), FONT));
        assertTrue(text.contains("草案"), text);
        assertTrue(text.contains("结束"), text);
    }

    @Test
    void theCanonicalContentReadsBackToTheSameHashAndAnyChangeChangesIt() {
        ContractContent c = content(null, "承诺");
        assertEquals(c, ContractContent.parse(c.canonical()));
        assertEquals(c.hash(), ContractContent.parse(c.canonical()).hash());
        assertNotEquals(c.hash(), content(null, "承诺。").hash());
    }
}
