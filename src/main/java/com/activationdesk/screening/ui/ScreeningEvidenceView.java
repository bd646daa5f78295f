package com.activationdesk.screening.ui;

import java.util.Locale;

import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.ViewerTime;
import com.activationdesk.screening.ListVersion;
import com.activationdesk.screening.RequestMatch;
import com.activationdesk.screening.ScreeningHistory;
import com.activationdesk.screening.ScreeningHistory.RequestEvidence;
import com.activationdesk.screening.ScreeningHistory.Screening;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The printable export-control evidence of one request: every screening (when, why, country, the names as
 * screened, the list versions with publication date and SHA-256) and every match with score and decision. Plain
 * text elements, so the browser's print (the button) gives a clean page. The service checks role and scope.
 */
@Route(ScreeningHistory.EVIDENCE_ROUTE)
@RolesAllowed({"CAM", "DAM", "CLOUD_OPS", "ADMIN"})
public class ScreeningEvidenceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ScreeningHistory history;
    private final ViewerTime time;
    private String reference = "";

    public ScreeningEvidenceView(ScreeningHistory history, ViewerTime time) {
        this.history = history;
        this.time = time;
        addClassNames("page", "screening-evidence");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            render(history.of(Long.parseLong(event.getRouteParameters().get("id").orElseThrow())));
        } catch (NumberFormatException | NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void render(RequestEvidence evidence) {
        removeAll();
        reference = evidence.reference();
        Formats format = time.formats(getLocale());
        Button print = new Button(getTranslation("screening.evidence.print"),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("evidence-print");
        print.addClassName("no-print");
        add(new H2(getTranslation("screening.evidence.title", evidence.reference())), print);
        if (evidence.screenings().isEmpty()) {
            add(new Paragraph(getTranslation("screening.section.not-screened")));
        }
        for (Screening screening : evidence.screenings()) {
            add(screening(screening, format));
        }
        UnorderedList versions = new UnorderedList();
        versions.setId("evidence-list-versions");
        for (ListVersion version : evidence.listVersions()) {
            versions.add(new ListItem(getTranslation("screening.evidence.version", version.source() + ":" + version.id(),
                    version.publicationDate() == null ? Formats.EMPTY : format.date(version.publicationDate()),
                    version.entries(), format.dateTime(version.importedAt()), version.importedBy(), version.sha256())));
        }
        add(new H3(getTranslation("screening.evidence.versions")), versions);
    }

    private Section screening(Screening screening, Formats format) {
        Section section = new Section();
        section.setId("evidence-screening-" + screening.id());
        section.add(new H3(getTranslation("screening.evidence.screening", format.dateTimeWithZone(screening.screenedAt()),
                getTranslation("screening.evidence.occasion." + screening.occasion()))));
        section.add(new Paragraph(getTranslation("screening.evidence.country",
                screening.country() == null ? Formats.EMPTY : format.country(screening.country()),
                screening.listVersions().isEmpty() ? getTranslation("screening.section.no-lists")
                        : screening.listVersions())));
        UnorderedList subjects = new UnorderedList();
        screening.subjects().forEach(subject -> subjects.add(new ListItem(subject)));
        section.add(subjects);
        if (screening.matches().isEmpty()) {
            section.add(new Paragraph(getTranslation("screening.evidence.no-match")));
        }
        for (RequestMatch match : screening.matches()) {
            Div line = new Div();
            line.setId("evidence-match-" + match.id());
            line.setText(getTranslation("screening.section.match", match.screenedName(), match.listedName(),
                    match.reference(), match.source(), String.format(Locale.ROOT, "%.1f", match.score() * 100))
                    + " " + (match.decided() ? getTranslation("screening.evidence.decided." + match.decision(),
                    match.reason(), match.decidedBy(), format.dateTimeWithZone(match.decidedAt()))
                    : getTranslation("screening.evidence.undecided")));
            section.add(line);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screening.evidence.title", reference);
    }
}
