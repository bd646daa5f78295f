package com.activationdesk.benchmark;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.activationdesk.sla.SlaState;

import static com.activationdesk.testdata.DemoUsers.CAM1;
import static com.activationdesk.testdata.DemoUsers.CAM2;
import static com.activationdesk.testdata.DemoUsers.DAM1;
import static com.activationdesk.testdata.DemoUsers.DAM2;
import static com.activationdesk.testdata.DemoUsers.NORDLICHT_USER1;
import static com.activationdesk.testdata.DemoUsers.OPS1;
import static com.activationdesk.testdata.DemoUsers.OPS2;
import static com.activationdesk.testdata.DemoUsers.PASSWORD;

/**
 * One simulated user's visit: log in, open the dashboard, filter the grid by an SLA state (Cloud Ops through the
 * dashboard card, everyone else through the grid's URL filter, which is what the filter bar and the dashboard links
 * produce), scroll three times, open a request; one user in five is a CAM/DAM who returns the request to the
 * partner with a reason (the "questions" of Cloud Ops: IN_REVIEW with a PAUSED clock). Dashboard to request is
 * repeated {@code rounds} times. Every step checks what it expects on the screen and fails the visit otherwise.
 */
final class LoadScenario {

    enum Interaction {
        LOGIN, DASHBOARD, GRID_FILTER, SCROLL, OPEN_REQUEST, ACTION
    }

    /** Who browses: Cloud Ops (dashboard cards by SLA state), account managers and a partner. */
    private static final List<String> BROWSERS = List.of(OPS1, CAM1, OPS2, CAM2, DAM1, NORDLICHT_USER1, DAM2);
    /** Who acts (every fifth user): the account managers, whose scope holds IN_REVIEW requests. */
    private static final List<String> ACTORS = List.of(CAM1, CAM2, DAM1, DAM2);
    private static final List<SlaState> BROWSED_STATES = List.of(SlaState.ON_TRACK, SlaState.AT_RISK, SlaState.BREACHED);
    /**
     * What an actor returns: IN_REVIEW with a PAUSED clock. The status keeps returned requests out of the next
     * round's grid, so the same row index finds one the actor can still return.
     */
    private static final String ACTORS_FILTER = "status=IN_REVIEW&sla=PAUSED";
    private static final int SCROLLS = 3;
    private static final int SCROLL_STEP = 100;
    private static final int VISIBLE_ROWS = 30;

    /**
     * @param rounds   dashboard-to-request rounds per visit
     * @param thinkMs  mean pause between interactions (uniform between half and one and a half of it)
     */
    record Settings(int rounds, int thinkMs) {
    }

    private final FlowClient client;
    private final int user;
    private final Settings settings;
    private final LoadStatistics statistics;

    LoadScenario(FlowClient client, int user, Settings settings, LoadStatistics statistics) {
        this.client = client;
        this.user = user;
        this.settings = settings;
        this.statistics = statistics;
    }

    boolean acts() {
        return user % 5 == 0;
    }

    String login() {
        return acts() ? ACTORS.get(user / 5 % ACTORS.size()) : BROWSERS.get(user % BROWSERS.size());
    }

    /** The whole visit; an unexpected screen or answer ends it and counts as an error of that interaction. */
    void run() {
        Interaction current = Interaction.LOGIN;
        try {
            statistics.time(current, () -> client.logIn(login(), PASSWORD));
            for (int round = 0; round < settings.rounds(); round++) {
                current = Interaction.DASHBOARD;
                think();
                boolean first = round == 0;
                statistics.time(current, () -> {
                    if (first) {
                        client.open("", "");
                    } else {
                        client.navigate("", "", "client");
                    }
                    client.tree().requireId("dashboard-content");
                });
                current = Interaction.GRID_FILTER;
                think();
                String filter = acts() ? ACTORS_FILTER
                        : "sla=" + BROWSED_STATES.get((user + round) % BROWSED_STATES.size()).name();
                statistics.time(current, () -> filterGrid(filter));
                UiTree.Node grid = client.tree().requireId("requests-grid");
                for (int scroll = 1; scroll <= SCROLLS; scroll++) {
                    current = Interaction.SCROLL;
                    think();
                    int start = Math.max(0, Math.min(scroll * SCROLL_STEP, gridSize(grid) - VISIBLE_ROWS));
                    statistics.time(current, () -> client.scroll(grid, start, VISIBLE_ROWS));
                }
                current = Interaction.OPEN_REQUEST;
                think();
                statistics.time(current, () -> openRequest(grid));
                if (acts()) {
                    current = Interaction.ACTION;
                    think();
                    statistics.time(current, this::returnToPartner);
                }
            }
        } catch (RuntimeException e) {
            statistics.error(current, login() + ": " + e.getMessage());
        }
    }

    /**
     * Cloud Ops follow their dashboard card of the state ({@code sla=…}); the others get the grid filtered the same
     * way through its URL.
     */
    private void filterGrid(String filter) {
        String link = client.tree().byId("card-" + filter.replace('=', '-')).map(card -> card.attribute("href"))
                .orElse("requests?" + filter);
        int query = link.indexOf('?');
        client.navigate(link.substring(0, query), link.substring(query + 1), "client");
        UiTree.Node grid = client.tree().requireId("requests-grid");
        if (client.rows(grid).isEmpty()) {
            throw new IllegalStateException("grid " + link + " shows no rows");
        }
    }

    private void openRequest(UiTree.Node grid) {
        List<String> rows = client.rows(grid);
        client.clickRow(grid, rows.get((user / 5 + user) % rows.size()));
        client.tree().requireId("actions");
    }

    private void returnToPartner() {
        UiTree tree = client.tree();
        client.click(tree.byId("action-RETURN").orElseThrow(() -> new IllegalStateException(
                "no RETURN on the request; offered: " + tree.idsStartingWith("action") + tree.idsStartingWith("no-"))));
        client.type(tree.requireId("reason"), "Load benchmark: please check the customer data");
        client.click(tree.requireId("confirm"));
        if (tree.byId("action-dialog").isPresent()) {
            throw new IllegalStateException("request not returned: the dialog is still open");
        }
        if (tree.byId("action-RETURN").isPresent()) {
            throw new IllegalStateException("request not returned: RETURN still offered");
        }
    }

    private static int gridSize(UiTree.Node grid) {
        return grid.properties.containsKey("size") ? grid.properties.get("size").asInt() : 0;
    }

    private void think() {
        if (settings.thinkMs() <= 0) {
            return;
        }
        long pause = ThreadLocalRandom.current().nextLong(settings.thinkMs() / 2, settings.thinkMs() * 3L / 2 + 1);
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
