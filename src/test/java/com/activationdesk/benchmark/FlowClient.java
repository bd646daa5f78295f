package com.activationdesk.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab speaking Vaadin Flow's client-server protocol, as recorded from Chromium (docs/load-benchmark.md):
 * the Spring Security login form with its CSRF token, the bootstrap page, {@code v-r=init} (which returns the UI id,
 * the UI's CSRF token and the first UIDL), then UIDL requests carrying that token, the last {@code syncId} the
 * server sent and the {@code clientId} it expects. Node ids come from the UIDL changes ({@link UiTree}); grid rows
 * come from the {@code $connector.set} calls the server asks the browser to execute. Cheap: no DOM, no JavaScript.
 */
final class FlowClient {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    /** What Chromium sends with {@code v-r=init}: screen, window, time zone, theme (a 1400×1000 desktop window). */
    private static final String BROWSER_DETAILS = "&v-sh=1000&v-sw=1400&v-wh=1000&v-ww=1400&v-bh=1000&v-bw=1400"
            + "&v-curdate=%d&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%%2FBerlin&v-wn=%s&v-td=false"
            + "&v-pr=1&v-np=Linux%%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http;
    private final String base;
    private String session;
    private int uiId = -1;
    private String csrfToken;
    private int syncId;
    private int clientId;
    private UiTree tree = new UiTree();
    /**
     * Per grid node: the row keys the client holds by row index (what {@code $connector.set} sent and neither
     * {@code clear} nor {@code updateSize} took back; the server forgets the keys it clears) and the update id the
     * grid must confirm.
     */
    private final Map<Integer, NavigableMap<Integer, String>> gridRows = new HashMap<>();
    private final Map<Integer, Integer> gridConfirmations = new HashMap<>();

    /** @param base the app's address, e.g. {@code http://127.0.0.1:8080/} */
    FlowClient(HttpClient http, String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /**
     * The login page (a UI of its own, as in a browser), the form post (the session id changes), then the beacon
     * the browser sends as it leaves the login page, which closes that UI.
     */
    void logIn(String email, String password) {
        String page = open("login", "");
        Matcher csrf = CSRF_META.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("login page without CSRF token");
        }
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf.group(1)) + "&username="
                        + encode(email) + "&password=" + encode(password))));
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error") || location.contains("login")) {
            throw new IllegalStateException("login of " + email + " refused: " + posted.statusCode() + " " + location);
        }
        closeTab();
    }

    /**
     * Loads a route as a new tab: bootstrap page, {@code v-r=init}, then the client router's first navigation.
     * Returns the bootstrap page.
     */
    String open(String route, String query) {
        String page = get(route + (query.isEmpty() ? "" : "?" + query));
        JsonNode init = JSON.readTree(get("?v-r=init&location=" + encode(route) + "&query=" + encode(query)
                + BROWSER_DETAILS.formatted(System.currentTimeMillis(), "v-" + UUID.randomUUID())));
        JsonNode config = init.get("appConfig");
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        csrfToken = uidl.get("Vaadin-Security-Key").asString();
        tree = new UiTree();
        gridRows.clear();
        gridConfirmations.clear();
        handle(uidl);
        navigate("/" + route, query, "");
        return page;
    }

    /** What the client router sends when a link inside the app is followed ({@code trigger} "client"). */
    void navigate(String route, String query, String trigger) {
        ObjectNode data = JSON.createObjectNode().put("route", route).put("query", query).put("appShellTitle", "")
                .put("trigger", trigger);
        data.putObject("historyState").put("idx", 0);
        send(event(1, "ui-navigate", data));
    }

    void click(UiTree.Node node) {
        ObjectNode data = JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 400)
                .put("event.clientY", 300).put("event.altKey", false).put("event.button", 0)
                .put("event.screenY", 400).put("event.screenX", 410);
        send(event(node.id, "click", data));
    }

    /** Types into a field: the property sync and the {@code change} event a text field or area sends on blur. */
    void type(UiTree.Node field, String text) {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", field.id).put("feature", 1)
                .put("property", "value").put("value", text);
        send(sync, event(field.id, "change", JSON.createObjectNode()));
    }

    /** Scrolls a grid: confirms the last update it received (as the browser does) and asks for the rows shown. */
    List<String> scroll(UiTree.Node grid, int start, int length) {
        List<ObjectNode> rpcs = new ArrayList<>();
        Integer confirm = gridConfirmations.remove(grid.id);
        if (confirm != null) {
            rpcs.add(serverCall(grid.id, "confirmUpdate", JSON.createArrayNode().add(confirm)));
        }
        rpcs.add(serverCall(grid.id, "setViewportRange", JSON.createArrayNode().add(start).add(length)));
        send(rpcs.toArray(ObjectNode[]::new));
        return rows(grid);
    }

    /**
     * Confirms the grid updates received so far, in a message of their own, as vaadin-grid does as soon as it has
     * applied them ({@code $connector.confirm} calls {@code confirmUpdate}). Flow keeps each UI's last response: after
     * this it is the short answer to the confirmation, as in a browser, not the response that carried the rows.
     */
    void confirmGridUpdates() {
        List<ObjectNode> rpcs = new ArrayList<>();
        gridConfirmations.forEach((grid, update) -> rpcs.add(serverCall(grid, "confirmUpdate",
                JSON.createArrayNode().add(update))));
        gridConfirmations.clear();
        if (!rpcs.isEmpty()) {
            send(rpcs.toArray(ObjectNode[]::new));
        }
    }

    /** A click on a grid row, as vaadin-grid reports it (the row's key). */
    void clickRow(UiTree.Node grid, String key) {
        ObjectNode data = JSON.createObjectNode().put("event.detail.itemKey", key).put("event.detail.button", 0)
                .put("event.detail.detail", 1).put("event.detail.internalColumnId", "col0")
                .put("event.detail.clientX", 400).put("event.detail.clientY", 300).put("event.detail.screenX", 410)
                .put("event.detail.screenY", 400).put("event.detail.altKey", false).put("event.detail.ctrlKey", false)
                .put("event.detail.metaKey", false).put("event.detail.shiftKey", false);
        send(event(grid.id, "item-click", data));
    }

    /** The beacon a closing tab sends: the server closes the UI at once instead of after missed heartbeats. */
    void closeTab() {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", csrfToken);
        message.putArray("rpc");
        message.put("UNLOAD", true);
        post(message);
    }

    /** Keys of the rows the grid holds, in row order. */
    List<String> rows(UiTree.Node grid) {
        return List.copyOf(gridRows.getOrDefault(grid.id, Collections.emptyNavigableMap()).values());
    }

    UiTree tree() {
        return tree;
    }

    private ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    private ObjectNode serverCall(int node, String method, ArrayNode arguments) {
        ObjectNode rpc = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method);
        rpc.set("templateEventMethodArgs", arguments);
        return rpc;
    }

    private void send(ObjectNode... rpcs) {
        ArrayNode list = JSON.createArrayNode();
        for (ObjectNode rpc : rpcs) {
            list.add(rpc);
        }
        handle(post(message(list)));
    }

    private ObjectNode message(ArrayNode rpcs) {
        ObjectNode message = JSON.createObjectNode().put("csrfToken", csrfToken);
        message.set("rpc", rpcs);
        message.put("syncId", syncId).put("clientId", clientId);
        return message;
    }

    private JsonNode post(ObjectNode message) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL answered " + response.statusCode());
        }
        String body = response.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode uidl = JSON.readTree(body.isEmpty() ? "{}" : body);
        return uidl.isArray() ? uidl.get(0) : uidl;
    }

    /** Applies a UIDL response: ids for the next message, tree changes, and the grid calls it asks to execute. */
    private void handle(JsonNode uidl) {
        JsonNode meta = uidl.get("meta");
        if (meta != null && (meta.has("sessionExpired") || meta.has("appError"))) {
            throw new IllegalStateException("server ended the UI: " + meta);
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        List<UiTree.Node> closed = tree.apply(uidl.get("changes"));
        JsonNode execute = uidl.get("execute");
        if (execute != null) {
            execute.forEach(this::gridCall);
        }
        sendClosedEvents(closed);
    }

    /**
     * A closed dialog or notification stays attached on the server until the browser reports, after the closing
     * animation, the overlay's {@code closed} event (Flow's OverlayAutoAddController removes it then). A client
     * that never sends it keeps every closed dialog, with its inputs and buttons, in the UI: the next dialog's
     * {@code #reason} then has a twin, and a visit typed into the old one (issue 15: "request not returned").
     */
    private void sendClosedEvents(List<UiTree.Node> closed) {
        ObjectNode[] events = closed.stream().filter(node -> node.listeners.contains("closed"))
                .map(node -> event(node.id, "closed", JSON.createObjectNode())).toArray(ObjectNode[]::new);
        if (events.length > 0) {
            send(events);
        }
    }

    private void gridCall(JsonNode call) {
        JsonNode target = call.get(0);
        if (call.size() < 2 || !call.get(call.size() - 1).isString() || !target.isObject() || !target.has("@v-node")) {
            return;
        }
        String script = call.get(call.size() - 1).asString();
        int node = target.get("@v-node").asInt();
        NavigableMap<Integer, String> rows = gridRows.computeIfAbsent(node, key -> new TreeMap<>());
        if (script.equals("return $0.$connector.set($1,$2,$3)") || script.equals("return $0.$connector.set($1,$2)")) {
            int index = call.get(1).asInt();
            for (JsonNode item : call.get(2)) {
                rows.put(index++, item.get("key").asString());
            }
        } else if (script.equals("return $0.$connector.clear($1,$2)")) {
            int start = call.get(1).asInt();
            rows.subMap(start, start + call.get(2).asInt()).clear();
        } else if (script.equals("return $0.$connector.updateSize($1)")) {
            rows.tailMap(call.get(1).asInt()).clear();
        } else if (script.contains("$connector.reset()")) {
            rows.clear();
        } else if (script.startsWith("return $0.$connector.confirm(")) {
            gridConfirmations.put(node, call.get(1).asInt());
        }
    }

    private String get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode()
                    + response.headers().firstValue("Location").map(location -> " to " + location).orElse(""));
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").forEach(cookie -> {
                Matcher id = SESSION_COOKIE.matcher(cookie);
                if (id.find()) {
                    session = id.group(1);
                }
            });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
