package org.tianshan.grants.application.control;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFingerprintTest {

    static final String ABSTRACT = "针对南疆棉花产区土壤盐渍化和水资源短缺问题，研究膜下滴灌条件下水盐运移规律，构建棉田水肥盐一体化调控模型，"
            + "研发智能灌溉决策系统并开展示范应用，为新疆棉花高质量发展提供技术支撑。";

    @Test
    void punctuationSpacingAndWidthDoNotHideACopy() {
        String copy = ABSTRACT.replace("，", ", ").replace("。", " .") + "  ";
        assertEquals(1.0, TextFingerprint.jaccard(TextFingerprint.shingles(ABSTRACT), TextFingerprint.shingles(copy)));
        assertEquals("abc123", TextFingerprint.normalise("ＡＢＣ　１２３"), "full-width forms fold to ASCII");
    }

    @Test
    void aLightlyEditedCopyStaysAboveTheThresholdAndAnotherTopicFallsFarBelow() {
        String edited = ABSTRACT.replace("智能灌溉决策系统", "智能灌溉决策平台");
        double near = TextFingerprint.jaccard(TextFingerprint.shingles(ABSTRACT), TextFingerprint.shingles(edited));
        assertTrue(near >= DuplicateCheck.THRESHOLD, "near-identical: " + near);
        String other = "研究天山北坡冰川消融对绿洲水资源的影响，建立冰川—积雪—径流耦合模型，评估气候变化情景下乌鲁木齐河流域供水安全。";
        double far = TextFingerprint.jaccard(TextFingerprint.shingles(ABSTRACT), TextFingerprint.shingles(other));
        assertTrue(far < 0.2, "unrelated: " + far);
    }

    @Test
    void theSignatureIsDeterministicAndEstimatesTheJaccardIndex() {
        Set<Long> a = TextFingerprint.shingles(ABSTRACT);
        Set<Long> b = TextFingerprint.shingles(ABSTRACT.substring(20) + "并培养青年科技人才。");
        int[] sa = TextFingerprint.signature(a);
        assertArrayEquals(sa, TextFingerprint.signature(TextFingerprint.shingles(ABSTRACT)));
        assertArrayEquals(sa, TextFingerprint.unpack(TextFingerprint.pack(sa)));
        double exact = TextFingerprint.jaccard(a, b);
        double estimate = TextFingerprint.estimate(sa, TextFingerprint.signature(b));
        // 128 hashes: standard error sqrt(J(1-J)/128) <= 0.045; allow 3 of them
        assertTrue(Math.abs(exact - estimate) < 0.14, "exact " + exact + " vs estimate " + estimate);
    }

    @Test
    void nearIdenticalTextsShareABandAndRandomTextsRarelyDo() {
        String edited = ABSTRACT.replace("示范应用", "推广应用");
        assertTrue(shareABand(ABSTRACT, edited), "a near copy must be found by the index");
        Random random = new Random(42);
        int shared = 0;
        for (int i = 0; i < 200; i++) {
            if (shareABand(randomText(random), randomText(random))) {
                shared++;
            }
        }
        assertTrue(shared <= 4, "random pairs sharing a band: " + shared + " of 200");
    }

    private static boolean shareABand(String x, String y) {
        long[] bx = TextFingerprint.bands(TextFingerprint.signature(TextFingerprint.shingles(x)));
        long[] by = TextFingerprint.bands(TextFingerprint.signature(TextFingerprint.shingles(y)));
        for (int i = 0; i < bx.length; i++) {
            if (bx[i] == by[i]) {
                return true;
            }
        }
        return false;
    }

    private static String randomText(Random random) {
        char[] chars = new char[120];
        Arrays.setAll(new int[chars.length], i -> chars[i] = (char) (0x4E00 + random.nextInt(3000)));
        return new String(chars);
    }
}
