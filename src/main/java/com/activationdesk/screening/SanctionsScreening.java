package com.activationdesk.screening;

import java.io.InputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.activationdesk.screening.lists.ListImporter;
import com.activationdesk.screening.matching.NameIndex;
import com.activationdesk.screening.matching.NameIndex.Candidate;
import com.activationdesk.screening.matching.NameNormalizer;
import com.activationdesk.screening.matching.NameScorer;
import com.activationdesk.security.CurrentUser;
import com.activationdesk.security.UserPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The screening contract: import a sanctions list file, screen a name against the active lists. Callable without
 * a logged-in user (jobs, the request workflow, acceptance tests); an import records the logged-in user's e-mail
 * when there is one, else {@value #SYSTEM}.
 */
@Service
public class SanctionsScreening {

    static final String SYSTEM = "system";

    private final ListImporter importer;
    private final NameIndex index;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final double threshold;

    SanctionsScreening(ListImporter importer, NameIndex index, CurrentUser currentUser, MessageSource messages,
                       ApplicationEventPublisher events,
                       @Value("${activationdesk.screening.threshold:0.85}") double threshold) {
        this.importer = importer;
        this.events = events;
        this.index = index;
        this.currentUser = currentUser;
        this.messages = messages;
        this.threshold = threshold;
    }

    /**
     * Imports the file as the new version of the format's list, replacing the previous version, then (after the
     * commit, in the background) re-screens every open request and activated tenant as an admin's upload does
     * ({@link ListUpdates}). Nothing changes when the file is refused.
     *
     * @param format {@code EU_FSF_XML}, {@code UN_XML} or {@code OFAC_SDN_XML}
     * @throws ListImportException with a sentence saying why the file was refused
     */
    public ListImportResult importList(String format, InputStream content) {
        ListFormat listFormat;
        try {
            listFormat = ListFormat.of(format);
        } catch (ListImportException refused) {
            throw inEnglish(refused);
        }
        ListImportResult imported = importAs(listFormat, content,
                currentUser.find().map(UserPrincipal::email).orElse(SYSTEM));
        events.publishEvent(new ListImported(listFormat, imported));
        return imported;
    }

    /**
     * {@link #importList} on behalf of someone a background job names (the admin who uploaded the file), without
     * starting a re-screen: the job re-screens itself.
     */
    ListImportResult importAs(ListFormat format, InputStream content, String importedBy) {
        try {
            return importer.importFile(format, content, importedBy);
        } catch (ListImportException refused) {
            throw inEnglish(refused);
        }
    }

    private ListImportException inEnglish(ListImportException refused) {
        return refused.withText(messages.getMessage(refused.getMessageKey(), refused.getArguments(), Locale.ENGLISH));
    }

    /**
     * The listed entries whose name resembles {@code name}, best first, at most one per entry (its most similar
     * alias); only scores at or above the threshold ({@code activationdesk.screening.threshold}, default 0.85).
     * Among equal scores, entries that name {@code countryIso2} come first. A name without letters or digits
     * matches nothing.
     * <p>
     * No transaction of its own: the lookup is one statement, consistent by itself, and a read-only transaction
     * around it cost five more round trips to the database (read-only on, begin, commit, read-only off, autocommit),
     * which the profile showed waiting as long as the lookup itself on a loaded machine. Called within a
     * transaction (a request's screening), it reads in that one.
     */
    public List<ScreeningMatch> screen(String name, String countryIso2) {
        List<String> tokens = NameNormalizer.tokens(name);
        if (tokens.isEmpty()) {
            return List.of();
        }
        String country = countryIso2 == null ? "" : countryIso2.strip().toUpperCase(Locale.ROOT);
        Map<String, ScreeningMatch> bestPerEntry = new LinkedHashMap<>();
        for (Candidate candidate : index.candidates(tokens)) {
            double score = NameScorer.score(tokens, candidate.tokens());
            if (score >= threshold) {
                ScreeningMatch match = new ScreeningMatch(candidate.listedName(), candidate.reference(),
                        candidate.source(), score, candidate.countries().contains(country));
                bestPerEntry.merge(candidate.entryKey(), match, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return bestPerEntry.values().stream()
                .sorted(Comparator.comparingDouble(ScreeningMatch::score).reversed()
                        .thenComparing(ScreeningMatch::countryMatches, Comparator.reverseOrder())
                        .thenComparing(ScreeningMatch::reference))
                .toList();
    }
}
