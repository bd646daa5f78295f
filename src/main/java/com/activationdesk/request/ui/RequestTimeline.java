package com.activationdesk.request.ui;

import java.util.List;

import com.activationdesk.audit.AuditEntryView;
import com.activationdesk.audit.FieldChange;
import com.activationdesk.base.ui.ActorLabels;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.Texts;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The request's audit trail, newest first: who did what when, the status move, the comment and changed fields. */
final class RequestTimeline extends Section {

    private final Formats format;
    private final FieldDisplay display;

    /** @param timeline the entries, newest first */
    RequestTimeline(List<AuditEntryView> timeline, Formats format) {
        this.format = format;
        this.display = new FieldDisplay(format);
        setId("timeline");
        addClassName("detail-section");
        add(new H3(getTranslation("request.detail.timeline.title")));
        if (timeline.isEmpty()) {
            add(DetailBlocks.note("timeline-empty", getTranslation("request.detail.timeline.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("timeline");
        timeline.forEach(entry -> list.add(item(entry)));
        add(list);
    }

    private ListItem item(AuditEntryView entry) {
        ListItem item = new ListItem();
        item.setId("timeline-entry-" + entry.id());
        item.addClassName("timeline-entry");
        Span time = new Span(format.dateTime(entry.occurredAt()));
        time.addClassName("timeline-time");
        Span action = new Span(Texts.firstOf(entry.action(), "request.action." + entry.action()));
        action.addClassName("timeline-action");
        item.add(time, action, new Span(ActorLabels.actor(entry.actor().email(), entry.actor().role(),
                entry.actor().organizationName())));
        if (entry.toStatus() != null && !entry.toStatus().equals(entry.fromStatus())) {
            Span move = new Span((entry.fromStatus() == null ? "" : statusLabel(entry.fromStatus()) + " → ")
                    + statusLabel(entry.toStatus()));
            move.addClassName("timeline-status");
            item.add(move);
        }
        if (entry.comment() != null) {
            Paragraph comment = new Paragraph(entry.comment());
            comment.addClassName("timeline-comment");
            item.add(comment);
        }
        if (!entry.changes().isEmpty()) {
            UnorderedList changes = new UnorderedList();
            changes.addClassName("timeline-changes");
            for (FieldChange change : entry.changes()) {
                changes.add(new ListItem(getTranslation("request.detail.timeline.change",
                        Texts.firstOf(change.field(), "request.form.field." + change.field()),
                        changeValue(change.field(), change.oldValue()),
                        changeValue(change.field(), change.newValue()))));
            }
            item.add(changes);
        }
        return item;
    }

    private static String statusLabel(String status) {
        return Texts.firstOf(status, "request.status." + status);
    }

    private String changeValue(String field, String value) {
        return value == null || value.isEmpty() ? getTranslation("request.detail.timeline.empty-value")
                : display.stored(field, value);
    }
}
