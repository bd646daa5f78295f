package com.activationdesk.screening.matching;

import java.util.List;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike a screened name and a listed alias are, in [0, 1], from their normalised tokens.
 * <ul>
 *   <li>Word order does not count: each screened token is paired with the most similar unused listed token
 *       (Jaro-Winkler, which forgives one or two typos in a word); a pair below {@value #TOKEN_MATCH} counts as
 *       unmatched on both sides.</li>
 *   <li>The score is the sum of the pair similarities divided by the number of pairs plus the unmatched tokens:
 *       an unmatched token weighs as a wrong one, except listed middle names (tokens between the alias's
 *       first and last, when both of those are paired), which weigh only {@value #MIDDLE_NAME_WEIGHT}: "Vladimir
 *       Putin" matches "Vladimir Vladimirovich Putin".</li>
 *   <li>Written together or apart ("Rosoboron Export" / "Rosoboronexport"): the similarity of the names without
 *       spaces (Levenshtein) counts when it is higher.</li>
 * </ul>
 */
public final class NameScorer {

    static final double TOKEN_MATCH = 0.8;
    static final double MIDDLE_NAME_WEIGHT = 0.05;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private NameScorer() {
    }

    public static double score(List<String> screened, List<String> listed) {
        if (screened.isEmpty() || listed.isEmpty()) {
            return 0;
        }
        return Math.max(tokenScore(screened, listed), joinedScore(screened, listed));
    }

    private static double tokenScore(List<String> screened, List<String> listed) {
        boolean[] used = new boolean[listed.size()];
        double similaritySum = 0;
        int pairs = 0;
        for (String token : screened) {
            int best = -1;
            double bestSimilarity = 0;
            for (int i = 0; i < listed.size(); i++) {
                if (!used[i]) {
                    double similarity = JARO_WINKLER.apply(token, listed.get(i));
                    if (similarity >= TOKEN_MATCH && similarity > bestSimilarity) {
                        best = i;
                        bestSimilarity = similarity;
                    }
                }
            }
            if (best >= 0) {
                used[best] = true;
                similaritySum += bestSimilarity;
                pairs++;
            }
        }
        double unmatched = (screened.size() - pairs) + unmatchedListedWeight(used);
        return pairs == 0 ? 0 : similaritySum / (pairs + unmatched);
    }

    private static double unmatchedListedWeight(boolean[] used) {
        boolean outerPaired = used[0] && used[used.length - 1];
        double weight = 0;
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                boolean middle = outerPaired && i > 0 && i < used.length - 1;
                weight += middle ? MIDDLE_NAME_WEIGHT : 1;
            }
        }
        return weight;
    }

    private static double joinedScore(List<String> screened, List<String> listed) {
        String a = String.join("", screened);
        String b = String.join("", listed);
        int longer = Math.max(a.length(), b.length());
        return 1 - (double) LEVENSHTEIN.apply(a, b) / longer;
    }
}
