package com.activationdesk.audit;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The {@code changes} column: a JSON array of {@code {"field": ..., "old": ..., "new": ...}} (values are text or
 * JSON null). Uses its own Jackson 3 mapper, not the application's, so the stored format cannot change with
 * global JSON settings.
 */
final class FieldChangesJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private FieldChangesJson() {
    }

    /** {@code null} for no changes, so "nothing changed" costs no bytes. */
    static String write(List<FieldChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        ArrayNode array = MAPPER.createArrayNode();
        for (FieldChange change : changes) {
            array.addObject()
                    .put("field", change.field())
                    .put("old", change.oldValue())
                    .put("new", change.newValue());
        }
        return MAPPER.writeValueAsString(array);
    }

    static List<FieldChange> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonNode array = MAPPER.readTree(json);
        List<FieldChange> changes = new ArrayList<>(array.size());
        for (JsonNode change : array) {
            changes.add(new FieldChange(text(change, "field"), text(change, "old"), text(change, "new")));
        }
        return List.copyOf(changes);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }
}
