package com.activationdesk.request.ui;

import java.util.Locale;
import java.util.Optional;

import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.ui.Notifications;
import com.activationdesk.base.ui.ViewerTime;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.screening.MatchDecision;
import com.activationdesk.screening.RequestMatch;
import com.activationdesk.screening.RequestScreening;
import com.activationdesk.screening.ScreeningHistory;
import com.activationdesk.screening.ScreeningEvidence;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The export-control screening of the request in its detail view: each possible match of the latest screening
 * with its score and, once made, the decision; a CAM/DAM decides an open one here ("no match" with its reason,
 * or "confirmed", which rejects the request). Shown only to the roles the screening service allows.
 */
@org.springframework.stereotype.Component
class ScreeningSection implements RequestDetailSection {

    private final RequestScreening screening;
    private final ViewerTime viewerTime;

    ScreeningSection(RequestScreening screening, ViewerTime viewerTime) {
        this.screening = screening;
        this.viewerTime = viewerTime;
    }

    @Override
    public Optional<Component> create(RequestDetails details, Runnable changed) {
        return screening.visibleResults(details.id()).map(evidence -> section(details, evidence, changed));
    }

    private Component section(RequestDetails details, ScreeningEvidence evidence, Runnable changed) {
        Div content = new Div();
        if (evidence.screenedAt() == null) {
            content.add(DetailBlocks.note("screening-state", t("screening.section.not-screened")));
        } else {
            content.add(DetailBlocks.note("screening-state", t("screening.section.screened",
                    viewerTime.formats(UI.getCurrent().getLocale()).dateTimeWithZone(evidence.screenedAt()), evidence.listVersions().isEmpty()
                            ? t("screening.section.no-lists") : evidence.listVersions())));
            if (evidence.matches().isEmpty()) {
                content.add(DetailBlocks.note("screening-clear", t("screening.section.clear")));
            }
        }
        boolean mayDecide = screening.mayDecide();
        for (RequestMatch match : evidence.matches()) {
            content.add(matchLine(details, match, mayDecide, changed));
        }
        Anchor evidenceLink = new Anchor(ScreeningHistory.evidenceLink(details.id()), t("screening.evidence.link"));
        evidenceLink.setId("screening-evidence-link");
        content.add(evidenceLink);
        return DetailBlocks.section("screening", t("screening.section.title"), content);
    }

    private Component matchLine(RequestDetails details, RequestMatch match, boolean mayDecide, Runnable changed) {
        Div line = new Div(new Span(t("screening.section.match", match.screenedName(),
                match.listedName(), match.reference(), match.source(),
                String.format(Locale.ROOT, "%.0f", match.score() * 100))));
        line.setId("screening-match-" + match.id());
        line.addClassName("detail-line");
        if (match.decided()) {
            line.add(DetailBlocks.note(null, t("screening.decision." + match.decision(),
                    match.reason(), match.decidedBy())));
        } else if (mayDecide) {
            TextField reason = new TextField(t("screening.section.reason"));
            reason.setId("screening-reason-" + match.id());
            line.add(reason, decideButton(details, match, MatchDecision.NO_MATCH, reason, changed),
                    decideButton(details, match, MatchDecision.CONFIRMED, reason, changed));
        }
        return line;
    }

    private Button decideButton(RequestDetails details, RequestMatch match, MatchDecision decision, TextField reason,
                                Runnable changed) {
        Button button = new Button(t("screening.section.decide." + decision), click -> {
            try {
                screening.decide(details.id(), match.id(), decision, reason.getValue());
                changed.run();
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
        button.setId("screening-" + decision.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + match.id());
        button.addThemeVariants(decision == MatchDecision.CONFIRMED ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }
}
