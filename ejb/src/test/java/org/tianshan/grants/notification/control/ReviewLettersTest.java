package org.tianshan.grants.notification.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewLettersTest {

    static final Instant DUE = Instant.parse("2026-05-20T09:30:00Z");   // 17:30 Beijing time
    static final String LINK = "https://grants.example.cn/expert/reviews.xhtml";

    @Test
    void theLinkIsTheTaskListBelowThePublicAddress() {
        assertEquals(LINK, ReviewLetters.tasksLink("https://grants.example.cn"));
        assertEquals(LINK, ReviewLetters.tasksLink(" https://grants.example.cn// "));
    }

    @Test
    void anAssignmentTellsHowManyTasksForWhichCallUntilWhenAndWhereInChineseByDefault() {
        Letter letter = ReviewLetters.assigned("王教授", 3, "2027年度重点研发计划", DUE, LINK, Letters.DEFAULT_LOCALE);
        assertEquals("「天山科技项目管理平台」您有 3 项新的评审任务（2027年度重点研发计划）", letter.subject());
        assertTrue(letter.body().startsWith("王教授，您好：\n"), letter.body());
        assertTrue(letter.body().contains("「2027年度重点研发计划」的专家评审，新分配给您 3 份申报书"), letter.body());
        assertTrue(letter.body().contains("评审截止时间：2026-05-20 17:30（北京时间）"), letter.body());
        assertTrue(letter.body().contains(LINK), letter.body());
        assertTrue(letter.body().contains("不得向申报人透露"), "the expert is reminded of confidentiality: " + letter.body());
    }

    @Test
    void aLargeCountIsNotGroupedAndTheEnglishVariantCountsInWords() {
        assertTrue(ReviewLetters.assigned("P", 1500, "C", DUE, LINK, Letters.DEFAULT_LOCALE).subject().contains("您有 1500 项"));
        Letter one = ReviewLetters.assigned("Prof. Wang", 1, "Key R&D 2027", DUE, LINK, Locale.ENGLISH);
        assertEquals("[Tianshan Grants] One new review task (Key R&D 2027)", one.subject());
        assertTrue(one.body().startsWith("Dear Prof. Wang,\n"), one.body());
        assertTrue(one.body().contains("one application has been assigned to you"), one.body());
        assertTrue(one.body().contains("Review deadline: 2026-05-20 17:30 (Beijing time, UTC+8)"), one.body());
        Letter many = ReviewLetters.assigned("Prof. Wang", 12, "Key R&D 2027", DUE, LINK, Locale.ENGLISH);
        assertEquals("[Tianshan Grants] 12 new review tasks (Key R&D 2027)", many.subject());
        assertTrue(many.body().contains("12 applications have been assigned to you"), many.body());
    }

    @Test
    void aReminderNamesTheApplicationItsCallAndTheDeadline() {
        Letter letter = ReviewLetters.due("王教授", "2027年度重点研发计划", "南疆棉区机采棉清杂关键技术研究", DUE, LINK, Letters.DEFAULT_LOCALE);
        assertEquals("「天山科技项目管理平台」评审任务即将截止：《南疆棉区机采棉清杂关键技术研究》", letter.subject());
        assertTrue(letter.body().contains("「2027年度重点研发计划」中承担的申报书《南疆棉区机采棉清杂关键技术研究》评审尚未提交"), letter.body());
        assertTrue(letter.body().contains("评审截止时间：2026-05-20 17:30（北京时间）"), letter.body());
        assertTrue(letter.body().contains(LINK), letter.body());
        Letter english = ReviewLetters.due("Prof. Wang", "Key R&D 2027", "Cotton", DUE, LINK, Locale.ENGLISH);
        assertEquals("[Tianshan Grants] Review due soon: \"Cotton\"", english.subject());
    }

    @Test
    void noMailNamesAnyoneButItsRecipientAndAnUntitledApplicationStillReads() {
        Letter letter = ReviewLetters.due("王教授", "C", "第一行\n第二行", DUE, LINK, Letters.DEFAULT_LOCALE);
        assertEquals("「天山科技项目管理平台」评审任务即将截止：《第一行 第二行》", letter.subject());
        assertTrue(ReviewLetters.due("P", " ", null, DUE, LINK, Letters.DEFAULT_LOCALE).subject().endsWith("《（未命名）》"));
        assertFalse(letter.body().contains("专家：") || letter.body().contains("申报人："), letter.body());
    }
}
