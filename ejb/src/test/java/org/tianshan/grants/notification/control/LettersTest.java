package org.tianshan.grants.notification.control;

import org.junit.jupiter.api.Test;
import org.tianshan.grants.notification.entity.NotificationKind;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LettersTest {

    static final Instant AT = Instant.parse("2026-03-02T02:05:00Z");   // 10:05 Beijing time

    static Notice notice(String action, String decision, String comment) {
        return new Notice("k-1", 12345, action, decision, comment, AT);
    }

    @Test
    void anEndorsementIsAnnouncedInChineseByDefaultWithTitleNumberDecisionAndTime() {
        Letter letter = Letters.write(notice("APPLICATION_ENDORSEMENT", "ENDORSE", "同意推荐，材料齐全"), NotificationKind.ENDORSED,
                "高寒地区棉花机采关键技术研究", "张伟", Letters.DEFAULT_LOCALE);
        assertEquals("「天山科技项目管理平台」您的申报书《高寒地区棉花机采关键技术研究》已通过单位推荐", letter.subject());
        assertTrue(letter.body().startsWith("张伟，您好：\n"), letter.body());
        assertTrue(letter.body().contains("《高寒地区棉花机采关键技术研究》（编号 12345）"), "the id is not grouped as a number: " + letter.body());
        assertTrue(letter.body().contains("审核结论：同意推荐\n"), letter.body());
        assertTrue(letter.body().contains("审核意见：同意推荐，材料齐全\n"), letter.body());
        assertTrue(letter.body().contains("时间：2026-03-02 10:05（北京时间）"), letter.body());
    }

    @Test
    void aReturnCarriesTheReasonsAsGiven() {
        Letter letter = Letters.write(notice("APPLICATION_ENDORSEMENT", "RETURN", "  预算说明不充分，请补充设备费测算依据 "),
                NotificationKind.RETURNED_BY_UNIT, "盐碱地改良", "李娜", Letters.DEFAULT_LOCALE);
        assertEquals("「天山科技项目管理平台」您的申报书《盐碱地改良》被依托单位退回修改", letter.subject());
        assertTrue(letter.body().contains("审核结论：退回修改\n"), letter.body());
        assertTrue(letter.body().contains("审核意见：预算说明不充分，请补充设备费测算依据\n"), letter.body());
    }

    @Test
    void theFormalCheckDecisionsHaveTheirOwnSubjects() {
        assertEquals("「天山科技项目管理平台」您的申报书《T》已通过形式审查", Letters.write(notice("APPLICATION_FORMAL_CHECK", "ACCEPT", ""),
                NotificationKind.ACCEPTED, "T", "P", Letters.DEFAULT_LOCALE).subject());
        assertEquals("「天山科技项目管理平台」您的申报书《T》经形式审查不予受理", Letters.write(notice("APPLICATION_FORMAL_CHECK", "INELIGIBLE", "超出限项"),
                NotificationKind.INELIGIBLE, "T", "P", Letters.DEFAULT_LOCALE).subject());
    }

    @Test
    void theApplicantsOwnStepsNameNoDecisionAndAnEmptyCommentNoComment() {
        Letter letter = Letters.write(notice("APPLICATION_SUBMITTED", "", ""), NotificationKind.SUBMITTED, "T", "P", Letters.DEFAULT_LOCALE);
        assertEquals("「天山科技项目管理平台」您的申报书《T》已提交", letter.subject());
        assertFalse(letter.body().contains("审核结论"), letter.body());
        assertFalse(letter.body().contains("审核意见"), letter.body());
    }

    @Test
    void theEnglishVariantSaysTheSame() {
        Letter letter = Letters.write(notice("APPLICATION_FORMAL_CHECK", "RETURN", "Budget justification missing"),
                NotificationKind.RETURNED_AT_FORMAL_CHECK, "Cotton harvesting", "Zhang Wei", Locale.ENGLISH);
        assertEquals("[Tianshan Grants] Your application \"Cotton harvesting\" has been returned for revision at the formal check", letter.subject());
        assertTrue(letter.body().startsWith("Dear Zhang Wei,\n"), letter.body());
        assertTrue(letter.body().contains("(no. 12345)"), letter.body());
        assertTrue(letter.body().contains("Decision: returned for revision\n"), letter.body());
        assertTrue(letter.body().contains("Comments: Budget justification missing\n"), letter.body());
        assertTrue(letter.body().contains("Time: 2026-03-02 10:05 (Beijing time, UTC+8)"), letter.body());
    }

    @Test
    void chineseIsTheBaseWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertTrue(Letters.write(notice("APPLICATION_WITHDRAWN", "", ""), NotificationKind.WITHDRAWN, "T", "P", Locale.SIMPLIFIED_CHINESE)
                    .subject().endsWith("已撤回"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anUntitledApplicationAndALineBreakInATitleStillGiveAOneLineSubject() {
        assertEquals("「天山科技项目管理平台」您的申报书《（未命名）》已提交", Letters.write(notice("APPLICATION_SUBMITTED", "", ""),
                NotificationKind.SUBMITTED, " ", "P", Letters.DEFAULT_LOCALE).subject());
        assertEquals("「天山科技项目管理平台」您的申报书《第一行 第二行》已提交", Letters.write(notice("APPLICATION_SUBMITTED", "", ""),
                NotificationKind.SUBMITTED, "第一行\r\n第二行", "P", Letters.DEFAULT_LOCALE).subject());
    }

    @Test
    void everyKindHasItsTextsInBothLanguages() throws Exception {
        for (String bundle : new String[] {"mail.properties", "mail_en.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = Letters.class.getResourceAsStream("/org/tianshan/grants/notification/" + bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (NotificationKind kind : EnumSet.allOf(NotificationKind.class)) {
                assertTrue(texts.containsKey("subject." + kind) && texts.containsKey("status." + kind), bundle + " lacks " + kind);
            }
            for (String decision : new String[] {"ENDORSE", "RETURN", "REJECT", "ACCEPT", "INELIGIBLE"}) {
                assertTrue(texts.containsKey("decision." + decision), bundle + " lacks decision." + decision);
            }
        }
    }
}
