package com.activationdesk.testdata;

/**
 * The logins {@code DemoOrganizations} seeds into every test database, by organisation. In each partner and
 * distributor organisation {@code user1} prefers German and {@code user2} English, so a test that compares texts
 * with the English bundle takes a {@code _USER2}. All share the README's demo password.
 */
public final class DemoUsers {

    public static final String PASSWORD = "demodemo2026";

    /** The vendor's administrator; prefers English. */
    public static final String VENDOR_ADMIN = "admin@vendor.example";
    /** CAM of Nordlicht and Rheinwerk; prefers German. */
    public static final String CAM1 = "cam1@vendor.example";
    /** CAM of Alpen Telecom and Hanse Kommunikation; prefers English. */
    public static final String CAM2 = "cam2@vendor.example";
    /** DAM of Alpha Distribution; prefers German. */
    public static final String DAM1 = "dam1@vendor.example";
    /** DAM of Beta Distribution; prefers English. */
    public static final String DAM2 = "dam2@vendor.example";
    /** Cloud Ops: OPS1 prefers German, OPS2 English. */
    public static final String OPS1 = "ops1@vendor.example";
    public static final String OPS2 = "ops2@vendor.example";

    /** Tier-1 partners of CAM1. */
    public static final String NORDLICHT_USER1 = "user1@nordlicht.example";
    public static final String NORDLICHT_USER2 = "user2@nordlicht.example";
    public static final String RHEINWERK_USER1 = "user1@rheinwerk.example";
    public static final String RHEINWERK_USER2 = "user2@rheinwerk.example";
    /** Tier-1 partners of CAM2. */
    public static final String ALPEN_USER1 = "user1@alpen-telecom.example";
    public static final String ALPEN_USER2 = "user2@alpen-telecom.example";
    public static final String HANSE_USER1 = "user1@hanse-kom.example";
    public static final String HANSE_USER2 = "user2@hanse-kom.example";

    /** Distributors: Alpha (DAM1) and Beta (DAM2). */
    public static final String ALPHA_USER1 = "user1@alpha-dist.example";
    public static final String ALPHA_USER2 = "user2@alpha-dist.example";
    public static final String BETA_USER1 = "user1@beta-dist.example";

    /** Tier-2 partners: Bavaria Voice buys from Alpha, Elbe Netzwerke from Alpha and Beta. */
    public static final String BAVARIA_USER1 = "user1@bavaria-voice.example";
    public static final String BAVARIA_USER2 = "user2@bavaria-voice.example";
    public static final String ELBE_USER1 = "user1@elbe-netz.example";
    public static final String ELBE_USER2 = "user2@elbe-netz.example";
    /** A tier-2 partner of Beta only. */
    public static final String RUHR_USER1 = "user1@ruhr-phone.example";

    /** The tenant administrator of the demo end customer Muster Logistik. */
    public static final String MUSTER_ADMIN = "admin@muster-logistik.example";

    private DemoUsers() {
    }
}
