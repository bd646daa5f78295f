package com.activationdesk.request.ui;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

import com.activationdesk.base.ui.Badge;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.organization.domain.PartnerTier;
import com.activationdesk.request.RequestBadges;
import com.activationdesk.request.service.RequestRow;
import com.activationdesk.sla.SlaState;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * The request grid's cells that hold more than one text (badges, two-line times, the phone card), as Lit templates
 * the browser fills from a few strings per row. As server-side components they cost ~38 state nodes per loaded row,
 * ~1.5 MB per open grid; a template costs the row's JSON only. The markup and classes are those of
 * {@link RequestBadges} and {@link Badge}, so the cells look as before.
 */
final class GridCells {

    /** A status badge: text and classes of {@link RequestBadges#status}. */
    private static final String STATUS_BADGE = "<span class=\"${item.statusClass}\">${item.status}</span>";
    /** An SLA badge where the request has an SLA state: text and classes of {@link RequestBadges#sla}. */
    private static final String SLA_BADGE = "${item.sla ? html`<span class=\"${item.slaClass}\">${item.sla}</span>` : ''}";

    /**
     * {@link Formats#EMPTY} where a value is missing, drawn by the template: sent as a Java string, this one character
     * beyond Latin-1 would make the whole response a UTF-16 string of twice the bytes, and Flow keeps each UI's
     * last response in memory (to repeat it if the browser asks again).
     */
    private static final String OR_EMPTY = " ?? '\\u2014'";

    private final Function<String, String> translation;
    private final Supplier<Formats> formats;

    /**
     * @param translation a message key's text in the viewer's language
     * @param formats     dates and times in the viewer's language and time zone
     */
    GridCells(Function<String, String> translation, Supplier<Formats> formats) {
        this.translation = translation;
        this.formats = formats;
    }

    /** The partner's name and its tier as a badge ("T1"), the tier spelled out as the badge's tooltip. */
    LitRenderer<RequestRow> partner() {
        return LitRenderer.<RequestRow>of("<div><span>${item.name} </span>"
                        + "<span class=\"" + Badge.classNames(Badge.Tone.NEUTRAL) + "\" title=\"${item.tierName}\">${item.tier}</span></div>")
                .withProperty("name", RequestRow::partnerName)
                .withProperty("tier", row -> row.partnerTier() == PartnerTier.TIER_1 ? "T1" : "T2")
                .withProperty("tierName", row -> translation.apply("organization.tier." + row.partnerTier().name()));
    }

    LitRenderer<RequestRow> status() {
        return withStatus(LitRenderer.of(STATUS_BADGE));
    }

    /**
     * The SLA state as a badge; while the clock runs, the due time below it, date above time, so the column stays
     * narrow enough for the default columns to fit at 1440 px.
     */
    LitRenderer<RequestRow> sla() {
        return withSla(LitRenderer.<RequestRow>of("<div>" + SLA_BADGE + "${item.dueDate ? html`<div class=\"cell-secondary\">"
                        + "<div>${item.dueDate}</div><div>${item.dueTime}</div></div>` : ''}</div>"))
                .withProperty("dueDate", row -> running(row) ? formats().date(row.slaDueAt()) : null)
                .withProperty("dueTime", row -> running(row) ? formats().timeWithZone(row.slaDueAt()) : null);
    }

    /**
     * A date and time in two lines (date, then time and zone): the same text as elsewhere, half as wide, so the
     * default columns fit at 1440 px.
     */
    LitRenderer<RequestRow> twoLineTime(Function<RequestRow, Instant> instant) {
        return LitRenderer.<RequestRow>of("<div>${item.date" + OR_EMPTY + "}</div><div class=\"cell-secondary\">${item.time"
                        + OR_EMPTY + "}</div>")
                .withProperty("date", row -> instant.apply(row) == null ? null : formats().date(instant.apply(row)))
                .withProperty("time", row -> instant.apply(row) == null ? null : formats().timeWithZone(instant.apply(row)));
    }

    /** One request as a card, for the grid at phone width: what tells the requests apart, without a table to scroll. */
    LitRenderer<RequestRow> card() {
        LitRenderer<RequestRow> card = LitRenderer.<RequestRow>of("<div class=\"request-card\">"
                + "<div class=\"request-card-top\"><span class=\"request-card-reference\">${item.reference}</span>"
                + STATUS_BADGE + "</div>"
                + "<div class=\"request-card-customer\">${item.customer" + OR_EMPTY + "}</div>"
                + "<div class=\"cell-secondary\">${item.partner}</div>"
                + "<div class=\"request-card-bottom\">" + SLA_BADGE
                + "<span class=\"cell-secondary\">${item.updated}</span></div></div>");
        return withSla(withStatus(card))
                .withProperty("reference", RequestRow::reference)
                .withProperty("customer", RequestRow::customerName)
                .withProperty("partner", RequestRow::partnerName)
                .withProperty("updated", row -> formats().dateTimeWithZone(row.updatedAt()));
    }

    private LitRenderer<RequestRow> withStatus(LitRenderer<RequestRow> renderer) {
        return renderer.withProperty("status", row -> translation.apply(row.status().messageKey()))
                .withProperty("statusClass", row -> RequestBadges.classNames(row.status()));
    }

    private LitRenderer<RequestRow> withSla(LitRenderer<RequestRow> renderer) {
        return renderer
                .withProperty("sla", row -> row.slaState() == null ? null : translation.apply(RequestBadges.slaKey(row.slaState())))
                .withProperty("slaClass", row -> row.slaState() == null ? null : RequestBadges.classNames(row.slaState()));
    }

    /** Only a running clock has a due time worth showing; a paused, met or missed SLA shows its state alone. */
    private static boolean running(RequestRow row) {
        return row.slaDueAt() != null && (row.slaState() == SlaState.ON_TRACK || row.slaState() == SlaState.AT_RISK
                || row.slaState() == SlaState.BREACHED);
    }

    private Formats formats() {
        return formats.get();
    }
}
