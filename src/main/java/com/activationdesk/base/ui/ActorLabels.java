package com.activationdesk.base.ui;

import com.vaadin.flow.component.UI;

/**
 * How a person is named wherever the UI shows who did or should do something: an audit actor as
 * "e-mail (role, organisation)", a contact as "name (role, via distributor), e-mail".
 */
public final class ActorLabels {

    private ActorLabels() {
    }

    /**
     * "e-mail (role, organisation)"; the system and the invited administrator (no user account) show their role.
     *
     * @param role a role name such as {@code CAM}, or {@code SYSTEM} / {@code INVITEE}
     */
    public static String actor(String email, String role, String organizationName) {
        String roleLabel = role(role);
        String detail = organizationName == null ? roleLabel : roleLabel + ", " + organizationName;
        return email == null ? detail : email + " (" + detail + ")";
    }

    /** A role name in words: a user role ({@code role.*}), a non-user actor ({@code actor.*}), else the code. */
    public static String role(String role) {
        return Texts.firstOf(role, "role." + role, "actor." + role);
    }

    /** "Name (role, via distributor), e-mail": how a first contact or responsible manager is named. */
    public static String contact(String name, String roleKey, String viaDistributor, String email) {
        return name + " (" + UI.getCurrent().getTranslation(roleKey)
                + (viaDistributor == null ? "" : ", " + viaDistributor) + "), " + email;
    }
}
