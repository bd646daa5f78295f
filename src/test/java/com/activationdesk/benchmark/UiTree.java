package com.activationdesk.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The client's copy of one UI's state tree, kept up to date from the {@code changes} of Flow's UIDL responses, as
 * far as a simulated user needs it: which element (tag, {@code id} attribute, properties, DOM listeners) each
 * node id stands for. Features by Flow's numbering: 0 element data (tag), 1 properties, 2 children, 3 attributes,
 * 4 DOM listeners.
 * <p>
 * An {@code id} must name one attached element: a second one means the client kept something the browser would
 * have let go (as the closed dialogs it once kept, see {@link FlowClient}), so {@link #byId} refuses to guess.
 */
final class UiTree {

    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int DOM_LISTENERS = 4;

    /** One attached state node. */
    static final class Node {
        final int id;
        String tag;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        /** DOM events the server listens for on this element, e.g. {@code closed} on an overlay. */
        final Set<String> listeners = new HashSet<>();

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            return attributes.get(name);
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    /**
     * Applies the changes of one response; returns the open elements whose {@code opened} property the server set
     * to false in it (closed dialogs and notifications), since a browser answers those with events of its own.
     */
    List<Node> apply(JsonNode changes) {
        List<Node> closed = new ArrayList<>();
        if (changes == null) {
            return closed;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.has("feat") ? change.get("feat").asInt() : -1;
            switch (type) {
                case "put" -> {
                    String key = change.get("key").asString();
                    boolean wasOpen = node.properties.containsKey("opened") && node.properties.get("opened").asBoolean();
                    put(node, feature, key, change.get("value"));
                    if (feature == PROPERTIES && "opened".equals(key) && wasOpen && !change.get("value").asBoolean()) {
                        closed.add(node);
                    }
                }
                case "remove" -> {
                    String key = change.get("key").asString();
                    switch (feature) {
                        case PROPERTIES -> node.properties.remove(key);
                        case ATTRIBUTES -> node.attributes.remove(key);
                        case DOM_LISTENERS -> node.listeners.remove(key);
                        default -> {
                            // nothing else is read
                        }
                    }
                }
                case "splice" -> {
                    if (feature == CHILDREN) {
                        splice(node, change);
                    }
                }
                case "clear" -> {
                    if (feature == CHILDREN) {
                        node.children.clear();
                    }
                }
                default -> {
                    // attach, empty: nothing a simulated user reads
                }
            }
        }
        return closed;
    }

    private static void put(Node node, int feature, String key, JsonNode value) {
        if (value == null) {
            return;
        }
        switch (feature) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asString();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value.isString() ? value.asString() : value.toString());
            case DOM_LISTENERS -> node.listeners.add(key);
            default -> {
                // client-callable methods, ...: the client calls them by name
            }
        }
    }

    private static void splice(Node node, JsonNode change) {
        int index = change.get("index").asInt();
        if (change.has("remove")) {
            int remove = change.get("remove").asInt();
            for (int i = 0; i < remove && index < node.children.size(); i++) {
                node.children.remove(index);
            }
        }
        if (change.has("addNodes")) {
            List<Integer> added = new ArrayList<>();
            change.get("addNodes").forEach(child -> added.add(child.asInt()));
            node.children.addAll(Math.min(index, node.children.size()), added);
        }
    }

    /** The attached element with this {@code id} attribute; fails if there is more than one. */
    Optional<Node> byId(String id) {
        List<Node> found = nodes.values().stream().filter(node -> id.equals(node.attribute("id"))).toList();
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " elements #" + id + " in the UI (nodes "
                    + found.stream().map(node -> node.id).sorted().toList() + ")");
        }
        return found.stream().findFirst();
    }

    Node requireId(String id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("no element #" + id + " in the UI"));
    }

    /** The {@code id} attributes starting with this prefix, for error messages. */
    List<String> idsStartingWith(String prefix) {
        return nodes.values().stream().map(node -> node.attribute("id"))
                .filter(id -> id != null && id.startsWith(prefix)).sorted().toList();
    }

    int size() {
        return nodes.size();
    }
}
