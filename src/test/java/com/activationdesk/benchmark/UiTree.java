package com.activationdesk.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The client's copy of one UI's state tree, kept up to date from the {@code changes} of Flow's UIDL responses, as
 * far as a simulated user needs it: which element (tag, {@code id} attribute, properties, DOM listeners) each
 * node id stands for. Features by Flow's numbering: 0 element data (tag), 1 properties, 2 children, 3 attributes,
 * 4 DOM listeners.
 */
final class UiTree {

    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;

    /** One attached state node. */
    static final class Node {
        final int id;
        String tag;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            return attributes.get(name);
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        if (changes == null) {
            return;
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
                case "put" -> put(node, feature, change.get("key").asString(), change.get("value"));
                case "remove" -> {
                    node.properties.remove(change.get("key").asString());
                    node.attributes.remove(change.get("key").asString());
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
            default -> {
                // listeners, client-callable methods, ...: the client calls them by name
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

    /** The attached element with this {@code id} attribute. */
    Optional<Node> byId(String id) {
        return nodes.values().stream().filter(node -> id.equals(node.attribute("id"))).findFirst();
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
