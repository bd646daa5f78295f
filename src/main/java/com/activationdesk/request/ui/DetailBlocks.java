package com.activationdesk.request.ui;

import com.activationdesk.base.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/** The detail view's building blocks: titled sections, term/value pairs, labelled lines and notes. */
final class DetailBlocks {

    private DetailBlocks() {
    }

    /** A section of term/value pairs under the title of the form's group of that name. */
    static Section group(String name, Component... entries) {
        DescriptionList list = new DescriptionList();
        list.addClassName("detail-list");
        list.add(entries);
        return section("group-" + name, t("request.form.group." + name), list);
    }

    static Section section(String id, String title, Component... content) {
        Section section = new Section(new H3(title));
        section.setId(id);
        section.addClassName("detail-section");
        section.add(content);
        return section;
    }

    /** One term/value pair; the value has the id {@code value-<field>} for tests and stays "—" when empty. */
    static Component entry(String field, String value) {
        DescriptionList.Description description = new DescriptionList.Description(
                value == null || value.isBlank() ? Formats.EMPTY : value);
        description.setId("value-" + field);
        Div pair = new Div(new DescriptionList.Term(t("request.form.field." + field)), description);
        pair.addClassName("detail-pair");
        return pair;
    }

    static Div line(String id, String labelKey, String value) {
        Span text = new Span(value == null ? Formats.EMPTY : value);
        text.setId(id);
        Div line = new Div(new Span(t(labelKey) + ": "), text);
        line.addClassName("detail-line");
        return line;
    }

    static Paragraph note(String id, String text) {
        Paragraph note = new Paragraph(text);
        if (id != null) {
            note.setId(id);
        }
        note.addClassName("muted");
        return note;
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
