package org.tianshan.grants.review.control;

/**
 * How well an expert fits an application, 0..{@link #MAX}: the closest discipline code (10 same code, 7 same
 * second level, 4 same first level only) plus 2 per shared keyword, the keyword part capped at 10.
 * The optimal matching maximises the sum of it; the random draw ignores it.
 */
public final class Affinity {

    public static final int MAX = 20;

    /** The score of an expert whose disciplines share no first level with the application's: not a candidate. */
    public static final int NOT_A_CANDIDATE = -1;

    static final int SAME_CODE = 10;
    static final int SAME_SECOND_LEVEL = 7;
    static final int SAME_FIRST_LEVEL = 4;
    static final int PER_KEYWORD = 2;
    static final int KEYWORD_CAP = 10;

    private static final int FIRST_LEVEL = 3;
    private static final int SECOND_LEVEL = 5;

    private Affinity() {
    }

    /** {@link #NOT_A_CANDIDATE} (−1) when no first-level code is shared, otherwise 0..{@link #MAX}. */
    public static int score(ApplicationFacts application, ExpertFacts expert) {
        int discipline = disciplinePart(application.discipline(), expert.disciplines());
        if (discipline == NOT_A_CANDIDATE) {
            return NOT_A_CANDIDATE;
        }
        int shared = 0;
        for (String keyword : application.keywords()) {
            if (expert.keywords().contains(keyword)) {
                shared++;
            }
        }
        return discipline + keywordPart(shared);
    }

    static int keywordPart(int sharedKeywords) {
        return Math.min(KEYWORD_CAP, PER_KEYWORD * sharedKeywords);
    }

    /** The best of the expert's codes against the application's; −1 when none shares the first level. */
    static int disciplinePart(String code, String[] expertCodes) {
        if (code == null || code.length() < FIRST_LEVEL) {
            return NOT_A_CANDIDATE;
        }
        int best = NOT_A_CANDIDATE;
        for (String candidate : expertCodes) {
            if (candidate.equals(code)) {
                return SAME_CODE;
            }
            if (code.length() >= SECOND_LEVEL && candidate.length() >= SECOND_LEVEL
                    && code.regionMatches(0, candidate, 0, SECOND_LEVEL)) {
                best = SAME_SECOND_LEVEL;
            } else if (best < SAME_FIRST_LEVEL && candidate.length() >= FIRST_LEVEL
                    && code.regionMatches(0, candidate, 0, FIRST_LEVEL)) {
                best = SAME_FIRST_LEVEL;
            }
        }
        return best;
    }

    static String firstLevel(String code) {
        return code == null || code.length() < FIRST_LEVEL ? null : code.substring(0, FIRST_LEVEL);
    }
}
