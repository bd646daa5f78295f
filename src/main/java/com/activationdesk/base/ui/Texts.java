package com.activationdesk.base.ui;

import com.vaadin.flow.component.UI;

/** Words for codes that other modules store (actions, roles, statuses) and may or may not translate; counted nouns. */
public final class Texts {

    private Texts() {
    }

    /** The text of the first key that has one, else the code itself, never a "missing key" marker. */
    public static String firstOf(String code, String... keys) {
        UI ui = UI.getCurrent();
        for (String key : keys) {
            String text = ui.getTranslation(key);
            if (text != null && !text.startsWith("!") && !text.equals(key)) {
                return text;
            }
        }
        return code;
    }

    /**
     * A number with its noun in the right form, "1 request" but "2 requests": the text of {@code key.one} for
     * exactly one, else of {@code key.other} (English and German need no further forms), the count as {0}.
     */
    public static String count(String key, long count) {
        return UI.getCurrent().getTranslation(key + (count == 1 ? ".one" : ".other"), count);
    }
}
